#include <gtest/gtest.h>

#include <cstdio>

#include "measure/region_summary.hpp"
#include "tests/support/family_history.hpp"
#include "tests/support/small_scalp.hpp"
#include "tests/treat/event_helpers.hpp"
#include "treat/laser.hpp"

namespace trichosim::treat {
namespace {

using testing::error_of;
using testing::event;
using testing::Fields;

Fields comb(double per_week, double weeks) {
  return {{"sessions_per_week", per_week}, {"start_years", 0.0}, {"duration_weeks", weeks}};
}

TEST(Laser, FrequencyOutsideStudiedSchedulesIsRefused) {
  const Parameters p;
  EXPECT_EQ(error_of([&] { Laser(event("laser", comb(10, 26)), p); }),
            "events[0] (laser).sessions_per_week = 10: allowed range is 1 to 7 (sessions per week)");
  Fields f = comb(3, 26);
  f.erase("duration_weeks");
  EXPECT_EQ(error_of([&] { Laser(event("laser", f), p); }),
            "events[0] (laser).duration_weeks: missing; give duration_weeks (1 to 520) or stop_years");
}

TEST(Laser, DoseScalesWithSessionsUpToTheTrialScheduleAndIsLowerWithLeds) {
  const Parameters p;
  EXPECT_DOUBLE_EQ(Laser(event("laser", comb(3, 26)), p).dose(), 1.0);
  EXPECT_DOUBLE_EQ(Laser(event("laser", comb(1.5, 26)), p).dose(), 0.5);
  EXPECT_DOUBLE_EQ(Laser(event("laser", comb(7, 26)), p).dose(), 1.0);
  Fields f = comb(3, 26);
  f["light"] = std::string("laser_led");
  EXPECT_DOUBLE_EQ(Laser(event("laser", f), p).dose(), p[Param::laser_led_device_factor]);
}

TEST(Laser, ThreeSessionsAWeekFor26WeeksGainsTerminalHairWithinTheTrialsRange) {
  // Validation (procedures.md V2): active minus sham terminal density at 26 weeks. Jimenez 2014 actives
  // +18.4..+25.7 with shams +1.6..+9.4 (sham figures R) -> net ~+9..+24; Leavitt 2009 +19.8 vs -7.6 (S) -> +27.4;
  // Lanzafame 2014 (women, helmet) +35.2 vs +8.4 /cm2 -> +26.8. Accepted band: +9 to +27.4 /cm2.
  const Parameters p = trichosim::testing::params_with_area(300.0);
  const Person man = trichosim::testing::man(35.0, trichosim::testing::strong_family_history(p));
  Simulation sham(man, p, {29, 1});
  std::vector<std::unique_ptr<Intervention>> iv;
  iv.push_back(std::make_unique<Laser>(event("laser", comb(3, 26)), p));
  Simulation active(man, p, {29, 1}, std::move(iv));
  const std::vector<Day> days = {0.0, 26.0 * 7.0};
  std::vector<measure::ScalpSummary> a;
  std::vector<measure::ScalpSummary> s;
  sham.run(days, 7.0, [&](const Simulation& sim, Day) { s.push_back(measure::summarise(sim, 7.0)); });
  active.run(days, 7.0, [&](const Simulation& sim, Day) { a.push_back(measure::summarise(sim, 7.0)); });
  // The trials' "terminal" counts are phototrichogram counts of visible, non-vellus hair; the simulated
  // equivalent is every shaft of at least shaft.vellus_max_diameter_um (terminal + intermediate).
  auto non_vellus = [](const measure::ScalpSummary& x) {
    return x[Region::Crown].density_per_cm2 - x[Region::Crown].vellus_per_cm2;
  };
  const double net = (non_vellus(a[1]) - non_vellus(a[0])) - (non_vellus(s[1]) - non_vellus(s[0]));
  std::printf(
      "[ figures  ] laser 3/wk 26 wk, crown non-vellus density: active %+.1f, sham %+.1f, net %+.1f /cm2 "
      "(baseline %.1f; terminal >= 60 um only: net %+.1f)\n",
      non_vellus(a[1]) - non_vellus(a[0]), non_vellus(s[1]) - non_vellus(s[0]), net, non_vellus(a[0]),
      (a[1][Region::Crown].terminal_per_cm2 - a[0][Region::Crown].terminal_per_cm2) -
          (s[1][Region::Crown].terminal_per_cm2 - s[0][Region::Crown].terminal_per_cm2));
  EXPECT_GT(net, 9.0);
  EXPECT_LT(net, 27.4);
}

}  // namespace
}  // namespace trichosim::treat
