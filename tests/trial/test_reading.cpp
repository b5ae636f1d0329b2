#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/simulation.hpp"
#include "tests/support/small_scalp.hpp"
#include "trial/reading.hpp"

namespace trichosim::trial {
namespace {

// 40 circle sites (more than one 32-bit word of the per-unit circle masks): each circle's follicle tally equals
// the direct count of follicles whose unit lies in it, and the whole-scalp tallies equal the regions' sums.
TEST(ScalpReading, CircleTalliesMatchTheDirectCountForManyCircles) {
  Simulation sim(testing::man(35.0, 0.8), testing::params_with_area(300.0), {5, 1});
  sim.advance_to(years_to_days(2.0));
  std::vector<Site> circles;
  for (Region r : {Region::Crown, Region::FrontalHairline, Region::MidScalp, Region::Occipital}) {
    for (int k = 1; k <= 10; ++k) {
      circles.push_back({r, 0.5 * k});
    }
  }
  const ScalpReading reading = read_scalp(sim, circles);
  ASSERT_EQ(reading.circles.size(), circles.size());
  for (std::size_t k = 0; k < circles.size(); ++k) {
    const auto direct = static_cast<double>(follicles_in_circle(sim, circles[k]));
    EXPECT_GT(direct, 0.0) << circles[k].label();
    EXPECT_EQ(reading.at(circles[k]).follicles, direct) << circles[k].label();
    EXPECT_LE(reading.at(circles[k]).hairs, direct) << circles[k].label();
  }
  // Nested circles on one centre hold non-decreasing counts.
  for (std::size_t k = 1; k < circles.size(); ++k) {
    if (circles[k].region == circles[k - 1].region) {
      EXPECT_GE(reading.circles[k].follicles, reading.circles[k - 1].follicles);
    }
  }
  double hairs = 0.0;
  for (std::size_t r = 0; r < kRegionCount; ++r) {
    hairs += reading.regions[r].hairs;
  }
  EXPECT_EQ(reading.regions[kRegionCount].hairs, hairs);
  // The growing hairs >= 30 um are some of both the growing hairs and the hairs >= 30 um (a balding man has both
  // growing vellus hairs and resting terminal ones).
  const SiteTally& whole = reading.regions[kRegionCount];
  EXPECT_GT(whole.nonvellus_anagen, 0.0);
  EXPECT_LT(whole.nonvellus_anagen, whole.anagen);
  EXPECT_LT(whole.nonvellus_anagen, whole.nonvellus);
}

// The CE-PTG classes (anagen and resting hairs >= 20 um, nano-hairs < 20 um) split every site's hairs, and sit
// inside the 30-um classes: a nano-hair is vellus, a growing hair >= 30 um is one >= 20 um.
TEST(ScalpReading, PhototrichogramDiameterClassesSplitTheHairs) {
  Simulation sim(testing::man(45.0, 0.8), testing::params_with_area(300.0), {5, 1});
  sim.advance_to(years_to_days(2.0));
  const ScalpReading reading = read_scalp(sim, {});
  for (std::size_t r = 0; r <= kRegionCount; ++r) {
    const SiteTally& t = reading.regions[r];
    EXPECT_DOUBLE_EQ(t.ceptg_anagen + t.ceptg_resting + t.nano, t.hairs) << r;
    EXPECT_LE(t.nano, t.hairs - t.nonvellus) << r;
    EXPECT_GE(t.ceptg_anagen, t.nonvellus_anagen) << r;
    EXPECT_LE(t.ceptg_anagen, t.anagen) << r;
  }
  // A balding man of 45 has hairs on both sides of 20 um, growing and resting.
  const SiteTally& crown = reading.regions[region_index(Region::Crown)];
  EXPECT_GT(crown.nano, 0.0);
  EXPECT_GT(crown.ceptg_resting, 0.0);
  EXPECT_GT(crown.ceptg_anagen, crown.nonvellus_anagen);
}

void expect_same_tally(const SiteTally& a, const SiteTally& b, const std::string& where) {
  EXPECT_EQ(a.follicles, b.follicles) << where;
  EXPECT_EQ(a.hairs, b.hairs) << where;
  EXPECT_EQ(a.nonvellus, b.nonvellus) << where;
  EXPECT_EQ(a.terminal, b.terminal) << where;
  EXPECT_EQ(a.anagen, b.anagen) << where;
  EXPECT_EQ(a.telogen, b.telogen) << where;
  EXPECT_EQ(a.nonvellus_anagen, b.nonvellus_anagen) << where;
  EXPECT_EQ(a.ceptg_anagen, b.ceptg_anagen) << where;
  EXPECT_EQ(a.ceptg_resting, b.ceptg_resting) << where;
  EXPECT_EQ(a.nano, b.nano) << where;
  EXPECT_EQ(a.diameter_sum_um, b.diameter_sum_um) << where;
  EXPECT_EQ(a.mass_rate, b.mass_rate) << where;
}

// A reading of the units its sites need (units_read) gives those sites' tallies bit for bit, having visited far
// fewer follicles; another site's tally is partial.
TEST(ScalpReading, ReadingTheUnitsOfItsSitesGivesTheirTalliesExactly) {
  const Parameters p = testing::params_with_area(300.0);
  Simulation sim(testing::man(35.0, 1.0), p, {9, 1, 0.5});
  sim.advance_to(years_to_days(1.5));
  const std::vector<Site> sites = {{Region::Crown, 5.07}, {Region::Crown, 1.0}, {Region::FrontalHairline, 0.0}};
  std::vector<Site> circles = {sites[0], sites[1], {Region::MidScalp, 2.0}};
  const ScalpReading whole = read_scalp(sim, circles);
  const ScalpReading part =
      read_scalp(sim, circles, units_read(sim.geometry(), sites, RegionMask::of(Region::Occipital)));
  expect_same_tally(part.at(sites[0]), whole.at(sites[0]), "crown 5.07 cm2");
  expect_same_tally(part.at(sites[1]), whole.at(sites[1]), "crown 1 cm2");
  expect_same_tally(part.at(sites[2]), whole.at(sites[2]), "frontal hairline");
  expect_same_tally(part.regions[region_index(Region::Occipital)], whole.regions[region_index(Region::Occipital)],
                    "occiput");
  EXPECT_GT(part.at(sites[0]).hairs, 0.0);
  EXPECT_EQ(part.circles[2].follicles, 0.0);  // the mid-scalp circle was not asked for
  EXPECT_LT(part.regions[kRegionCount].follicles, 0.5 * whole.regions[kRegionCount].follicles);
}

}  // namespace
}  // namespace trichosim::trial
