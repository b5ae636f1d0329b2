#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

#include "tests/support/small_scalp.hpp"
#include "tests/treat/event_helpers.hpp"
#include "treat/micropigmentation.hpp"
#include "treat/registry.hpp"

namespace trichosim::treat {
namespace {

using testing::error_of;
using testing::event;
using testing::Fields;

constexpr double kTolerance = 1e-12;

Fields liu_fields() {
  return {
      {"start_years", 0.0}, {"sessions", 3.0}, {"interval_days", 14.0}, {"regions", std::vector<std::string>{"crown"}}};
}

// Liu 2025's three sessions, worked by hand from the registry defaults: shares 0.3, 0.4, 0.3 of the target dots
// in shades 0.85, 0.925, 1; a healed dot keeps smp.healing_retention of its shade and then halves every
// smp.fade_half_life_years.
TEST(Micropigmentation, CoverageIsTheSessionsPigmentAfterScabLossAndFading) {
  const Parameters p;
  const Micropigmentation smp(event("micropigmentation", liu_fields()), p);
  const double r = p[Param::smp_healing_retention];
  const double rate = std::numbers::ln2 / years_to_days(p[Param::smp_fade_half_life_years]);
  auto kept = [&](double shade, Day age, bool healed) { return shade * (healed ? r : 1.0) * std::exp(-rate * age); };

  EXPECT_EQ(smp.coverage(-1.0, Region::Crown), 0.0);                                        // before the first session
  EXPECT_NEAR(smp.coverage(3.0, Region::Crown), kept(0.85 * 0.3, 3.0, false), kTolerance);  // scab still on
  const double right_after_third =
      kept(0.3 * 0.85, 28.0, true) + kept(0.4 * 0.925, 14.0, true) + kept(0.3 * 1.0, 0.0, false);
  EXPECT_NEAR(smp.coverage(28.0, Region::Crown), right_after_third, kTolerance);
  const Day half_year = 28.0 + years_to_days(0.5);
  const double six_months =
      kept(0.3 * 0.85, half_year, true) + kept(0.4 * 0.925, half_year - 14.0, true) + kept(0.3, half_year - 28.0, true);
  EXPECT_NEAR(smp.coverage(half_year, Region::Crown), six_months, kTolerance);
  EXPECT_LT(six_months, right_after_third);
  EXPECT_EQ(smp.coverage(28.0, Region::FrontalHairline), 0.0);  // not pigmented
}

TEST(Micropigmentation, ScarPigmentFadesFasterAndTheScoreFallsMonotonically) {
  const Parameters p;
  const RegionMask crown = RegionMask::of(Region::Crown);
  const Micropigmentation normal(0.0, 3, 14.0, crown, false, p);
  const Micropigmentation scar(0.0, 3, 14.0, crown, true, p);
  const Day year = years_to_days(1.0);
  EXPECT_LT(scar.coverage(year, Region::Crown), normal.coverage(year, Region::Crown));
  double last = normal.coverage(28.0, Region::Crown);
  for (Day t = 60.0; t < 10.0 * year; t += 90.0) {
    const double now = normal.coverage(t, Region::Crown);
    EXPECT_LT(now, last);
    last = now;
  }
}

TEST(Micropigmentation, ChangesNoFollicle) {
  const Parameters p = trichosim::testing::params_with_area(250.0);
  const Person man = trichosim::testing::man(40.0, 0.8);
  std::vector<std::unique_ptr<Intervention>> iv;
  iv.push_back(make_intervention(event("micropigmentation", liu_fields()), p));
  Simulation with(man, p, {3, 1}, std::move(iv));
  Simulation without(man, p, {3, 1});
  const std::vector<Day> days = {0.0, 30.0, 200.0};
  with.run(days, 30.0, [](const Simulation&, Day) {});
  without.run(days, 30.0, [](const Simulation&, Day) {});
  EXPECT_EQ(with.follicles().phase, without.follicles().phase);
  EXPECT_EQ(with.follicles().size, without.follicles().size);
  EXPECT_EQ(with.events_processed(), without.events_processed());
}

TEST(Micropigmentation, VisualDensityScoreIsTheUnionOfPigmentAndHair) {
  EXPECT_NEAR(visual_density_score(0.5, 0.4), 7.0, kTolerance);  // 10 x (0.5 + 0.4 - 0.2)
  EXPECT_NEAR(visual_density_score(0.0, 0.3), 3.0, kTolerance);
  EXPECT_NEAR(visual_density_score(1.0, 0.3), 10.0, kTolerance);
  EXPECT_NEAR(visual_density_score(0.5, 1.4), 10.0, kTolerance);  // hair above normal counts as full cover
}

TEST(Micropigmentation, ErrorsNameTheFieldAndTheAllowedValues) {
  const Parameters p;
  Fields f = liu_fields();
  f["sessions"] = 2.5;
  EXPECT_EQ(error_of([&] { make_intervention(event("micropigmentation", f), p); }),
            "events[0] (micropigmentation).sessions = 2.5: must be a whole number of sessions, 1-6");
  f["sessions"] = 8.0;
  EXPECT_EQ(error_of([&] { make_intervention(event("micropigmentation", f), p); }),
            "events[0] (micropigmentation).sessions = 8: allowed range is 1 to 6 (sessions)");
  f["sessions"] = 3.0;
  f["interval_days"] = 3.0;
  EXPECT_EQ(error_of([&] { make_intervention(event("micropigmentation", f), p); }),
            "events[0] (micropigmentation).interval_days = 3: allowed range is 7 to 60 (days)");
  f["interval_days"] = 14.0;
  f.erase("regions");
  EXPECT_EQ(error_of([&] { make_intervention(event("micropigmentation", f), p); }),
            "events[0] (micropigmentation).regions: missing; give a list of regions to pigment, e.g. [\"crown\"]");
  f = liu_fields();
  f["scar"] = std::string("yes");
  EXPECT_EQ(error_of([&] { make_intervention(event("micropigmentation", f), p); }),
            "events[0] (micropigmentation).scar: must be true or false");
}

// `scar = true` in a scenario reaches the fading: the same as the constructor's scar flag.
TEST(Micropigmentation, ScarFieldSelectsScarFading) {
  const Parameters p;
  Fields f = liu_fields();
  f["scar"] = true;
  const Micropigmentation from_scenario(event("micropigmentation", f), p);
  f["scar"] = false;
  const Micropigmentation plain(event("micropigmentation", f), p);
  const Micropigmentation scar(0.0, 3, 14.0, RegionMask::of(Region::Crown), true, p);
  const Day year = years_to_days(1.0);
  EXPECT_DOUBLE_EQ(from_scenario.coverage(year, Region::Crown), scar.coverage(year, Region::Crown));
  EXPECT_LT(from_scenario.coverage(year, Region::Crown), plain.coverage(year, Region::Crown));
}

}  // namespace
}  // namespace trichosim::treat
