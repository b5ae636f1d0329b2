#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <numbers>

#include "cohort/stage_proxy.hpp"
#include "tests/trial/small_trial.hpp"
#include "trial/endpoints.hpp"
#include "trial/plan.hpp"
#include "trial/reading.hpp"

namespace trichosim::trial {
namespace {

// Densities relative to the occiput compare a circle with an occipital circle of the same area, and a region (or the
// whole scalp) with the whole occipital region: 100 /cm² in the crown circle over 200 /cm² in the occipital circle is
// half, whatever the rest of the occiput holds.
TEST(RelativeDensity, ComparesACircleWithAnOccipitalFieldOfItsArea) {
  const Parameters p;
  const Site crown_circle{Region::Crown, 5.07};
  const Site crown{Region::Crown, 0.0};
  EXPECT_EQ(occipital_field(crown_circle), (Site{Region::Occipital, 5.07}));
  EXPECT_EQ(occipital_field(crown), (Site{Region::Occipital, 0.0}));
  EXPECT_EQ(occipital_field(Site{}), (Site{Region::Occipital, 0.0}));

  ScalpReading r;
  r.circle_sites = {crown_circle, occipital_field(crown_circle)};
  r.circles.resize(2);
  r.circles[0] = SiteTally{.area_cm2 = 5.07, .nonvellus = 507.0};
  r.circles[1] = SiteTally{.area_cm2 = 5.07, .nonvellus = 1014.0};
  r.regions[region_index(Region::Occipital)] = SiteTally{.area_cm2 = 90.0, .nonvellus = 90.0 * 150.0};
  r.regions[region_index(Region::Crown)] = SiteTally{.area_cm2 = 60.0, .nonvellus = 60.0 * 120.0};

  const Endpoint* ratio = find_endpoint("occipital_ratio");
  const Endpoint* relative = find_endpoint("relative_density");
  ASSERT_NE(ratio, nullptr);
  ASSERT_NE(relative, nullptr);
  EXPECT_DOUBLE_EQ(ratio->value(crown_circle, r.at(crown_circle), r, p), 0.5);
  EXPECT_DOUBLE_EQ(ratio->value(crown, r.at(crown), r, p), 0.8);
  const double weight = cohort::normal_density_ratio(Region::Crown, p);
  EXPECT_DOUBLE_EQ(relative->value(crown_circle, r.at(crown_circle), r, p), 0.5 / weight);
  EXPECT_DOUBLE_EQ(relative->value(crown, r.at(crown), r, p), 0.8 / weight);
}

// A trial screening on relative density in the vertex circle tallies the occipital circle too, and simulates the two
// circles, not the whole occiput.
TEST(RelativeDensity, ATrialReadsTheOccipitalCircleNotTheWholeOcciput) {
  TrialDesign d = small_trial();
  d.inclusion.screening = {ScreeningCriterion{"relative_density", Site{Region::Crown, 5.07}, -1e300, 0.85}};
  const InterventionFactory factory = test_factory;
  const Plan plan = make_plan(d, factory);
  EXPECT_NE(std::find(plan.circles.begin(), plan.circles.end(), Site{Region::Occipital, 5.07}), plan.circles.end());
  ASSERT_TRUE(plan.screening_units);
  const ScalpGeometry geometry(d.parameters);
  const MapPoint occiput = geometry.region_centre()[region_index(Region::Occipital)];
  EXPECT_TRUE(plan.screening_units(occiput, Region::Occipital));
  const MapPoint far_from_centre{occiput.x_mm + 30.0, occiput.y_mm};  // 3 cm off: outside a 1.27 cm radius
  EXPECT_FALSE(plan.screening_units(far_from_centre, Region::Occipital));
}

// The occipital field of a target area up to 30 cm² (the trials' largest is the 1-inch circle, 5.07 cm²) lies in the
// occiput: a circle centred on the region's centre that reached into the parietal regions would compare with theirs.
TEST(RelativeDensity, AnOccipitalCircleOfUpTo30SquareCentimetresLiesInTheOcciput) {
  const Parameters p;
  Simulation sim(testing::man(30.0, 0.0), p, {3, 1, 1.0});
  const ScalpGeometry& g = sim.geometry();
  const MapPoint c = g.region_centre()[region_index(Region::Occipital)];
  const double radius_mm = std::sqrt(30.0 / std::numbers::pi) * 10.0;
  const FollicleStore& s = sim.follicles();
  std::size_t inside = 0;
  std::size_t outside_occiput = 0;
  for (std::size_t i = 0; i < s.follicle_count(); ++i) {
    const MapPoint at = s.position(i);
    if (std::hypot(at.x_mm - c.x_mm, at.y_mm - c.y_mm) <= radius_mm) {
      ++inside;
      outside_occiput += s.region[i] != Region::Occipital ? 1U : 0U;
    }
  }
  EXPECT_GT(inside, 5000U);  // 30 cm² of scalp at ~200-250 follicles per cm²
  EXPECT_EQ(outside_occiput, 0U);
}

}  // namespace
}  // namespace trichosim::trial
