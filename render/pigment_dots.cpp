#include "render/pigment_dots.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

#include "treat/micropigmentation.hpp"

namespace trichosim::render {

std::vector<PigmentDot> pigment_dots(const Simulation& sim, MapPoint min_corner, MapPoint max_corner) {
  std::vector<PigmentDot> dots;
  std::array<double, kRegionCount> coverage{};
  bool any = false;
  for (std::size_t r = 0; r < kRegionCount; ++r) {
    coverage[r] = treat::pigment_coverage(sim.interventions(), sim.now(), static_cast<Region>(r));
    any = any || coverage[r] > 0.0;
  }
  if (!any) {
    return dots;
  }
  const ScalpGeometry& g = sim.geometry();
  const Parameters& p = sim.parameters();
  auto coverage_at = [&](MapPoint at) { return g.contains(at) ? coverage[region_index(g.region_of(at))] : 0.0; };
  const double band = p[Param::scalp_pattern_bandwidth_mm];
  constexpr int kDirections = 8;
  const double spacing = p[Param::smp_dot_spacing_mm];
  const double row_step = spacing * std::numbers::sqrt3 / 2.0;
  // Rows and columns counted from the map's origin, so every rectangle sees the same lattice.
  const auto first_row = static_cast<int>(std::max(0.0, std::floor(min_corner.y_mm / row_step)));
  for (int row = first_row;; ++row) {
    const double y = row * row_step;
    if (y > std::min(max_corner.y_mm, g.length_mm())) {
      break;
    }
    const double offset = (row % 2 == 0) ? 0.0 : 0.5 * spacing;
    const double x_start = -g.half_width_mm() + offset;
    const auto first_column = static_cast<int>(std::max(0.0, std::ceil((min_corner.x_mm - x_start) / spacing)));
    for (int column = first_column;; ++column) {
      const double x = x_start + column * spacing;
      if (x > std::min(max_corner.x_mm, g.half_width_mm())) {
        break;
      }
      const MapPoint at{x, y};
      if (y < min_corner.y_mm || !g.contains(at)) {
        continue;
      }
      double sum = coverage_at(at);
      for (int k = 0; k < kDirections; ++k) {
        const double a = 2.0 * std::numbers::pi * k / kDirections;
        for (double d : {0.5 * band, band}) {
          sum += coverage_at({x + d * std::cos(a), y + d * std::sin(a)});
        }
      }
      const double opacity = sum / (1 + 2 * kDirections);
      if (opacity > 0.0) {
        dots.push_back({at, opacity});
      }
    }
  }
  return dots;
}

}  // namespace trichosim::render
