#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <string>

#include "plan/plan_output.hpp"
#include "plan/smp_pattern.hpp"
#include "plan/smp_planner.hpp"
#include "scenario/prices.hpp"
#include "scenario/scenario.hpp"

namespace trichosim::plan {
namespace {

scenario::PriceTable prices() { return scenario::load_prices(std::string(TRICHOSIM_SOURCE_DIR) + "/data/prices.toml"); }

TEST(SmpPattern, ThreeSessionsFollowLiu2025AndOtherCountsInterpolate) {
  const Parameters p;
  EXPECT_DOUBLE_EQ(cumulative_fraction(1, 3, p), 0.3);
  EXPECT_DOUBLE_EQ(cumulative_fraction(2, 3, p), 0.7);
  EXPECT_DOUBLE_EQ(cumulative_fraction(3, 3, p), 1.0);
  EXPECT_DOUBLE_EQ(cumulative_fraction(1, 2, p), 0.5);    // halfway between 0.3 at 1/3 and 0.7 at 2/3
  EXPECT_DOUBLE_EQ(cumulative_fraction(1, 4, p), 0.225);  // 0.75 of the way from 0 to 0.3
  EXPECT_DOUBLE_EQ(session_shade(1, 3, p), p[Param::smp_shade_contrast_lightest]);
  EXPECT_DOUBLE_EQ(session_shade(3, 3, p), 1.0);
}

TEST(SmpPattern, DotsHealThenFadeFasterInScars) {
  const Parameters p;
  const PigmentFading f(p);
  const double r = p[Param::smp_healing_retention];
  const double half = years_to_days(p[Param::smp_fade_half_life_years]);
  EXPECT_DOUBLE_EQ(f.visibility(1.0, 10.0, 5.0, false), 0.0);                               // not yet placed
  EXPECT_NEAR(f.visibility(1.0, 0.0, 1.0, false), std::exp(-std::log(2.0) / half), 1e-12);  // scab still on
  EXPECT_NEAR(f.visibility(0.9, 0.0, half, false), 0.9 * r * 0.5, 1e-12);                   // healed, one half-life
  EXPECT_NEAR(f.visibility(1.0, 0.0, half, true), r * std::pow(0.5, p[Param::smp_scar_fade_factor]), 1e-12);
}

TEST(SmpPattern, SessionsPlaceTheirShareOfTheLattice) {
  const Parameters p;
  const ScalpGeometry g(p);
  std::vector<SmpSessionSpec> sessions = {{0.0, 0.3, 0.85}, {14.0, 0.7, 0.925}, {28.0, 1.0, 1.0}};
  const SmpPattern pattern(
      g, {{"crown", false, 0, 0.0}}, [&](MapPoint pt) { return g.region_of(pt) == Region::Crown ? 0 : -1; }, 1.0, 0.3,
      sessions, p);
  const double n = static_cast<double>(pattern.areas()[0].target_dots);
  ASSERT_GT(n, 3000.0);
  // A 1 mm lattice holds 100 dots per cm2 of the crown.
  EXPECT_NEAR(pattern.areas()[0].area_cm2, g.region_area_cm2()[region_index(Region::Crown)], 1.0);
  // Golden-ratio ranks are equidistributed: each session's share within 1% of its target.
  EXPECT_NEAR(static_cast<double>(pattern.dots_placed(0, 0)) / n, 0.3, 0.01);
  EXPECT_NEAR(static_cast<double>(pattern.dots_placed(1, 0)) / n, 0.4, 0.01);
  EXPECT_NEAR(static_cast<double>(pattern.dots_placed(2, 0)) / n, 0.3, 0.01);
}

std::string norwood_six(const std::string& extra) {
  return R"(format = "trichosim-scenario/1"
seed = 9
[person]
sex = "male"
age_years = 58
predisposition = 1.0
[parameters]
"scalp.area_cm2" = 300
[plan.smp]
hairline_y_mm = 5
)" + extra;
}

TEST(SmpPlanner, ANorwoodSixPlanHasThreeSessionsLightToDarkWithRisingDensity) {
  const auto s = scenario::parse_scenario(norwood_six(""), "nw6.toml");
  const SmpPlan plan = plan_smp(s, prices());
  std::printf("%s\n", smp_plan_to_text(plan).c_str());
  ASSERT_EQ(plan.sessions.size(), 3U);
  EXPECT_GE(plan.areas.size(), 3U);  // frontal, mid scalp, crown at least
  for (std::size_t k = 1; k < 3; ++k) {
    EXPECT_GT(plan.sessions[k].shade, plan.sessions[k - 1].shade);
    EXPECT_GT(plan.sessions[k].density_fraction, plan.sessions[k - 1].density_fraction);
    EXPECT_GT(plan.looks[2 * k].score, plan.looks[2 * (k - 1)].score);  // immediately after each session
  }
  EXPECT_GT(plan.touch_up_years, plan.sessions.back().years);
}

TEST(SmpPlanner, VisualDensityAfterThreeSessionsAndAtSixMonthsAgainstLiu2025) {
  // Validation (procedures.md V6): Liu 2025, VDS 0-10 immediately after 3 sessions 8.7 +/- 1.1 (AGA 9.1 +/- 0.5) and
  // 7.7 +/- 1.4 at 6 months (AGA drop 0.9, scar drop 1.6). Pigment-only scores (hair excluded).
  const auto s = scenario::parse_scenario(norwood_six(R"(regions = ["crown"]
[[plan.smp.scars]]
kind = "fut_strip"
x_mm = 0
y_mm = 150
width_mm = 120
height_mm = 12
)"),
                                          "liu.toml");
  const SmpPlan plan = plan_smp(s, prices());
  const Parameters& p = s.parameters;
  const PigmentFading f(p);
  ASSERT_EQ(plan.areas.size(), 2U);  // the scar first, then the crown
  // Recompute pigment-only scores at the two time points from the plan's looks.
  const auto& immediately = plan.looks[6];  // after the last session (immediately), pigment only
  const auto& six_months = plan.looks[8];   // 6 months, pigment only
  ASSERT_EQ(immediately.when, "after the last session (immediately), pigment only");
  ASSERT_EQ(six_months.when, "6 months after the last session, pigment only");
  const double aga0 = immediately.area_score[1];
  const double scar0 = immediately.area_score[0];
  const double aga6 = six_months.area_score[1];
  const double scar6 = six_months.area_score[0];
  const double all0 = 0.6 * aga0 + 0.4 * scar0;  // Liu's 6 AGA and 4 scar patients
  const double all6 = 0.6 * aga6 + 0.4 * scar6;
  std::printf(
      "[ figures  ] VDS immediately: AGA %.2f (Liu 9.1), scar %.2f, all %.2f (Liu 8.7 +/- 1.1); 6 months: "
      "AGA %.2f (drop %.2f, Liu 0.9), scar %.2f (drop %.2f, Liu 1.6), all %.2f (Liu 7.7 +/- 1.4); touch-up "
      "crown %.1f y, scar %.1f y after start (practice 3-5 y)\n",
      aga0, scar0, all0, aga6, aga0 - aga6, scar6, scar0 - scar6, all6, plan.touch_up_years_by_area[1],
      plan.touch_up_years_by_area[0]);
  EXPECT_NEAR(all0, 8.7, 1.1);
  EXPECT_NEAR(all6, 7.7, 1.4);
  EXPECT_NEAR(aga0 - aga6, 0.9, 0.3);
  EXPECT_NEAR(scar0 - scar6, 1.6, 0.5);
  EXPECT_GE(plan.touch_up_years_by_area[1], 3.0);
  EXPECT_LE(plan.touch_up_years_by_area[1], 5.0);
}

}  // namespace
}  // namespace trichosim::plan
