#pragma once
#include <array>

#include "core/parameters.hpp"
#include "core/region.hpp"

namespace trichosim {

/// A point on the flattened top-view scalp map, in millimetres. x runs from the person's left (-) to right (+);
/// y from the frontal hairline (0) to the nape (length_mm).
struct MapPoint {
  double x_mm = 0.0;
  double y_mm = 0.0;
};

/// The hair-bearing scalp as an ellipse of the registry's area, divided into named regions.
class ScalpGeometry {
 public:
  explicit ScalpGeometry(const Parameters& p);

  double half_width_mm() const { return half_width_mm_; }
  double length_mm() const { return length_mm_; }
  double area_cm2() const { return area_cm2_; }

  /// True when the point lies on the hair-bearing scalp.
  bool contains(MapPoint p) const;
  /// Region of a point on the scalp (precondition: contains(p)).
  Region region_of(MapPoint p) const;
  /// Area of each region in cm², from a fine grid (sums to area_cm2()).
  const std::array<double, kRegionCount>& region_area_cm2() const { return region_area_cm2_; }
  /// Area-weighted centre of each region.
  const std::array<MapPoint, kRegionCount>& region_centre() const { return region_centre_; }

 private:
  struct RegionTable {
    std::array<double, kRegionCount> area_cm2{};
    std::array<MapPoint, kRegionCount> centre{};
  };
  // Areas and centres of the regions by a 1-mm grid over this shape.
  RegionTable integrate_regions() const;
  // integrate_regions() of `g`, memoised by its shape (the geometry registry entries and the aspect ratio).
  static RegionTable region_table(const ScalpGeometry& g, double aspect);

  double half_width_mm_;
  double length_mm_;
  double area_cm2_;
  double hairline_depth_;
  double side_half_width_;
  double temporal_back_;
  double occipital_front_;
  double crown_centre_;
  double crown_radius_;
  std::array<double, kRegionCount> region_area_cm2_{};
  std::array<MapPoint, kRegionCount> region_centre_{};
};

}  // namespace trichosim
