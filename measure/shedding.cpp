#include "measure/shedding.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

namespace trichosim::measure {

Shedding measure_shedding(double shed_per_day, const InstrumentSettings& settings) {
  Shedding s;
  s.shed_per_day = shed_per_day;
  s.wash_count = shed_per_day * settings.wash_fraction;
  s.comb_60s_count = shed_per_day * settings.comb_fraction;
  s.versus_100_rule = shed_per_day / settings.shedding_abnormal_per_day;
  return s;
}

PullTest pull_test(std::span<const FollicleView> follicles, MapPoint where, const InstrumentSettings& settings) {
  struct Near {
    double distance_sq;
    bool loose;
  };
  std::vector<Near> hairs;
  for (const FollicleView& f : follicles) {
    if (!f.has_hair()) {
      continue;
    }
    const double dx = f.position.x_mm - where.x_mm;
    const double dy = f.position.y_mm - where.y_mm;
    hairs.push_back({dx * dx + dy * dy, f.phase == Phase::Telogen && f.days_left <= settings.pull_loose_days});
  }
  const auto n = std::min(hairs.size(), static_cast<std::size_t>(std::lround(settings.pull_hairs)));
  std::partial_sort(hairs.begin(), hairs.begin() + static_cast<std::ptrdiff_t>(n), hairs.end(),
                    [](const Near& a, const Near& b) { return a.distance_sq < b.distance_sq; });
  PullTest p;
  p.grasped = static_cast<int>(n);
  for (std::size_t i = 0; i < n; ++i) {
    p.extracted += hairs[i].loose ? 1 : 0;
  }
  p.positive = p.grasped > 0 && static_cast<double>(p.extracted) > settings.pull_positive_fraction * p.grasped;
  return p;
}

}  // namespace trichosim::measure
