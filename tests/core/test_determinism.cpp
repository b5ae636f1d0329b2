#include <gtest/gtest.h>

#include "core/simulation.hpp"
#include "tests/support/same_store.hpp"
#include "tests/support/small_scalp.hpp"

namespace trichosim {
namespace {

TEST(Determinism, RunIsIdenticalWithOneAndManyThreads) {
  const Parameters p = testing::params_with_area(200.0);
  Simulation one(testing::man(25.0, 0.9), p, {21, 1});
  Simulation many(testing::man(25.0, 0.9), p, {21, 4});
  one.advance_to(years_to_days(8.0));
  many.advance_to(years_to_days(8.0));
  testing::expect_same_store(one.follicles(), many.follicles());
  EXPECT_EQ(one.shed_tally(), many.shed_tally());
  EXPECT_EQ(one.events_processed(), many.events_processed());
}

TEST(Determinism, AdvancingInStepsEqualsAdvancingAtOnce) {
  const Parameters p = testing::params_with_area(200.0);
  Simulation steps(testing::man(40.0, 0.5), p, {22, 1});
  Simulation jump(testing::man(40.0, 0.5), p, {22, 1});
  for (int month = 1; month <= 36; ++month) {
    steps.advance_to(month * 30.0);
  }
  jump.advance_to(36 * 30.0);
  testing::expect_same_store(steps.follicles(), jump.follicles());
}

TEST(Determinism, DifferentSeedsGiveDifferentScalps) {
  const Parameters p = testing::params_with_area(200.0);
  Simulation a(testing::man(25.0, 0.5), p, {1, 1});
  Simulation b(testing::man(25.0, 0.5), p, {2, 1});
  EXPECT_NE(a.follicles().next_day, b.follicles().next_day);
}

}  // namespace
}  // namespace trichosim
