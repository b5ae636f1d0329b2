#include <gtest/gtest.h>

#include <cmath>

#include "core/biology.hpp"
#include "core/cycle_model.hpp"

namespace trichosim {
namespace {

TEST(Ageing, CumulativeDiameterDeclineIsTheIntegralOfTheTabulatedRates) {
  const Parameters p;
  Person man;
  man.sex = Sex::Male;
  const PersonBiology b(man, p);
  EXPECT_DOUBLE_EQ(b.cumulative_diameter_decline_um(25.0), 0.0);
  // 25 -> 35: rate rises linearly 0 -> 0.53 um/y: area 0.5 x 0.53 x 10 = 2.65 um.
  EXPECT_NEAR(b.cumulative_diameter_decline_um(35.0), 2.65, 1e-12);
  // 35 -> 45: trapezoid (0.53 + 0.80) / 2 x 10 = 6.65; 45 -> 55: (0.80 + 1.07) / 2 x 10 = 9.35; then 1.07/y.
  EXPECT_NEAR(b.cumulative_diameter_decline_um(55.0), 2.65 + 6.65 + 9.35, 1e-12);
  EXPECT_NEAR(b.cumulative_diameter_decline_um(60.0), 2.65 + 6.65 + 9.35 + 5 * 1.07, 1e-12);
  EXPECT_NEAR(b.ageing_diameter_factor(55.0), 1.0 - 18.65 / 70.0, 1e-12);
  // The cap: never more than 30% lost.
  EXPECT_DOUBLE_EQ(b.ageing_diameter_factor(110.0), 0.7);
}

TEST(Androgens, DriveStartsAtPubertyAndRisesAfterMenopauseInWomen) {
  const Parameters p;
  Person woman;
  woman.sex = Sex::Female;
  woman.menopause_age_years = 50.0;
  const PersonBiology b(woman, p);
  EXPECT_EQ(b.androgen_drive(10.0), 0.0);
  const double before = b.androgen_drive(40.0);
  EXPECT_DOUBLE_EQ(before, p[Param::androgen_female_relative_drive]);
  EXPECT_DOUBLE_EQ(b.androgen_drive(55.0), before * p[Param::androgen_postmenopause_drive_factor]);
}

TEST(Androgens, MiniaturisationDriveRisesLinearlyWithYearsSinceOnset) {
  Parameters p;
  p.set(Param::miniaturisation_susceptibility_rise_per_year, 0.05);
  Person man;
  man.sex = Sex::Male;
  const PersonBiology b(man, p);
  const double onset = p[Param::androgen_onset_age_years];
  EXPECT_EQ(b.miniaturisation_drive(onset - 1.0), 0.0);
  EXPECT_DOUBLE_EQ(b.miniaturisation_drive(onset), b.androgen_drive(onset));
  // 20 years after onset: 1 + 0.05 x 20 = 2.
  EXPECT_DOUBLE_EQ(b.miniaturisation_drive(onset + 20.0), 2.0 * b.androgen_drive(onset + 20.0));
}

TEST(CycleModel, MiniaturisedFolliclesHaveShorterAnagenAndMoreKenogen) {
  const Parameters p;
  const CycleModel c(p);
  EXPECT_DOUBLE_EQ(c.anagen_mean_days(1.0), p[Param::cycle_anagen_mean_days]);
  EXPECT_NEAR(c.anagen_mean_days(0.5), p[Param::cycle_anagen_mean_days] * std::pow(0.5, 1.5), 1e-9);
  EXPECT_DOUBLE_EQ(c.kenogen_probability(1.0), 0.8);
  EXPECT_DOUBLE_EQ(c.kenogen_probability(c.vellus_size()), 0.95);
  EXPECT_DOUBLE_EQ(c.kenogen_mean_days(0.1), p[Param::cycle_kenogen_mean_days_miniaturised]);
}

TEST(CycleModel, TelogenRunsLinearlyFromTheNormalToTheMiniaturisedMean) {
  Parameters p;
  p.set(Param::cycle_telogen_mean_days, 90.0);
  p.set(Param::cycle_telogen_mean_days_miniaturised, 190.0);
  const CycleModel c(p);
  const double halfway = 1.0 - 0.5 * (1.0 - c.vellus_size());
  EXPECT_DOUBLE_EQ(c.telogen_mean_days(1.0), 90.0);
  EXPECT_NEAR(c.telogen_mean_days(halfway), 140.0, 1e-9);
  EXPECT_DOUBLE_EQ(c.telogen_mean_days(c.vellus_size()), 190.0);
  EXPECT_DOUBLE_EQ(c.mean_days(Phase::Telogen, halfway), c.telogen_mean_days(halfway));
}

}  // namespace
}  // namespace trichosim
