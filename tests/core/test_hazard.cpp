#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

#include "core/hazard.hpp"
#include "core/rng.hpp"

namespace trichosim {
namespace {

bool by_the_call(double u, double x) { return u < -std::expm1(-x); }

TEST(HazardHit, DecidesAsTheCallOverTheEnginesRangeOfHazards) {
  // Keyed uniforms against hazards from 0 to 50: every decision, on either bracket or in the table, is the call's.
  const PhiloxKeys keys(11);
  std::uint64_t hits = 0;
  for (std::uint32_t j = 0; j < 1000000; ++j) {
    const auto w = keys.words({3, j, 0, DrawSite::AnagenEntry, 0});
    const double u = to_unit_open(w[0]);
    const double x = 50.0 * std::pow(to_unit_open(w[1]), 3.0);  // dense near 0, where most hazards are
    ASSERT_EQ(hazard_hit(u, x), by_the_call(u, x)) << "u = " << u << ", x = " << x;
    hits += hazard_hit(u, x) ? 1U : 0U;
  }
  EXPECT_GT(hits, 0U);
  EXPECT_LT(hits, 1000000U);
}

TEST(HazardHit, DecidesAsTheCallWhereTheUniformSitsOnTheProbability) {
  // The hard cases: u one or a few ulps either side of 1 - exp(-x), at grid points, cell edges and between them.
  std::vector<double> xs = {1e-300,      1e-9, 0.01, 0.25,    0.4999999, 0.5,      0.5000001,  0.51, 0.53125, 1.0,
                            1.0 + 1e-15, 2.0,  3.3,  7.96875, 17.0,      39.96875, 39.9999999, 40.0, 45.0};
  for (int k = 0; k <= 1300; ++k) {
    xs.push_back(0.5 + k / 32.0);
    xs.push_back(std::nextafter(0.5 + k / 32.0, 0.0));
  }
  for (const double x : xs) {
    const double p = -std::expm1(-x);
    double below = p;
    double above = p;
    for (int step = 0; step < 4; ++step) {
      ASSERT_EQ(hazard_hit(below, x), by_the_call(below, x)) << "u = " << below << ", x = " << x;
      ASSERT_EQ(hazard_hit(above, x), by_the_call(above, x)) << "u = " << above << ", x = " << x;
      below = std::nextafter(below, 0.0);
      above = std::nextafter(above, 1.0);
    }
  }
}

TEST(HazardHit, NoHazardNeverHitsAndNegativeOrNanHazardsAreTheCalls) {
  for (const double u : {1e-12, 0.3, 0.999999}) {
    EXPECT_FALSE(hazard_hit(u, 0.0));
    EXPECT_EQ(hazard_hit(u, -0.7), by_the_call(u, -0.7));
    EXPECT_FALSE(hazard_hit(u, std::numeric_limits<double>::quiet_NaN()));
    EXPECT_TRUE(hazard_hit(u, std::numeric_limits<double>::infinity()));
  }
}

}  // namespace
}  // namespace trichosim
