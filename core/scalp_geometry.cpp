#include "core/scalp_geometry.hpp"

#include <cmath>
#include <mutex>
#include <numbers>
#include <utility>
#include <vector>

#include "core/units.hpp"

namespace trichosim {

ScalpGeometry::ScalpGeometry(const Parameters& p)
    : area_cm2_(p[Param::scalp_area_cm2]),
      hairline_depth_(p[Param::geometry_hairline_depth]),
      side_half_width_(p[Param::geometry_side_half_width]),
      temporal_back_(p[Param::geometry_temporal_back]),
      occipital_front_(p[Param::geometry_occipital_front]),
      crown_centre_(p[Param::geometry_crown_centre]),
      crown_radius_(p[Param::geometry_crown_radius]) {
  // Ellipse of area A with semi-axes a (side) and b = aspect * a (front-back): A = pi a b.
  const double aspect = p[Param::scalp_aspect_ratio];
  half_width_mm_ = std::sqrt(area_cm2_ * kMm2PerCm2 / (std::numbers::pi * aspect));
  length_mm_ = 2.0 * aspect * half_width_mm_;

  const RegionTable t = region_table(*this, aspect);
  region_area_cm2_ = t.area_cm2;
  region_centre_ = t.centre;
}

ScalpGeometry::RegionTable ScalpGeometry::integrate_regions() const {
  // Region areas and centres on a 1-mm grid; the grid total is rescaled to the exact ellipse area.
  std::array<double, kRegionCount> cells{};
  std::array<double, kRegionCount> sx{};
  std::array<double, kRegionCount> sy{};
  double total = 0.0;
  for (double y = 0.5; y < length_mm_; y += 1.0) {
    for (double x = -half_width_mm_ + 0.5; x < half_width_mm_; x += 1.0) {
      const MapPoint pt{x, y};
      if (!contains(pt)) {
        continue;
      }
      const std::size_t r = region_index(region_of(pt));
      cells[r] += 1.0;
      sx[r] += x;
      sy[r] += y;
      total += 1.0;
    }
  }
  RegionTable t;
  for (std::size_t r = 0; r < kRegionCount; ++r) {
    t.area_cm2[r] = cells[r] / total * area_cm2_;
    t.centre[r] = cells[r] > 0.0 ? MapPoint{sx[r] / cells[r], sy[r] / cells[r]} : MapPoint{};
  }
  return t;
}

ScalpGeometry::RegionTable ScalpGeometry::region_table(const ScalpGeometry& g, double aspect) {
  // The grid has ~50,000 cells: a cohort builds one geometry per simulation, and in target-area mode the grid cost
  // as much as a patient's follicles. The table depends only on these numbers, so it is computed once per shape.
  using Key = std::array<double, 8>;
  const Key key{g.area_cm2_,        aspect,          g.hairline_depth_, g.side_half_width_, g.temporal_back_,
                g.occipital_front_, g.crown_centre_, g.crown_radius_};
  constexpr std::size_t kKept = 8;
  static std::mutex mutex;
  static std::vector<std::pair<Key, RegionTable>> cache;
  {
    const std::lock_guard<std::mutex> lock(mutex);
    for (const auto& [k, t] : cache) {
      if (k == key) {
        return t;
      }
    }
  }
  const RegionTable t = g.integrate_regions();
  const std::lock_guard<std::mutex> lock(mutex);
  if (cache.size() == kKept) {
    cache.erase(cache.begin());
  }
  cache.emplace_back(key, t);
  return t;
}

bool ScalpGeometry::contains(MapPoint p) const {
  const double b = 0.5 * length_mm_;
  const double u = p.x_mm / half_width_mm_;
  const double w = (p.y_mm - b) / b;
  return u * u + w * w <= 1.0;
}

Region ScalpGeometry::region_of(MapPoint p) const {
  const double u = p.x_mm / half_width_mm_;
  const double v = p.y_mm / length_mm_;
  const double crown_dx = p.x_mm / length_mm_;
  const double crown_dy = v - crown_centre_;
  if (crown_dx * crown_dx + crown_dy * crown_dy <= crown_radius_ * crown_radius_) {
    return Region::Crown;
  }
  if (v >= occipital_front_) {
    return Region::Occipital;
  }
  const bool side = std::abs(u) >= side_half_width_;
  if (side) {
    const bool left = u < 0.0;
    if (v < temporal_back_) {
      return left ? Region::TemporalLeft : Region::TemporalRight;
    }
    return left ? Region::ParietalLeft : Region::ParietalRight;
  }
  return v < hairline_depth_ ? Region::FrontalHairline : Region::MidScalp;
}

}  // namespace trichosim
