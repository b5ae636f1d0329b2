#include <gtest/gtest.h>

#include <memory>
#include <stdexcept>
#include <vector>

#include "core/simulation.hpp"
#include "tests/support/regrowth.hpp"
#include "tests/support/small_scalp.hpp"

namespace trichosim {
namespace {

using testing::regrowth_from;

void expect_same_state(const Simulation& a, const Simulation& b) {
  const FollicleStore& x = a.follicles();
  const FollicleStore& y = b.follicles();
  ASSERT_EQ(x.follicle_count(), y.follicle_count());
  std::size_t differing = 0;
  for (std::size_t i = 0; i < x.follicle_count(); ++i) {
    differing += x.phase[i] != y.phase[i] || x.next_day[i] != y.next_day[i] || x.size[i] != y.size[i] ||
                 x.cycle[i] != y.cycle[i] || x.shaft_start_day[i] != y.shaft_start_day[i];
  }
  EXPECT_EQ(differing, 0U);
  EXPECT_EQ(a.shed_tally(), b.shed_tally());
  EXPECT_EQ(a.events_processed(), b.events_processed());
}

// A treatment attached to a copy of the untreated burn-in gives, event for event, the run of a simulation that
// carried the treatment from construction: the fork trials use to share one burn-in between arms.
TEST(Fork, TreatmentAttachedAtBaselineEqualsTreatmentCarriedFromTheStart) {
  const Parameters p = testing::params_with_area(200.0);
  const Person man = testing::man(32.0, 0.9);
  const Day window = 30.0;
  for (const Day start : {0.0, 45.0}) {  // the treatment starts at baseline, or after it
    const std::vector<Day> visits = {0.0, 120.0, 365.0};
    Simulation carried(man, p, {5, 1}, regrowth_from(start));
    std::vector<std::uint64_t> carried_shed;
    carried.run(visits, window, [&](const Simulation& s, Day) { carried_shed.push_back(s.shed_tally()[0]); });

    Simulation untreated(man, p, {5, 1});
    untreated.burn_in_to(0.0, window);
    Simulation copied = untreated.fork(regrowth_from(start));
    // The fork left its origin untouched, still at baseline and untreated, so it can be forked again, this
    // time handing over its state.
    EXPECT_EQ(untreated.now(), 0.0);
    EXPECT_EQ(untreated.modifiers(), RegionalModifiers{});
    Simulation moved = std::move(untreated).fork(regrowth_from(start));
    for (Simulation* forked : {&copied, &moved}) {
      std::vector<std::uint64_t> forked_shed;
      forked->run(visits, window, [&](const Simulation& s, Day) { forked_shed.push_back(s.shed_tally()[0]); });
      expect_same_state(carried, *forked);
      EXPECT_EQ(carried_shed, forked_shed);
      EXPECT_EQ(carried.modifiers(), forked->modifiers());
    }
  }
}

TEST(Fork, RefusesATreatmentThatActsBeforeTheForkDay) {
  const Parameters p = testing::params_with_area(200.0);
  Simulation untreated(testing::man(32.0, 0.9), p, {5, 1});
  untreated.burn_in_to(0.0, 30.0);
  EXPECT_FALSE(Simulation::quiet_before(regrowth_from(-10.0), 0.0, untreated.person()));
  EXPECT_TRUE(Simulation::quiet_before(regrowth_from(0.0), 0.0, untreated.person()));
  EXPECT_THROW((void)untreated.fork(regrowth_from(-10.0)), std::invalid_argument);
  Simulation treated = untreated.fork(regrowth_from(0.0));
  EXPECT_THROW((void)treated.fork({}), std::invalid_argument);  // its history is no longer the untreated one
}

}  // namespace
}  // namespace trichosim
