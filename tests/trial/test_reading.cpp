#include <gtest/gtest.h>

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
  const ScalpReading reading = read_scalp(sim, 7.0, circles);
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
}

}  // namespace
}  // namespace trichosim::trial
