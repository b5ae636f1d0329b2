#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "measure/trichoscopy.hpp"
#include "tests/measure/hand_follicles.hpp"

namespace trichosim::measure {
namespace {

using testing::follicle;

// Unit 1: two hairs (70, 60 um). Unit 2: one 20-um hair and an empty follicle. Unit 3: only an empty follicle
// (a yellow dot). Unit 4: a lost follicle (no opening left). Unit 5: one 50-um hair.
std::vector<FollicleView> field() {
  return {follicle(Phase::Anagen, 70, 1), follicle(Phase::Telogen, 60, 1), follicle(Phase::Anagen, 20, 2),
          follicle(Phase::Kenogen, 0, 2), follicle(Phase::Kenogen, 0, 3),  follicle(Phase::Lost, 0, 4),
          follicle(Phase::Catagen, 50, 5)};
}

TEST(Trichoscopy, ReadsThinHairsUnitsAndYellowDots) {
  const auto f = field();
  const Trichoscopy t = read_trichoscopy(f, 0.5, InstrumentSettings{});
  EXPECT_DOUBLE_EQ(t.hairs, 4.0);
  EXPECT_DOUBLE_EQ(t.density_per_cm2, 8.0);
  EXPECT_DOUBLE_EQ(t.thin_share, 0.25);                   // the 20-um hair
  EXPECT_DOUBLE_EQ(t.vellus_per_cm2, 2.0);                // 1 / 0.5 cm2
  EXPECT_DOUBLE_EQ(t.single_hair_unit_share, 2.0 / 3.0);  // units 2 and 5 of the 3 showing hair
  EXPECT_DOUBLE_EQ(t.yellow_dots_per_cm2, 2.0);           // unit 3 only, per 0.5 cm2
  EXPECT_DOUBLE_EQ(t.mean_diameter_um, 50.0);
  // Deviations 20, 10, -30, 0: variance (400 + 100 + 900) / 4 = 350.
  EXPECT_NEAR(t.diameter_cv_percent, 100.0 * std::sqrt(350.0) / 50.0, 1e-9);
}

TEST(Rakowska, TwoMajorCriteriaDiagnose) {
  Trichoscopy frontal;
  frontal.yellow_dots_per_cm2 = 4;
  frontal.thin_share = 0.21;
  frontal.mean_diameter_um = 47;
  frontal.single_hair_unit_share = 0.3;
  frontal.vellus_per_cm2 = 10;
  Trichoscopy occipital;
  occipital.yellow_dots_per_cm2 = 2;
  occipital.thin_share = 0.06;
  occipital.mean_diameter_um = 52;
  occipital.single_hair_unit_share = 0.2;
  occipital.vellus_per_cm2 = 8;
  const RakowskaCriteria r = rakowska_criteria(frontal, occipital, InstrumentSettings{});
  EXPECT_TRUE(r.major_yellow_dots);      // 4 / 2 = 2 > 1.5
  EXPECT_TRUE(r.major_thin_hairs);       // 0.21 > 0.10
  EXPECT_TRUE(r.major_thinner_frontal);  // 47 / 52 = 0.90 < 0.97
  EXPECT_FALSE(r.minor_single_units);    // 0.3 / 0.2 = 1.5, not > 2
  EXPECT_FALSE(r.minor_vellus);          // 10 / 8 = 1.25, not > 1.5
  EXPECT_EQ(r.majors(), 3);
  EXPECT_TRUE(r.met());
}

TEST(Rakowska, OneMajorNeedsTwoMinor) {
  Trichoscopy frontal;
  frontal.thin_share = 0.15;
  frontal.mean_diameter_um = 60;
  frontal.single_hair_unit_share = 0.5;
  frontal.vellus_per_cm2 = 20;
  Trichoscopy occipital = frontal;
  occipital.thin_share = 0.05;
  occipital.single_hair_unit_share = 0.2;
  occipital.vellus_per_cm2 = 10;
  RakowskaCriteria r = rakowska_criteria(frontal, occipital, InstrumentSettings{});
  EXPECT_EQ(r.majors(), 1);
  EXPECT_EQ(r.minors(), 2);  // 2.5 > 2 and 2.0 > 1.5
  EXPECT_TRUE(r.met());
  occipital.vellus_per_cm2 = 15;  // 20 / 15 = 1.33: one minor left
  r = rakowska_criteria(frontal, occipital, InstrumentSettings{});
  EXPECT_FALSE(r.met());
}

}  // namespace
}  // namespace trichosim::measure
