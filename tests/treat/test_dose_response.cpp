#include <gtest/gtest.h>

#include <array>
#include <cmath>

#include "treat/dose_response.hpp"
#include "treat/dutasteride.hpp"
#include "treat/finasteride.hpp"
#include "treat/ketoconazole.hpp"
#include "treat/minoxidil.hpp"
#include "treat/spironolactone.hpp"

namespace trichosim::treat {
namespace {

constexpr double kExact = 1e-9;  // hand arithmetic on registry values: only rounding differs

TEST(DoseResponse, InterpolatesLinearlyInLogDoseBetweenPoints) {
  const std::array<DosePoint, 2> t = {{{1.0, 0.2}, {100.0, 0.6}}};
  EXPECT_NEAR(interpolate_log_dose(t, 10.0), 0.4, kExact);  // log10(10) is halfway from 0 to 2
  EXPECT_NEAR(interpolate_log_dose(t, 1.0), 0.2, kExact);
  EXPECT_NEAR(interpolate_log_dose(t, 100.0), 0.6, kExact);
}

TEST(DoseResponse, IsProportionalBelowTheFirstPointAndHeldAboveTheLast) {
  const std::array<DosePoint, 2> t = {{{1.0, 0.2}, {100.0, 0.6}}};
  EXPECT_NEAR(interpolate_log_dose(t, 0.25), 0.05, kExact);
  EXPECT_NEAR(interpolate_log_dose(t, 0.0), 0.0, kExact);
  EXPECT_NEAR(interpolate_log_dose(t, 500.0), 0.6, kExact);
}

TEST(DoseResponse, FinasterideScalpDhtNetOfPlaceboFollowsDrake1999) {
  const Parameters p;
  // 1 mg: scalp DHT -64.1 % vs placebo -13.0 % -> 1 - 0.359 / 0.87.
  EXPECT_NEAR(finasteride_scalp_dht_reduction(p, 1.0), 1.0 - 0.359 / 0.87, kExact);
  EXPECT_NEAR(finasteride_scalp_dht_reduction(p, 5.0), 1.0 - 0.306 / 0.87, kExact);
  // 0.1 mg lies halfway (in log-dose) between 0.05 mg (1 - 0.384/0.87) and 0.2 mg (1 - 0.435/0.87).
  const double at005 = 1.0 - 0.384 / 0.87;
  const double at02 = 1.0 - 0.435 / 0.87;
  EXPECT_NEAR(finasteride_scalp_dht_reduction(p, 0.1), 0.5 * (at005 + at02), kExact);
  EXPECT_NEAR(finasteride_scalp_dht_reduction(p, 0.1), 0.529310345, 1e-8);
}

TEST(DoseResponse, DutasterideFollowsItsOwnTable) {
  const Parameters p;
  EXPECT_NEAR(dutasteride_dht_reduction(p, 0.5), 0.947, kExact);
  // 1 mg: log(1/0.5)/log(2.5/0.5) = 0.4307 of the way from 0.947 to 0.973.
  EXPECT_NEAR(dutasteride_dht_reduction(p, 1.0), 0.947 + std::log(2.0) / std::log(5.0) * 0.026, kExact);
  EXPECT_GT(dutasteride_dht_reduction(p, 0.5), finasteride_scalp_dht_reduction(p, 1.0));
}

TEST(DoseResponse, SpironolactoneAndKetoconazoleHandArithmetic) {
  const Parameters p;
  // Emax: max x dose / (dose + half-effect dose), whatever values the registry holds.
  const double max = p[Param::spironolactone_max_androgen_reduction];
  const double half = p[Param::spironolactone_half_effect_dose_mg];
  EXPECT_NEAR(spironolactone_androgen_reduction(p, 100.0), max * 100.0 / (100.0 + half), kExact);
  EXPECT_NEAR(spironolactone_androgen_reduction(p, half), max / 2.0, kExact);
  EXPECT_NEAR(ketoconazole_androgen_reduction(p, 3.0), 0.18, kExact);
  EXPECT_NEAR(ketoconazole_androgen_reduction(p, 7.0), 0.24, kExact);  // capped at 4 uses a week
}

TEST(DoseResponse, MinoxidilStrengthRelativeToFivePercentTwiceDaily) {
  const Parameters p;
  MinoxidilProduct m;
  EXPECT_NEAR(minoxidil_strength(p, m), 1.0, kExact);
  m.concentration_percent = 2.0;
  EXPECT_NEAR(minoxidil_strength(p, m), 0.599, kExact);
  m.concentration_percent = 3.5;  // halfway from 2 % (0.599) to 5 % (1)
  EXPECT_NEAR(minoxidil_strength(p, m), 0.7995, kExact);
  m.concentration_percent = 5.0;
  m.applications_per_day = 1.0;
  EXPECT_NEAR(minoxidil_strength(p, m), 0.6, kExact);
  MinoxidilProduct oral;
  oral.route = "oral";
  const double at_quarter = p[Param::minoxidil_oral_strength_0_25mg];
  const double at_five = p[Param::minoxidil_oral_strength_5mg];
  oral.dose_mg = 0.25;
  EXPECT_NEAR(minoxidil_strength(p, oral), at_quarter, kExact);
  oral.dose_mg = 1.0;  // log(1/0.25)/log(5/0.25) of the way from 0.25 mg to 5 mg
  EXPECT_NEAR(minoxidil_strength(p, oral), at_quarter + (at_five - at_quarter) * std::log(4.0) / std::log(20.0),
              kExact);
  EXPECT_GT(at_five, at_quarter);
}

}  // namespace
}  // namespace trichosim::treat
