#include <gtest/gtest.h>

#include "core/phase.hpp"
#include "tests/treat/support.hpp"
#include "treat/finasteride.hpp"
#include "treat/spironolactone.hpp"

namespace trichosim::treat {
namespace {

constexpr double kExact = 1e-12;
constexpr std::size_t kAnagen = static_cast<std::size_t>(Phase::Anagen);
constexpr std::size_t kTelogen = static_cast<std::size_t>(Phase::Telogen);
constexpr std::size_t kKenogen = static_cast<std::size_t>(Phase::Kenogen);
constexpr Day kSteady = 1000.0;  // long after every start ramp

TEST(Modifiers, FinasterideLowersAndrogenDriveAndLetsFolliclesRegainSize) {
  const Parameters p;
  const auto fin = testing::make("finasteride", {{"start_years", 0.0}}, p);
  const double r = 1.0 - 0.359 / 0.87;
  const Modifiers m = testing::compose({fin.get()}, kSteady)[Region::Crown];
  EXPECT_NEAR(m.androgen_drive, 1.0 - r, kExact);
  EXPECT_NEAR(m.size_gain_per_cycle, p[Param::antiandrogen_size_gain_per_cycle_at_full_suppression] * r, kExact);
  EXPECT_NEAR(m.duration_scale[kKenogen], 1.0 - p[Param::antiandrogen_kenogen_shortening_at_full_suppression] * r,
              kExact);
  EXPECT_EQ(m.duration_scale[kAnagen], 1.0);
  // Before the start nothing changes.
  const Modifiers before = testing::compose({fin.get()}, -1.0)[Region::Crown];
  EXPECT_EQ(before.androgen_drive, 1.0);
  EXPECT_EQ(before.size_gain_per_cycle, 0.0);
}

TEST(Modifiers, TwoAntiAndrogensMultiplyDrivesAndAddGains) {
  const Parameters p;
  const auto fin = testing::make("finasteride", {{"start_years", 0.0}}, p);
  const auto spiro = testing::make("spironolactone", {{"start_years", 0.0}, {"dose_mg", 100.0}}, p);
  const double r1 = finasteride_scalp_dht_reduction(p, 1.0);
  const double r2 = spironolactone_androgen_reduction(p, 100.0);
  const Modifiers m = testing::compose({fin.get(), spiro.get()}, kSteady)[Region::Crown];
  EXPECT_NEAR(m.androgen_drive, (1.0 - r1) * (1.0 - r2), kExact);
  EXPECT_NEAR(m.size_gain_per_cycle, p[Param::antiandrogen_size_gain_per_cycle_at_full_suppression] * (r1 + r2),
              kExact);
}

TEST(Modifiers, MinoxidilEffectsScaleWithStrengthTimesAdherence) {
  const Parameters p;
  const auto mx = testing::make("minoxidil", {{"start_years", 0.0}, {"adherence", 0.5}}, p);
  const double x = 0.5;  // 5 % twice daily (strength 1) x adherence 0.5
  const Modifiers m = testing::compose({mx.get()}, kSteady)[Region::Crown];
  EXPECT_NEAR(m.duration_scale[kAnagen], 1.0 + x * p[Param::minoxidil_anagen_duration_gain], kExact);
  EXPECT_NEAR(m.duration_scale[kTelogen], 1.0 - x * p[Param::minoxidil_telogen_duration_shortening], kExact);
  EXPECT_NEAR(m.duration_scale[kKenogen], 1.0 - x * p[Param::minoxidil_kenogen_duration_shortening], kExact);
  EXPECT_NEAR(m.kenogen_probability_scale, 1.0 - x * p[Param::minoxidil_kenogen_probability_reduction], kExact);
  EXPECT_NEAR(m.size_gain_per_cycle, x * p[Param::minoxidil_size_gain_per_cycle], kExact);
  EXPECT_NEAR(m.anagen_diameter_scale, 1.0 + x * p[Param::minoxidil_anagen_diameter_gain], kExact);
  EXPECT_EQ(m.androgen_drive, 1.0);
}

TEST(Modifiers, MinoxidilAndChronicEffluviumComposeOnAnagenDuration) {
  const Parameters p;
  const auto mx = testing::make("minoxidil", {{"start_years", 0.0}}, p);
  const auto te = testing::make("telogen_effluvium", {{"start_years", 0.0}, {"course", std::string("chronic")}}, p);
  const Modifiers m = testing::compose({mx.get(), te.get()}, kSteady)[Region::Crown];
  EXPECT_NEAR(m.duration_scale[kAnagen],
              (1.0 + p[Param::minoxidil_anagen_duration_gain]) * p[Param::effluvium_chronic_anagen_scale], kExact);
}

TEST(Modifiers, TopicalProductsActOnlyOnTheRegionsTreated) {
  const auto mx = testing::make("minoxidil", {{"start_years", 0.0}, {"regions", std::vector<std::string>{"crown"}}});
  const RegionalModifiers m = testing::compose({mx.get()}, kSteady);
  EXPECT_GT(m[Region::Crown].duration_scale[kAnagen], 1.0);
  EXPECT_EQ(m[Region::Occipital].duration_scale[kAnagen], 1.0);
}

TEST(Modifiers, DeficienciesShortenAnagenUntilCorrected) {
  const Parameters p;
  // ferritin 27.5 ng/mL: halfway between 40 (adequate) and 15 (deficient) -> 1 - 0.4 / 2.
  const auto iron =
      testing::make("iron_deficiency", {{"start_years", 0.0}, {"stop_years", 1.0}, {"ferritin_ng_per_ml", 27.5}}, p);
  EXPECT_NEAR(testing::compose({iron.get()}, 100.0)[Region::Crown].duration_scale[kAnagen], 0.8, kExact);
  EXPECT_EQ(testing::compose({iron.get()}, 400.0)[Region::Crown].duration_scale[kAnagen], 1.0);
  const auto adequate = testing::make("iron_deficiency", {{"start_years", 0.0}, {"ferritin_ng_per_ml", 80.0}}, p);
  EXPECT_EQ(testing::compose({adequate.get()}, 100.0)[Region::Crown].duration_scale[kAnagen], 1.0);
}

TEST(Modifiers, DrugEffluviumHoldsWhileTheDrugIsTaken) {
  const Parameters p;
  const auto bb = testing::make("beta_blocker", {{"start_years", 0.0}, {"stop_years", 1.0}}, p);
  EXPECT_EQ(bb->change_days(), (std::vector<Day>{0.0, 365.25}));
  EXPECT_EQ(testing::compose({bb.get()}, 0.0)[Region::Crown].duration_scale[kAnagen],
            p[Param::drug_effluvium_anagen_scale]);
  EXPECT_EQ(testing::compose({bb.get()}, 365.25)[Region::Crown].duration_scale[kAnagen], 1.0);
}

}  // namespace
}  // namespace trichosim::treat
