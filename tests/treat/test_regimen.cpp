#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "core/input_error.hpp"
#include "tests/treat/support.hpp"
#include "treat/regimen.hpp"

namespace trichosim::treat {
namespace {

constexpr double kExact = 1e-12;

TEST(Regimen, ChangeDaysStepTheRiseAndTheFade) {
  const Regimen r(10.0, 100.0, 1.0, 0.0);
  const Kinetics k{7.0, 14.0};
  // Rise: weekly steps for five onset constants (35 d) after day 10; fade: five offset constants (70 d).
  std::vector<Day> expected = {10, 17, 24, 31, 38, 45, 100};
  for (Day d = 107; d < 170; d += 7) {
    expected.push_back(d);
  }
  expected.push_back(170);
  EXPECT_EQ(r.change_days(k, 7.0), expected);
}

TEST(Regimen, HeldLevelIsTheLevelAtEachStepMidpoint) {
  const Regimen r(10.0, 100.0, 1.0, 0.0);
  const Kinetics k{7.0, 14.0};
  EXPECT_EQ(r.held_level(5.0, k, 7.0), 0.0);
  EXPECT_NEAR(r.held_level(10.0, k, 7.0), 1.0 - std::exp(-3.5 / 7.0), kExact);
  EXPECT_NEAR(r.held_level(12.0, k, 7.0), 1.0 - std::exp(-3.5 / 7.0), kExact);  // same step
  EXPECT_EQ(r.held_level(50.0, k, 7.0), 1.0);                                   // plateau
  EXPECT_NEAR(r.held_level(100.0, k, 7.0), (1.0 - std::exp(-90.0 / 7.0)) * std::exp(-3.5 / 14.0), kExact);
  EXPECT_EQ(r.held_level(170.0, k, 7.0), 0.0);
}

TEST(Regimen, NeverStoppedStaysAtFullEffect) {
  const Regimen r(0.0, std::numeric_limits<double>::infinity(), 1.0, 0.0);
  const Kinetics k{7.0, 14.0};
  EXPECT_EQ(r.change_days(k, 7.0).back(), 35.0);
  EXPECT_EQ(r.held_level(1000.0, k, 7.0), 1.0);
}

TEST(Regimen, StopDuringTheRiseFadesFromTheLevelReached) {
  const Regimen r(0.0, 7.0, 1.0, 0.0);
  const Kinetics k{7.0, 7.0};
  EXPECT_NEAR(r.level(14.0, k), (1.0 - std::exp(-1.0)) * std::exp(-1.0), kExact);
}

TEST(Regimen, ReadsStartStopAdherenceAndFrequency) {
  const auto spec = testing::event(
      "ketoconazole", {{"start_years", 1.0}, {"stop_years", 2.0}, {"adherence", 0.5}, {"times_per_week", 2.0}});
  const Regimen r = Regimen::read(spec, "times_per_week", 1.0, 7.0, "washes per week", 3.0);
  EXPECT_EQ(r.start_day(), 365.25);
  EXPECT_EQ(r.stop_day(), 730.5);
  EXPECT_EQ(r.adherence(), 0.5);
  EXPECT_EQ(r.frequency(), 2.0);
  const Regimen d = Regimen::read(testing::event("finasteride", {{"start_years", 0.0}}));
  EXPECT_EQ(d.adherence(), 1.0);
  EXPECT_TRUE(std::isinf(d.stop_day()));
}

TEST(Regimen, AdherenceScalesTheDoseOfA5AlphaReductaseInhibitor) {
  const Parameters p;
  const auto full = testing::make("finasteride", {{"start_years", 0.0}, {"dose_mg", 0.2}}, p);
  const auto half = testing::make("finasteride", {{"start_years", 0.0}, {"dose_mg", 0.2}, {"adherence", 0.25}}, p);
  const auto one = testing::make("finasteride", {{"start_years", 0.0}, {"dose_mg", 0.05}}, p);
  const Day steady = 1000.0;
  // 0.2 mg taken a quarter of the time = 0.05 mg a day on average.
  EXPECT_NEAR(testing::compose({half.get()}, steady)[Region::Crown].androgen_drive,
              testing::compose({one.get()}, steady)[Region::Crown].androgen_drive, kExact);
  EXPECT_NE(testing::compose({full.get()}, steady)[Region::Crown].androgen_drive,
            testing::compose({half.get()}, steady)[Region::Crown].androgen_drive);
}

}  // namespace
}  // namespace trichosim::treat
