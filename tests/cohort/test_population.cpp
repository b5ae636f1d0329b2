#include <gtest/gtest.h>

#include <cmath>

#include "cohort/population.hpp"
#include "cohort/stage_proxy.hpp"

namespace trichosim::cohort {
namespace {

TEST(Population, APersonIsAPureFunctionOfSeedAndId) {
  const Parameters p;
  PopulationSpec spec;
  spec.male_fraction = 0.5;
  const VirtualPerson a = sample_person(spec, p, 11, 7);
  const VirtualPerson b = sample_person(spec, p, 11, 7);
  const VirtualPerson c = sample_person(spec, p, 11, 8);
  EXPECT_EQ(a.person.age_years, b.person.age_years);
  EXPECT_EQ(a.liability, b.liability);
  EXPECT_EQ(a.person.id, 7U);
  EXPECT_NE(a.liability, c.liability);
}

TEST(Population, AgesSexesAndLiabilityFollowTheSpec) {
  const Parameters p;
  PopulationSpec spec;
  spec.age_min_years = 20.0;
  spec.age_max_years = 30.0;
  spec.male_fraction = 0.3;
  constexpr int kN = 4000;
  double men = 0.0;
  double sum = 0.0;
  double sum2 = 0.0;
  double cross = 0.0;
  for (std::uint32_t id = 0; id < kN; ++id) {
    const VirtualPerson v = sample_person(spec, p, 3, id);
    ASSERT_GE(v.person.age_years, 20.0);
    ASSERT_LE(v.person.age_years, 30.0);
    men += v.person.sex == Sex::Male ? 1.0 : 0.0;
    sum += v.liability;
    sum2 += v.liability * v.liability;
    cross += v.liability * v.genetic_liability;
  }
  // Tolerances are 4 standard errors at N = 4000 (false alarm below 1 in 10,000 runs):
  // share SE = sqrt(0.3 x 0.7 / 4000) = 0.0072; mean SE = 0.0158; variance SE = sqrt(2 / 4000) = 0.022.
  EXPECT_NEAR(men / kN, 0.3, 4 * 0.0072);
  EXPECT_NEAR(sum / kN, 0.0, 4 * 0.0158);
  EXPECT_NEAR(sum2 / kN, 1.0, 4 * 0.022);
  // cov(liability, genetic) = h2 (registry cohort.liability_heritability, 0.8); the product's SD is
  // sqrt(2 h2² + h2 (1 - h2)) = 1.2, so SE = 1.2 / sqrt(4000) = 0.019.
  EXPECT_NEAR(cross / kN, p[Param::cohort_liability_heritability], 4 * 0.019);
}

TEST(Population, FixedPredispositionOverridesTheLiabilityModel) {
  const Parameters p;
  PopulationSpec spec;
  spec.predisposition = 0.8;
  EXPECT_DOUBLE_EQ(sample_person(spec, p, 1, 0).person.predisposition, 0.8);
}

TEST(Population, PredispositionIsTheNormalCdfOfShiftPlusScaleTimesLiability) {
  Parameters p;
  p.set(Param::cohort_predisposition_liability_shift, -0.3);
  p.set(Param::cohort_predisposition_liability_scale, 2.0);
  // Phi(-0.3 + 2 x 0.15) = Phi(0) = 0.5; Phi(-0.3 + 2 x 1.13) = Phi(1.96) = 0.9750021.
  EXPECT_NEAR(predisposition_from_liability(0.15, Sex::Male, Ethnicity::Caucasian, p), 0.5, 1e-12);
  EXPECT_NEAR(predisposition_from_liability(1.13, Sex::Male, Ethnicity::Caucasian, p), 0.9750021, 1e-7);
}

TEST(Population, WomenAndAsianPersonsAddTheirOwnShifts) {
  Parameters p;
  p.set(Param::cohort_predisposition_liability_shift, -0.3);
  p.set(Param::cohort_predisposition_liability_scale, 2.0);
  p.set(Param::cohort_predisposition_liability_shift_female, -0.5);
  p.set(Param::cohort_predisposition_liability_shift_asian, -1.16);
  // Phi(-0.3 - 0.5 + 2 x 0.4) = Phi(0) = 0.5; Phi(-0.3 - 1.16 + 2 x 0.15) = Phi(-1.16) = 0.1230244;
  // both shifts: Phi(-0.3 - 0.5 - 1.16 + 2 x 0.98) = Phi(0) = 0.5.
  EXPECT_NEAR(predisposition_from_liability(0.4, Sex::Female, Ethnicity::Caucasian, p), 0.5, 1e-12);
  EXPECT_NEAR(predisposition_from_liability(0.15, Sex::Male, Ethnicity::Asian, p), 0.1230244, 1e-7);
  EXPECT_NEAR(predisposition_from_liability(0.98, Sex::Female, Ethnicity::Asian, p), 0.5, 1e-12);
  EXPECT_NEAR(predisposition_from_liability(0.15, Sex::Male, Ethnicity::African, p), 0.5, 1e-12);
}

// Non-vellus densities at a given fraction of normal in one region, normal elsewhere (occipital 100 /cm²).
std::array<double, kRegionCount> densities(const Parameters& p, Region thin, double fraction) {
  const std::array<double, kRegionCount> w = {p[Param::scalp_density_weight_frontal_hairline],
                                              p[Param::scalp_density_weight_mid_scalp],
                                              p[Param::scalp_density_weight_crown],
                                              p[Param::scalp_density_weight_temporal],
                                              p[Param::scalp_density_weight_temporal],
                                              p[Param::scalp_density_weight_parietal],
                                              p[Param::scalp_density_weight_parietal],
                                              p[Param::scalp_density_weight_occipital]};
  std::array<double, kRegionCount> d{};
  for (std::size_t r = 0; r < kRegionCount; ++r) {
    d[r] = 100.0 * w[r] / w[region_index(Region::Occipital)] * (kAllRegions[r] == thin ? fraction : 1.0);
  }
  return d;
}

TEST(StageProxy, NorwoodThreeWhenFrontalOrCrownFallsBelowTheThreshold) {
  const Parameters p;
  const double cut = p[Param::cohort_norwood3_relative_density];
  EXPECT_FALSE(norwood3_proxy(densities(p, Region::Crown, 1.0), p));
  EXPECT_TRUE(norwood3_proxy(densities(p, Region::Crown, cut - 0.01), p));
  EXPECT_FALSE(norwood3_proxy(densities(p, Region::Crown, cut + 0.01), p));
  EXPECT_TRUE(norwood3_proxy(densities(p, Region::FrontalHairline, cut - 0.01), p));
  // Mid-scalp thinning alone is a female pattern, not Norwood III.
  EXPECT_FALSE(norwood3_proxy(densities(p, Region::MidScalp, 0.1), p));
  EXPECT_TRUE(ludwig1_proxy(densities(p, Region::MidScalp, p[Param::cohort_ludwig1_relative_density] - 0.01), p));
  EXPECT_FALSE(ludwig1_proxy(densities(p, Region::Crown, 0.1), p));
}

TEST(StageProxy, RelativeDensityIsOneOnANormalScalp) {
  const Parameters p;
  for (double r : relative_regional_density(densities(p, Region::Crown, 1.0), p)) {
    EXPECT_NEAR(r, 1.0, 1e-12);
  }
}

}  // namespace
}  // namespace trichosim::cohort
