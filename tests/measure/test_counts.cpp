#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <numbers>
#include <vector>

#include "measure/counts.hpp"
#include "measure/measurement_error.hpp"
#include "tests/measure/hand_follicles.hpp"

namespace trichosim::measure {
namespace {

using testing::follicle;

// Five hairs and two empty follicles, chosen so every class boundary is exercised:
//   70 um anagen, grows 300 um/d for 10 more days        -> terminal, grows 900 um in 3 d: anagen
//   50 um anagen, 300 um/d but stops in 0.2 d             -> intermediate, grows 60 um < 100: reads as telogen
//   65 um catagen                                         -> terminal, no growth
//   35 um telogen                                         -> intermediate, no growth
//   25 um anagen, 100 um/d for 5 more days                -> vellus, grows 300 um: anagen
//   one kenogen and one lost follicle                     -> no hair
std::vector<FollicleView> five_hairs() {
  return {follicle(Phase::Anagen, 70, 0, 300, 10),
          follicle(Phase::Anagen, 50, 1, 300, 0.2),
          follicle(Phase::Catagen, 65, 2),
          follicle(Phase::Telogen, 35, 3),
          follicle(Phase::Anagen, 25, 4, 100, 5),
          follicle(Phase::Kenogen, 0, 5),
          follicle(Phase::Lost, 0, 6)};
}

TEST(TargetAreaCount, CountsHairsByDiameterClass) {
  const auto hairs = five_hairs();
  const TargetAreaCount c = count_target_area(hairs, 2.0, InstrumentSettings{});
  EXPECT_DOUBLE_EQ(c.total, 5.0);
  EXPECT_DOUBLE_EQ(c.non_vellus, 4.0);  // all but the 25 um hair
  EXPECT_DOUBLE_EQ(c.terminal, 2.0);    // 70 and 65 um
  EXPECT_DOUBLE_EQ(c.total_per_cm2(), 2.5);
}

TEST(Phototrichogram, HairThatGrewBetweenImagesIsAnagen) {
  const auto hairs = five_hairs();
  const Phototrichogram p = read_phototrichogram(hairs, 1.0, InstrumentSettings{});
  EXPECT_DOUBLE_EQ(p.hairs, 5.0);
  EXPECT_DOUBLE_EQ(p.anagen_percent, 100.0 * 2.0 / 5.0);
  EXPECT_DOUBLE_EQ(p.telogen_percent, 100.0 * 3.0 / 5.0);
  EXPECT_DOUBLE_EQ(p.tv_ratio_30, 4.0 / 1.0);  // < 30 um: the 25 um hair
  EXPECT_DOUBLE_EQ(p.tv_ratio_40, 3.0 / 2.0);  // < 40 um: 25 and 35 um
  EXPECT_DOUBLE_EQ(p.vellus40_percent, 40.0);
  EXPECT_DOUBLE_EQ(p.mean_diameter_um, (70.0 + 50.0 + 65.0 + 35.0 + 25.0) / 5.0);
}

TEST(Phototrichogram, NoVellusGivesInfiniteRatio) {
  const std::vector<FollicleView> hairs = {follicle(Phase::Anagen, 70, 0, 300, 10)};
  EXPECT_EQ(read_phototrichogram(hairs, 1.0, InstrumentSettings{}).tv_ratio_30,
            std::numeric_limits<double>::infinity());
}

TEST(Biopsy, CountsTerminalVellusAndNonGrowingFollicles) {
  const auto hairs = five_hairs();
  const BiopsyCounts b = count_biopsy(hairs, 0.1257, InstrumentSettings{});
  EXPECT_EQ(b.terminal, 4);
  EXPECT_EQ(b.vellus, 1);
  EXPECT_EQ(b.telogen, 2);  // the catagen and the telogen follicle; the stopping anagen one is still anagen
  EXPECT_DOUBLE_EQ(b.tv_ratio, 4.0);
  EXPECT_DOUBLE_EQ(b.telogen_percent, 40.0);
}

TEST(HairMass, CrossSectionAndVolumePerCm2) {
  auto f = follicle(Phase::Anagen, 100);
  f.length_um = 10000;  // 10 mm
  const std::vector<FollicleView> hairs = {f};
  const HairMass m = measure_hair_mass(hairs, 1.0);
  const double section_mm2 = std::numbers::pi * 0.1 * 0.1 / 4.0;
  EXPECT_NEAR(m.hair_mass_index, 100.0 * section_mm2, 1e-12);
  EXPECT_NEAR(m.volume_mm3_per_cm2, section_mm2 * 10.0, 1e-12);
}

TEST(MeasurementError, OffByDefaultAndKeyedWhenOn) {
  EXPECT_EQ(reading_factor(std::nullopt, ErrorQuantity::TargetAreaCount, 0.07), 1.0);
  const ErrorKey a{42, 0, 1, 7};
  const ErrorKey b{42, 0, 1, 8};
  const double fa = reading_factor(a, ErrorQuantity::TargetAreaCount, 0.07);
  EXPECT_EQ(fa, reading_factor(a, ErrorQuantity::TargetAreaCount, 0.07));  // same reading, same key
  EXPECT_NE(fa, reading_factor(b, ErrorQuantity::TargetAreaCount, 0.07));  // another occasion
  const auto hairs = five_hairs();
  const InstrumentSettings s;
  EXPECT_DOUBLE_EQ(count_target_area(hairs, 1.0, s, a).total, 5.0 * fa);
}

TEST(MeasurementError, FactorHasMeanOneAndTheRegistrySpread) {
  // 20,000 occasions; SE of the mean = 0.07 / sqrt(20000) = 5e-4, so 4 SE = 0.002. The SD estimate has relative
  // SE 1/sqrt(2n) = 0.5%, so 0.07 +/- 4 x 0.00035.
  constexpr int kN = 20000;
  double sum = 0.0;
  double sum_sq = 0.0;
  for (int i = 0; i < kN; ++i) {
    const double f =
        reading_factor(ErrorKey{1, 0, 0, static_cast<std::uint32_t>(i)}, ErrorQuantity::TrichoscopyCount, 0.07);
    sum += f;
    sum_sq += f * f;
  }
  const double mean = sum / kN;
  EXPECT_NEAR(mean, 1.0, 0.002);
  EXPECT_NEAR(std::sqrt(sum_sq / kN - mean * mean), 0.07, 0.0014);
}

}  // namespace
}  // namespace trichosim::measure
