#include <gtest/gtest.h>

#include <vector>

#include "measure/density_map.hpp"
#include "measure/sites.hpp"
#include "tests/measure/hand_follicles.hpp"
#include "tests/support/small_scalp.hpp"

namespace trichosim::measure {
namespace {

// One 70-um hair per square millimetre over the whole map (100 /cm2); `vellus_before_mm` turns the hairs in front
// of that depth into 20-um vellus, and `bald_crown` does the same in the crown.
std::vector<FollicleView> lattice(const ScalpGeometry& g, double vellus_before_mm, bool bald_crown) {
  std::vector<FollicleView> v;
  std::uint32_t unit = 0;
  for (double y = 0.5; y < g.length_mm(); y += 1.0) {
    for (double x = -g.half_width_mm() + 0.5; x < g.half_width_mm(); x += 1.0) {
      const MapPoint p{x, y};
      if (!g.contains(p)) {
        continue;
      }
      const bool vellus = y < vellus_before_mm || (bald_crown && g.region_of(p) == Region::Crown);
      auto f = testing::follicle(Phase::Anagen, vellus ? 20.0 : 70.0, unit++, 300, 100, p);
      f.region = g.region_of(p);
      v.push_back(f);
    }
  }
  return v;
}

TEST(RelativeDensity, HairlineRecessionIsTheDepthOfTheVellusBand) {
  const ScalpGeometry g(testing::params_with_area(200));
  const DensityMap reference(lattice(g, 0.0, false), g, 2.0, 30.0);
  const DensityMap now(lattice(g, 20.0, false), g, 2.0, 30.0);
  const RelativeDensity rel(now, reference, circle_of_area({}, 1.0).radius_mm);
  // The smoothing disc is half covered at the band's back edge, so the ratio crosses 0.5 there; the walk steps
  // 1 mm and cells are 2 mm, so +/- 2 mm.
  EXPECT_NEAR(rel.hairline_recession_mm(0.0, 0.5), 20.0, 2.0);
  EXPECT_NEAR(RelativeDensity(reference, reference, 5.64).hairline_recession_mm(0.0, 0.5), 0.0, 1e-9);
}

TEST(RelativeDensity, BaldCrownShowsAsThinningAreaAndRegionRatio) {
  const ScalpGeometry g(testing::params_with_area(200));
  const DensityMap reference(lattice(g, 0.0, false), g, 2.0, 30.0);
  const DensityMap now(lattice(g, 0.0, true), g, 2.0, 30.0);
  const RelativeDensity rel(now, reference, 5.64);
  // Cells take the region of their centre, hairs that of their own position: 2-mm cells straddling the crown's
  // edge mix in outside hair, at most (perimeter x half a cell) / area = 2 pi r x 1 mm / (pi r^2) = 2 / 28 = 7%.
  EXPECT_LT(rel.region_ratio(RegionMask::of(Region::Crown)), 0.07);
  EXPECT_DOUBLE_EQ(rel.region_ratio(RegionMask::of(Region::Occipital)), 1.0);
  // Cells of the crown below 0.5: all but a rim where the disc reaches hair outside the crown. The crown is a disc
  // of radius ~28 mm at this scalp size; a rim under half a smoothing radius (2.8 mm) loses < 20% of its area.
  const double crown = g.region_area_cm2()[region_index(Region::Crown)];
  EXPECT_NEAR(rel.area_below(0.5, RegionMask::of(Region::Crown)), crown, 0.2 * crown);
  EXPECT_NEAR(rel.area_below(0.5), rel.area_below(0.5, RegionMask::of(Region::Crown)), 2.0);
}

}  // namespace
}  // namespace trichosim::measure
