#include <gtest/gtest.h>

#include <cmath>

#include "core/input_error.hpp"
#include "tests/trial/small_trial.hpp"
#include "trial/analysis.hpp"
#include "trial/streaming.hpp"

namespace trichosim::trial {
namespace {

// Bit-for-bit equality, NaN equal to NaN (missing numbers).
bool same(double a, double b) { return (std::isnan(a) && std::isnan(b)) || a == b; }

void expect_same(const SampleSummary& a, const SampleSummary& b) {
  EXPECT_EQ(a.n, b.n);
  EXPECT_TRUE(same(a.mean, b.mean)) << a.mean << " vs " << b.mean;
  EXPECT_TRUE(same(a.sd, b.sd)) << a.sd << " vs " << b.sd;
  EXPECT_TRUE(same(a.ci_low, b.ci_low));
  EXPECT_TRUE(same(a.ci_high, b.ci_high));
}

void expect_same(const TrialAnalysis& a, const TrialAnalysis& b) {
  ASSERT_EQ(a.arms.size(), b.arms.size());
  for (std::size_t k = 0; k < a.arms.size(); ++k) {
    for (std::size_t e = 0; e < a.arms[k].size(); ++e) {
      for (std::size_t v = 0; v < a.arms[k][e].size(); ++v) {
        expect_same(a.arms[k][e][v].value, b.arms[k][e][v].value);
        expect_same(a.arms[k][e][v].change, b.arms[k][e][v].change);
        expect_same(a.arms[k][e][v].percent_change, b.arms[k][e][v].percent_change);
        for (std::size_t r = 0; r < a.arms[k][e][v].responders.size(); ++r) {
          EXPECT_EQ(a.arms[k][e][v].responders[r].successes, b.arms[k][e][v].responders[r].successes);
        }
        if (!a.versus_control[k].empty()) {
          EXPECT_TRUE(same(a.versus_control[k][e][v].difference, b.versus_control[k][e][v].difference));
          EXPECT_TRUE(same(a.versus_control[k][e][v].p_value, b.versus_control[k][e][v].p_value));
        }
      }
    }
  }
}

TEST(TrialStreaming, AnyChunkSizeGivesTheInMemoryAnalysisBitForBit) {
  // The MPI runs cut the candidates into chunks of a size that depends on the rank count; the fold in candidate
  // order must make the chunking invisible. Dropout leaves NaN readings, screening refuses candidates.
  TrialDesign d = small_trial();
  d.dropout_per_year = 0.7;
  d.inclusion.age_min_years = 22.0;
  const TrialAnalysis reference = analyse(d, run_trial(d, options(1)));
  const TrialOutcome kept = run_trial(d, options(1));
  for (std::size_t chunk : {1U, 4U, 7U, 64U}) {
    const StreamedTrial s = run_trial_streaming(d, options(2), chunk);
    EXPECT_EQ(s.facts.screened, kept.screened) << "chunk " << chunk;
    EXPECT_EQ(s.facts.enrolled, 6U);
    expect_same(s.analysis, reference);
  }
}

TEST(TrialStreaming, UnequalArmsCountOnlyTheirOwnPatients) {
  TrialDesign d = small_trial();
  d.arms[1].n = 3;  // arm "treated" holds patients 0-2 only
  const StreamedTrial s = run_trial_streaming(d, options(2), 2);
  EXPECT_EQ(s.analysis.arms[0][0][0].value.n, 6U);
  EXPECT_EQ(s.analysis.arms[1][0][0].value.n, 3U);
  expect_same(s.analysis, analyse(d, run_trial(d, options(1))));
}

TEST(TrialStreaming, RecordsDoNotDependOnWhereACandidateFallsInAChunk) {
  const TrialDesign d = small_trial();
  std::vector<double> whole;
  std::vector<double> tail;
  simulate_candidates(d, options(2), 0, 5, whole);
  simulate_candidates(d, options(1), 3, 2, tail);
  const std::size_t w = candidate_record_size(d);
  ASSERT_EQ(w, 1U + 2U * 2U * 3U);
  ASSERT_EQ(tail.size(), 2 * w);
  for (std::size_t i = 0; i < tail.size(); ++i) {
    EXPECT_TRUE(same(tail[i], whole[3 * w + i])) << i;
  }
}

TEST(TrialStreaming, ShortfallIsTheSameInputErrorAsTheInMemoryRun) {
  TrialDesign d = small_trial();
  d.arms = {Arm{"placebo", {}, 2, 1.0}};
  d.max_screened_per_enrolled = 2.0;
  d.inclusion.screening = {ScreeningCriterion{"density_per_cm2", Site{}, 5000.0, 6000.0}};
  try {
    run_trial_streaming(d, options(1), 3);
    FAIL() << "expected an InputError";
  } catch (const InputError& e) {
    EXPECT_STREQ(e.what(),
                 "<test>: screening: only 0 of 2 places filled after screening 4 candidates "
                 "(max_screened_per_enrolled = 2); widen the population or the screening ranges");
  }
}

TEST(TrialStreaming, MomentsMatchTheTwoPassFormulaOnAHandCase) {
  // {2, 4, 4, 4, 5, 5, 7, 9}: mean 5, sum of squared deviations 32 (the textbook example), variance 32/7.
  Moments m;
  for (double x : {2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0}) {
    m.add(x);
  }
  EXPECT_EQ(m.n, 8U);
  EXPECT_DOUBLE_EQ(m.mean, 5.0);
  EXPECT_DOUBLE_EQ(m.m2, 32.0);
  EXPECT_NEAR(summarise(m).sd, std::sqrt(32.0 / 7.0), 1e-15);
}

}  // namespace
}  // namespace trichosim::trial
