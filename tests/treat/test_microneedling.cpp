#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>

#include "measure/region_summary.hpp"
#include "tests/support/small_scalp.hpp"
#include "tests/treat/event_helpers.hpp"
#include "treat/microneedling.hpp"
#include "treat/registry.hpp"

namespace trichosim::treat {
namespace {

using testing::error_of;
using testing::event;
using testing::Fields;

Fields roller(double needle_mm, double per_week, double weeks) {
  return {{"needle_mm", needle_mm}, {"sessions_per_week", per_week}, {"start_years", 0.0}, {"duration_weeks", weeks}};
}

TEST(Microneedling, NeedleOutsideScalpPracticeIsRefusedWithTheRange) {
  const Parameters p;
  EXPECT_EQ(error_of([&] { Microneedling(event("microneedling", roller(3.0, 1, 12)), p); }),
            "events[0] (microneedling).needle_mm = 3: allowed range is 0.25 to 2.5 (mm; the needle lengths used on "
            "the scalp)");
  EXPECT_EQ(error_of([&] { Microneedling(event("microneedling", roller(0.1, 1, 12)), p); }),
            "events[0] (microneedling).needle_mm = 0.1: allowed range is 0.25 to 2.5 (mm; the needle lengths used "
            "on the scalp)");
}

TEST(Microneedling, FrequencyAboveSafePracticeForTheNeedleIsRefused) {
  const Parameters p;
  EXPECT_EQ(error_of([&] { Microneedling(event("microneedling", roller(1.5, 2, 12)), p); }),
            "events[0] (microneedling).sessions_per_week = 2: with needle_mm = 1.5 (longer than 0.5 mm) the safe "
            "range is 0.23 to 1 sessions per week");
  EXPECT_EQ(error_of([&] { Microneedling(event("microneedling", roller(0.5, 3, 12)), p); }),
            "events[0] (microneedling).sessions_per_week = 3: allowed range is 0.23 to 2 (sessions per week)");
  EXPECT_EQ(error_of([&] { Microneedling(event("microneedling", roller(0.5, 2, 12)), p); }), "(no error)");
}

TEST(Microneedling, UnknownFieldsAndDevicesAreRefusedThroughTheRegistry) {
  const Parameters p;
  Fields f = roller(1.5, 1, 12);
  f["device"] = std::string("drill");
  EXPECT_EQ(error_of([&] { make_intervention(event("microneedling", f), p); }),
            "events[0] (microneedling).device = \"drill\": allowed values are roller, stamp, pen");
  f["device"] = std::string("pen");
  f["depth"] = 1.0;
  EXPECT_EQ(error_of([&] { make_intervention(event("microneedling", f), p); }),
            "events[0] (microneedling): unknown field \"depth\"; accepted fields are type, device, needle_mm, "
            "start_years, duration_weeks, stop_years, sessions_per_week, regions");
}

TEST(Microneedling, SessionsAreActionDaysAtTheGivenFrequency) {
  const Parameters p;
  const Microneedling weekly(event("microneedling", roller(1.5, 1, 12)), p);
  ASSERT_EQ(weekly.action_days().size(), 12U);  // days 0, 7, ..., 77
  EXPECT_DOUBLE_EQ(weekly.action_days()[11], 77.0);
  const Microneedling twice(event("microneedling", roller(0.5, 2, 4)), p);
  ASSERT_EQ(twice.action_days().size(), 8U);  // every 3.5 days over 28 days
  EXPECT_DOUBLE_EQ(twice.action_days()[1], 3.5);
}

TEST(Microneedling, ActivationRisesWithNeedleLengthUpToTheSaturationLength) {
  const Parameters p;
  const double full = p[Param::microneedling_activation_share_per_session];
  const double saturation = p[Param::microneedling_depth_saturation_mm];
  // 0.25 mm of a 0.5 mm saturation length: half the full share; 1.5 mm: the full share.
  EXPECT_DOUBLE_EQ(Microneedling(event("microneedling", roller(0.25, 1, 4)), p).activation_share(),
                   full * 0.25 / saturation);
  EXPECT_DOUBLE_EQ(Microneedling(event("microneedling", roller(1.5, 1, 4)), p).activation_share(), full);
}

TEST(Microneedling, RednessWindowGrowsWithNeedleLengthAndIsReportedPerSession) {
  const Parameters p;
  const Microneedling shortest(event("microneedling", roller(0.25, 1, 2)), p);
  const Microneedling longest(event("microneedling", roller(2.5, 1, 2)), p);
  EXPECT_DOUBLE_EQ(shortest.erythema_days(), p[Param::microneedling_erythema_days_short]);
  EXPECT_DOUBLE_EQ(longest.erythema_days(), p[Param::microneedling_erythema_days_long]);
  const auto windows = longest.side_effect_windows();
  ASSERT_EQ(windows.size(), 2U);
  EXPECT_DOUBLE_EQ(windows[1].start, 7.0);
  EXPECT_DOUBLE_EQ(windows[1].end, 7.0 + p[Param::microneedling_erythema_days_long]);
}

TEST(Microneedling, TopicalAbsorptionIsRaisedOnlyInTheWindowAfterASessionAndOnlyWhereTreated) {
  const Parameters p;
  Fields f = roller(1.5, 1, 4);
  f["regions"] = std::vector<std::string>{"crown"};
  const Microneedling mn(event("microneedling", f), p);
  const double peak = p[Param::microneedling_absorption_peak_factor];
  const double window = p[Param::microneedling_absorption_window_days];
  auto absorption = [&](Day t, Region r) {
    RegionalModifiers m;
    mn.modify_skin(t, Person{}, m);
    mn.modify(t, Person{}, m);
    return m[r].topical_absorption_scale;
  };
  EXPECT_DOUBLE_EQ(absorption(7.0, Region::Crown), peak);
  EXPECT_DOUBLE_EQ(absorption(7.0 + 0.5 * window, Region::Crown), peak);
  EXPECT_DOUBLE_EQ(absorption(7.0 + window, Region::Crown), 1.0);
  EXPECT_DOUBLE_EQ(absorption(7.0, Region::MidScalp), 1.0);
  EXPECT_DOUBLE_EQ(absorption(40.0, Region::Crown), 1.0);  // after the last session's week
}

// Microneedling opens the skin in the first composition pass, so topical minoxidil sees the better absorption
// whichever of the two comes first in the scenario, and oral minoxidil (not applied to the skin) never does.
TEST(Microneedling, TopicalMinoxidilSeesTheAbsorptionBoostInEitherEventOrder) {
  const Parameters p;
  auto minoxidil = [&](const std::string& route) {
    Fields f{{"route", route}, {"start_years", 0.0}};
    return make_intervention(event("minoxidil", f), p);
  };
  auto anagen_scale = [&](std::vector<std::unique_ptr<Intervention>> ivs, Day t) {
    return compose_modifiers(ivs, t, Person{})[Region::Crown].duration_scale[0];
  };
  auto pair = [&](const std::string& route, bool needling_first) {
    std::vector<std::unique_ptr<Intervention>> ivs;
    if (needling_first) {
      ivs.push_back(make_intervention(event("microneedling", roller(1.5, 1, 52)), p));
    }
    ivs.push_back(minoxidil(route));
    if (!needling_first) {
      ivs.push_back(make_intervention(event("microneedling", roller(1.5, 1, 52)), p));
    }
    return ivs;
  };
  const Day in_window = 182.0 + 0.5 * p[Param::microneedling_absorption_window_days];  // session on day 182
  const Day between = 182.0 + 5.0;
  std::vector<std::unique_ptr<Intervention>> alone;
  alone.push_back(minoxidil("topical"));
  const double plain = anagen_scale(std::move(alone), in_window);
  ASSERT_GT(plain, 1.0);
  const double first = anagen_scale(pair("topical", true), in_window);
  const double second = anagen_scale(pair("topical", false), in_window);
  EXPECT_DOUBLE_EQ(first, second);
  // The anagen factor is 1 + level x gain; the boost multiplies the level by the peak absorption factor.
  EXPECT_NEAR(first - 1.0, (plain - 1.0) * p[Param::microneedling_absorption_peak_factor], 1e-12);
  EXPECT_DOUBLE_EQ(anagen_scale(pair("topical", true), between), plain);
  std::vector<std::unique_ptr<Intervention>> oral_alone;
  oral_alone.push_back(minoxidil("oral"));
  EXPECT_DOUBLE_EQ(anagen_scale(pair("oral", true), in_window), anagen_scale(std::move(oral_alone), in_window));
}

// Runs two worlds (with and without the regimen) and returns the crown of each at `observe`.
struct Worlds {
  measure::ScalpSummary plain;
  measure::ScalpSummary treated;
  std::size_t kenogen_before = 0;
  std::size_t kenogen_activated = 0;
};

Worlds run_worlds(const Fields& fields, Day observe, double predisposition) {
  const Parameters p = trichosim::testing::params_with_area(300.0);
  const Person man = trichosim::testing::man(35.0, predisposition);
  Simulation plain(man, p, {23, 1});
  std::vector<std::unique_ptr<Intervention>> iv;
  iv.push_back(std::make_unique<Microneedling>(event("microneedling", fields), p));
  Simulation treated(man, p, {23, 1}, std::move(iv));
  const std::vector<Day> days = {observe};
  Worlds w;
  plain.run(days, 7.0, [&](const Simulation& s, Day) { w.plain = measure::summarise(s); });
  treated.run(days, 7.0, [&](const Simulation& s, Day) { w.treated = measure::summarise(s); });
  for (std::size_t i = 0; i < plain.follicles().follicle_count(); ++i) {
    if (plain.follicles().phase[i] == Phase::Kenogen && plain.follicles().region[i] != Region::Occipital) {
      ++w.kenogen_before;
      w.kenogen_activated += treated.follicles().phase[i] == Phase::Anagen ? 1U : 0U;
    }
  }
  return w;
}

TEST(Microneedling, ASessionMovesTheActivationShareOfKenogenFolliclesIntoAnagen) {
  // One session at day 30, observed the same instant: in the untreated world these follicles are still in
  // kenogen, so the share now in anagen in the treated world estimates the activation share.
  Fields f = roller(1.5, 1, 1);
  f["start_years"] = 30.0 / kDaysPerYear;
  const Worlds w = run_worlds(f, 30.0 / kDaysPerYear * kDaysPerYear, 1.0);
  const double share = Parameters()[Param::microneedling_activation_share_per_session];
  ASSERT_GT(w.kenogen_before, 500U);
  const double n = static_cast<double>(w.kenogen_before);
  const double observed = static_cast<double>(w.kenogen_activated) / n;
  // Binomial: 4 standard errors (false alarm < 1 in 10,000).
  EXPECT_NEAR(observed, share, 4.0 * std::sqrt(share * (1.0 - share) / n));
}

TEST(Microneedling, WeeklyRollingAloneAddsTheMetaAnalyticGainInABaldingCrownAt24Weeks) {
  // Validation (procedures.md V1): with additive effects the MN+X vs X mean differences (Gupta 2023: +13 /cm2 at
  // 24 weeks; Pei 2024: 13.36, 95% CI 8.55-18.16) equal microneedling's own effect. Treated minus untreated
  // crown density in a man of 35 with strong predisposition must lie within the Pei 2024 interval.
  const Worlds w24 = run_worlds(roller(1.5, 1, 24), 24.0 * 7.0, 1.0);
  const Worlds w12 = run_worlds(roller(1.5, 1, 12), 12.0 * 7.0, 1.0);
  const double gain24 = w24.treated[Region::Crown].density_per_cm2 - w24.plain[Region::Crown].density_per_cm2;
  const double gain12 = w12.treated[Region::Crown].density_per_cm2 - w12.plain[Region::Crown].density_per_cm2;
  const double dia24 = w24.treated[Region::Crown].mean_diameter_um - w24.plain[Region::Crown].mean_diameter_um;
  std::printf(
      "[ figures  ] MN 1.5 mm weekly, crown: +%.1f /cm2 at 12 wk, +%.1f /cm2 at 24 wk (baseline %.1f), "
      "diameter %+.2f um at 24 wk\n",
      gain12, gain24, w24.plain[Region::Crown].density_per_cm2, dia24);
  EXPECT_GT(gain24, 8.55);
  EXPECT_LT(gain24, 18.16);
}

TEST(Microneedling, GainRisesWithNeedleLengthToThePlateauAndWithFrequency) {
  // Dose-response at 24 weeks (treated minus untreated crown density). Shorter needles and sparser sessions give
  // less; needles past the saturation length give the same (Ahmed 2025: no depth effect between <=1 and >1 mm).
  auto gain = [](double needle, double per_week) {
    const Worlds w = run_worlds(roller(needle, per_week, 24), 24.0 * 7.0, 1.0);
    return w.treated[Region::Crown].density_per_cm2 - w.plain[Region::Crown].density_per_cm2;
  };
  const double weekly_long = gain(1.5, 1.0);
  const double weekly_1mm = gain(1.0, 1.0);
  const double weekly_short = gain(0.25, 1.0);
  const double monthly_long = gain(1.5, 0.25);
  std::printf(
      "[ figures  ] 24-wk crown gain: 1.5 mm weekly %+.1f, 1.0 mm weekly %+.1f, 0.25 mm weekly %+.1f, "
      "1.5 mm monthly %+.1f /cm2\n",
      weekly_long, weekly_1mm, weekly_short, monthly_long);
  EXPECT_DOUBLE_EQ(weekly_long, weekly_1mm);  // same draws, same activation share past the plateau
  EXPECT_LT(weekly_short, weekly_long);
  EXPECT_LT(monthly_long, weekly_long);
}

}  // namespace
}  // namespace trichosim::treat
