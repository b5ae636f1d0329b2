#pragma once
#include <memory>
#include <vector>

#include "core/parameters.hpp"
#include "core/person.hpp"
#include "core/scalp_geometry.hpp"

namespace trichosim {

/// The regional androgen-sensitivity map of one sex: the registry's per-region weights (pattern.male_*,
/// pattern.female_*) smoothed over scalp.pattern_bandwidth_mm, so that the pattern's edges are gradual.
/// Values are dimensionless multipliers (0 = spared region, 1 = the most sensitive).
class PatternMap {
 public:
  PatternMap(const ScalpGeometry& geometry, const Parameters& p, Sex sex);

  /// The map for (p, sex), built once and shared (the geometry is a function of p): every person of a cohort has
  /// the same map, and building one (a blur over the scalp grid) costs more than simulating a 1 % target-area
  /// scalp. Keeps the last few parameter sets; safe to call from several threads.
  static std::shared_ptr<const PatternMap> shared(const ScalpGeometry& geometry, const Parameters& p, Sex sex);

  /// Sensitivity weight at a point (bilinear on a 2-mm grid).
  double at(MapPoint p) const;

  /// The unsmoothed weight of a region.
  double region_weight(Region r) const { return weights_[region_index(r)]; }

 private:
  static constexpr double kCellMm = 2.0;
  std::array<double, kRegionCount> weights_{};
  double half_width_mm_;
  std::size_t nx_;
  std::size_t ny_;
  std::vector<double> grid_;  // row-major, ny_ rows of nx_ cells
};

}  // namespace trichosim
