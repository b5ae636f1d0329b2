#include "measure/follicle_view.hpp"

#include <algorithm>
#include <numbers>

#include "core/simulation.hpp"
#include "core/units.hpp"

namespace trichosim::measure {

std::vector<FollicleView> view_scalp(const Simulation& sim) {
  const FollicleStore& s = sim.follicles();
  const CycleModel& cycle = sim.cycle_model();
  std::vector<FollicleView> out(s.follicle_count());
  // The shafts a block at a time with batched draws (the same values as Simulation::shaft, bit for bit).
  sim.for_each_shaft([&](std::size_t i, const Shaft& shaft) {
    FollicleView& v = out[i];
    v.position = s.position(i);
    v.unit = s.unit[i];
    v.region = s.region[i];
    v.phase = s.phase[i];
    if (v.phase == Phase::Lost) {
      return;
    }
    v.days_left = std::max(0.0, static_cast<double>(s.next_day[i]) - sim.now());
    const double size = static_cast<double>(s.size[i]);
    const Modifiers& m = sim.modifiers()[v.region];
    v.anagen_mean_days = cycle.anagen_mean_days(size) * m.duration_scale[static_cast<std::size_t>(Phase::Anagen)];
    v.shaft_broken = has_shaft(v.phase) && !sim.holds_hair(i);
    if (!v.has_hair()) {
      return;
    }
    v.diameter_um = shaft.diameter_um;
    v.length_um = shaft.length_um;
    v.growth_um_per_day = shaft.growth_um_per_day;
  });
  return out;
}

double MeasurementSite::area_cm2() const { return std::numbers::pi * radius_mm * radius_mm / kMm2PerCm2; }

bool MeasurementSite::contains(MapPoint p) const {
  const double dx = p.x_mm - centre.x_mm;
  const double dy = p.y_mm - centre.y_mm;
  return dx * dx + dy * dy <= radius_mm * radius_mm;
}

std::vector<FollicleView> select_site(std::span<const FollicleView> follicles, const MeasurementSite& site) {
  std::vector<FollicleView> out;
  for (const FollicleView& f : follicles) {
    if (site.contains(f.position)) {
      out.push_back(f);
    }
  }
  return out;
}

}  // namespace trichosim::measure
