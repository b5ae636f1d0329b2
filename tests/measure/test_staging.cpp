#include <gtest/gtest.h>

#include <algorithm>
#include <utility>
#include <vector>

#include "measure/staging.hpp"

namespace trichosim::measure {
namespace {

bool decided_by(const Stage& s, Region r) {
  return std::find(s.deciding.begin(), s.deciding.end(), r) != s.deciding.end();
}

// Default thresholds: thinning 0.5, bald 0.25, recession II/III/IV/Va = 10/25/40/80 mm, A when midline >= 0.8 x
// temples, vertex from 5 cm2 of crown thinning.
const StagingThresholds kT;

TEST(Norwood, FullHairIsStageOne) { EXPECT_EQ(norwood_stage(PatternReading{}, kT).label, "I"); }

TEST(Norwood, TempleRecessionGivesTwoThenThree) {
  PatternReading r;
  r.temple_recession_mm = 12;
  r.midline_recession_mm = 3;
  EXPECT_EQ(norwood_stage(r, kT).label, "II");
  r.temple_recession_mm = 30;
  const Stage s = norwood_stage(r, kT);
  EXPECT_EQ(s.label, "III");
  EXPECT_TRUE(decided_by(s, Region::FrontalHairline));
}

TEST(Norwood, WholeFrontRecedingIsTheAnteriorSeries) {
  PatternReading r;
  r.temple_recession_mm = 30;
  r.midline_recession_mm = 28;  // >= 0.8 x 30
  EXPECT_EQ(norwood_stage(r, kT).label, "IIIa");
  r.midline_recession_mm = 90;
  EXPECT_EQ(norwood_stage(r, kT).label, "Va");
}

TEST(Norwood, CrownThinningGivesTheVertexTypes) {
  PatternReading r;
  r.temple_recession_mm = 12;
  r.crown_thinning_cm2 = 10;
  Stage s = norwood_stage(r, kT);
  EXPECT_EQ(s.label, "III vertex");
  EXPECT_TRUE(decided_by(s, Region::Crown));
  r.temple_recession_mm = 45;
  r.mid_scalp_ratio = 0.7;
  EXPECT_EQ(norwood_stage(r, kT).label, "IV");
  r.mid_scalp_ratio = 0.4;
  EXPECT_EQ(norwood_stage(r, kT).label, "V");
  r.mid_scalp_ratio = 0.2;
  s = norwood_stage(r, kT);
  EXPECT_EQ(s.label, "VI");
  EXPECT_TRUE(decided_by(s, Region::MidScalp));
  r.parietal_ratio = 0.4;
  s = norwood_stage(r, kT);
  EXPECT_EQ(s.label, "VII");
  EXPECT_TRUE(decided_by(s, Region::ParietalLeft));
}

TEST(Norwood, RanksFollowTheSequence) {
  PatternReading r;
  const int one = norwood_stage(r, kT).rank;
  r.temple_recession_mm = 30;
  const int three = norwood_stage(r, kT).rank;
  r.crown_thinning_cm2 = 10;
  r.temple_recession_mm = 45;
  const int four = norwood_stage(r, kT).rank;
  EXPECT_LT(one, three);
  EXPECT_LT(three, four);
}

TEST(Norwood, GradesGroupTheVariantsWithTheirType) {
  const std::vector<std::pair<const char*, int>> expected = {{"I", 1},    {"II", 2},         {"IIa", 2}, {"III", 3},
                                                             {"IIIa", 3}, {"III vertex", 3}, {"IV", 4},  {"IVa", 4},
                                                             {"V", 5},    {"Va", 5},         {"VI", 6},  {"VII", 7}};
  for (const auto& [label, grade] : expected) {
    EXPECT_EQ(norwood_grade(norwood_rank(label)), grade) << label;
  }
  EXPECT_EQ(norwood_grade(-1), -1);
  EXPECT_EQ(norwood_grade(12), -1);
}

TEST(Ludwig, GradesFromMidScalpDensity) {
  PatternReading r;
  const double fractions[] = {0.8, 0.6, 0.4, 0.1};
  const char* labels[] = {"none", "I", "II", "III"};
  for (int k = 0; k < 4; ++k) {
    r.mid_scalp_ratio = fractions[k];
    const Stage s = ludwig_stage(r, kT);
    EXPECT_EQ(s.label, labels[k]);
    EXPECT_EQ(s.rank, k);
    EXPECT_TRUE(decided_by(s, Region::MidScalp));
  }
}

TEST(Sinclair, GradesOneToFive) {
  PatternReading r;
  const double fractions[] = {0.9, 0.8, 0.6, 0.45, 0.2};
  for (int k = 0; k < 5; ++k) {
    r.mid_scalp_ratio = fractions[k];
    const Stage s = sinclair_stage(r, kT);
    EXPECT_EQ(s.label, std::to_string(k + 1));
    EXPECT_EQ(sinclair_grade(s.rank), k + 1);  // the grade trials average, from the rank
  }
  EXPECT_EQ(sinclair_grade(-1), -1);
  EXPECT_EQ(sinclair_grade(5), -1);
}

}  // namespace
}  // namespace trichosim::measure
