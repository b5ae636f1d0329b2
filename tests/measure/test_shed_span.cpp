#include <gtest/gtest.h>

#include <vector>

#include "core/simulation.hpp"
#include "measure/region_summary.hpp"
#include "tests/support/small_scalp.hpp"

namespace trichosim::measure {
namespace {

struct Reading {
  Day covered = 0.0;
  double tally = 0.0;
  double shed_per_day = 0.0;
};

std::vector<Reading> observe(const std::vector<Day>& days, Day window) {
  Simulation sim(testing::man(30.0, 0.6), testing::params_with_area(200.0), {11, 1});
  std::vector<Reading> out;
  sim.run(days, window, [&](const Simulation& live, Day) {
    out.push_back(
        {live.shed_tally_days(), static_cast<double>(live.shed_total()), summarise(live).whole().shed_per_day});
  });
  return out;
}

// Observations 3 days apart under a 7-day window: the first reads its whole week, the second the 3 days since the
// first (its window would open before the first observation and cut that one's tally short: before, the first read
// the 4 days since the second window opened, divided by 7, 43 % low). Each rate is its hairs over the days they were
// shed in, the same as a run that observes once with that window.
TEST(ShedSpan, ObservationsNearerThanTheWindowReadTheDaysSinceThePreviousOne) {
  const std::vector<Reading> near = observe({400.0, 403.0}, 7.0);
  ASSERT_EQ(near.size(), 2U);
  EXPECT_EQ(near[0].covered, 7.0);
  EXPECT_EQ(near[1].covered, 3.0);
  ASSERT_GT(near[1].tally, 0.0);
  EXPECT_DOUBLE_EQ(near[0].shed_per_day, near[0].tally / 7.0);
  EXPECT_DOUBLE_EQ(near[1].shed_per_day, near[1].tally / 3.0);

  const std::vector<Reading> alone = observe({400.0}, 7.0);
  EXPECT_EQ(alone[0].tally, near[0].tally);
  const std::vector<Reading> three_days = observe({403.0}, 3.0);
  EXPECT_EQ(three_days[0].tally, near[1].tally);
  EXPECT_DOUBLE_EQ(three_days[0].shed_per_day, near[1].shed_per_day);
}

// A simulation read before any run has shed nothing over no time: a rate of 0, not a division by zero.
TEST(ShedSpan, AFreshSimulationShedsNothing) {
  const Simulation sim(testing::man(30.0, 0.6), testing::params_with_area(200.0), {11, 1});
  EXPECT_EQ(sim.shed_tally_days(), 0.0);
  EXPECT_EQ(summarise(sim).whole().shed_per_day, 0.0);
}

}  // namespace
}  // namespace trichosim::measure
