#include "plan/smp_pattern.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace trichosim::plan {

SmpPattern::SmpPattern(const ScalpGeometry& geometry, std::vector<SmpArea> areas,
                       const std::function<int(MapPoint)>& area_of, double target_density, double depth_mm,
                       std::vector<SmpSessionSpec> sessions, const Parameters& p)
    : areas_(std::move(areas)), sessions_(std::move(sessions)) {
  const double spacing = p[Param::smp_dot_spacing_mm] / std::sqrt(target_density);
  dots_per_cm2_ = kMm2PerCm2 / (spacing * spacing);
  const double diameter =
      p[Param::smp_dot_diameter_mm] *
      (1.0 + p[Param::smp_dot_spread_per_mm_depth] * std::max(0.0, depth_mm - p[Param::smp_depth_min_mm]));
  // Lattice points are ranked by a golden-ratio sequence over their ordinal, so every session's share is spread
  // evenly over the area (a deterministic low-discrepancy thinning; no random draws).
  constexpr double kGolden = 0.6180339887498949;
  constexpr double kJitter = 0.7548776662466927;
  const double hw = geometry.half_width_mm();
  std::size_t ordinal = 0;
  for (double y = 0.5 * spacing; y < geometry.length_mm(); y += spacing) {
    for (double x = -hw + 0.5 * spacing; x < hw; x += spacing) {
      ++ordinal;
      const double ko = static_cast<double>(ordinal);
      const MapPoint pt{x + 0.3 * spacing * (std::fmod(ko * kJitter, 1.0) - 0.5), y};
      if (!geometry.contains(pt)) {
        continue;
      }
      const int a = area_of(pt);
      if (a < 0) {
        continue;
      }
      ++areas_[static_cast<std::size_t>(a)].target_dots;
      const double rank = std::fmod(0.5 + ko * kGolden, 1.0);
      for (std::size_t s = 0; s < sessions_.size(); ++s) {
        if (rank < sessions_[s].cumulative_fraction) {
          dots_.push_back({pt, static_cast<float>(diameter), static_cast<float>(depth_mm),
                           static_cast<float>(sessions_[s].shade), static_cast<std::uint8_t>(s),
                           static_cast<std::uint16_t>(a)});
          break;
        }
      }
    }
  }
  for (auto& area : areas_) {
    area.area_cm2 = static_cast<double>(area.target_dots) / dots_per_cm2_;
  }
}

std::size_t SmpPattern::dots_placed(std::size_t session, std::size_t area) const {
  return static_cast<std::size_t>(std::count_if(
      dots_.begin(), dots_.end(), [&](const PigmentDot& d) { return d.session == session && d.area == area; }));
}

double SmpPattern::pigment_coverage(std::size_t area, Day t, const PigmentFading& fading) const {
  const SmpArea& a = areas_[area];
  if (a.target_dots == 0) {
    return 0.0;
  }
  double sum = 0.0;
  for (const PigmentDot& d : dots_) {
    if (d.area == area) {
      sum += fading.visibility(static_cast<double>(d.shade), sessions_[d.session].day, t, a.scar);
    }
  }
  return sum / static_cast<double>(a.target_dots);
}

double SmpPattern::visual_density_score(std::size_t area, Day t, const PigmentFading& fading,
                                        double hair_units_per_cm2) const {
  const double hair = dots_per_cm2_ > 0.0 ? hair_units_per_cm2 / dots_per_cm2_ : 0.0;
  return 10.0 * std::min(1.0, pigment_coverage(area, t, fading) + hair);
}

}  // namespace trichosim::plan
