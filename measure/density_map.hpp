#pragma once
#include <span>
#include <vector>

#include "core/region.hpp"
#include "core/scalp_geometry.hpp"
#include "measure/follicle_view.hpp"

namespace trichosim::measure {

/// Visible-hair counts on a square grid over the scalp map. "Visible" = a shaft at least `visible_min_um` thick
/// (non-vellus): vellus hairs are too fine and short to cover skin.
class DensityMap {
 public:
  /// Bins `follicles` on cells of `cell_mm` covering the map of `geometry`.
  DensityMap(std::span<const FollicleView> follicles, const ScalpGeometry& geometry, double cell_mm,
             double visible_min_um);

  std::size_t nx() const { return nx_; }
  std::size_t ny() const { return ny_; }
  std::size_t cell_count() const { return visible_.size(); }
  double cell_mm() const { return cell_mm_; }
  /// Area of one cell (cm²).
  double cell_area_cm2() const;
  /// Centre of cell k on the map (mm).
  MapPoint centre(std::size_t k) const;
  /// True when the centre of cell k lies on the hair-bearing scalp.
  bool inside(std::size_t k) const { return inside_[k] != 0U; }
  /// Region of cell k (meaningful when inside).
  Region region(std::size_t k) const { return region_[k]; }
  /// Visible hairs binned in cell k.
  double visible(std::size_t k) const { return visible_[k]; }
  /// Visible hairs in the cells whose centres lie within `radius_mm` of `p`.
  double visible_within(MapPoint p, double radius_mm) const;
  const ScalpGeometry& geometry() const { return geometry_; }

 private:
  ScalpGeometry geometry_;
  double cell_mm_;
  std::size_t nx_;
  std::size_t ny_;
  std::vector<double> visible_;
  std::vector<std::uint8_t> inside_;
  std::vector<Region> region_;
};

/// Visible density now relative to a reference map of the same scalp (the person's scalp before androgens act),
/// smoothed over a disc: the density map a clinician reads by eye.
class RelativeDensity {
 public:
  /// `current` and `reference` must be built on the same geometry and cell size. `radius_mm` is the smoothing
  /// disc (the 1-cm² circle: 5.64 mm).
  RelativeDensity(const DensityMap& current, const DensityMap& reference, double radius_mm);

  /// Smoothed ratio at cell k (1 where the reference holds no visible hair).
  double cell_ratio(std::size_t k) const { return ratio_[k]; }
  /// Ratio of visible hairs over all cells of `regions` (sums, not a mean of ratios).
  double region_ratio(RegionMask regions) const;
  /// Half-width of the scalp map (mm).
  double hairline_half_width_mm() const { return current_.geometry().half_width_mm(); }
  /// Area (cm²) of scalp cells whose smoothed ratio is below `fraction`, within `regions`.
  double area_below(double fraction, RegionMask regions = RegionMask::all()) const;
  /// Area (cm²) of scalp cells within `regions`.
  double area(RegionMask regions = RegionMask::all()) const;
  /// Hairline position along the front-to-back line at `x_mm`: the distance (mm) from the scalp's front edge to
  /// the first point where the smoothed ratio reaches `fraction`. 0 for a full hairline.
  double hairline_recession_mm(double x_mm, double fraction) const;

 private:
  double ratio_at(MapPoint p) const;
  const DensityMap& current_;
  const DensityMap& reference_;
  double radius_mm_;
  std::vector<double> ratio_;
};

}  // namespace trichosim::measure
