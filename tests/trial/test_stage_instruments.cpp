// The stage instruments (norwood_stage, norwood_grade, ludwig_stage, sinclair_grade, norwood3, ludwig1): a trial
// reads measure/'s classifier on each patient's own scalp, against that patient's pre-androgen density map.
#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "core/simulation.hpp"
#include "measure/assessment.hpp"
#include "tests/trial/small_trial.hpp"
#include "trial/endpoints.hpp"

namespace trichosim::trial {
namespace {

EndpointSpec whole_scalp(const char* instrument) {
  EndpointSpec e;
  e.name = instrument;
  e.instrument = instrument;
  return e;
}

TrialDesign staged_trial() {
  TrialDesign d = small_trial();
  d.sample_fraction = 1.0;  // the classifier reads a density map: every follicle
  d.population.age_min_years = 35.0;
  d.population.age_max_years = 60.0;
  d.endpoints = {whole_scalp("norwood_stage"), whole_scalp("norwood3"),      whole_scalp("ludwig_stage"),
                 whole_scalp("ludwig1"),       whole_scalp("norwood_grade"), whole_scalp("sinclair_grade")};
  return d;
}

TEST(StageInstruments, ReadTheClassifierOnEachPatientsScalpAgainstTheirOwnPreAndrogenMap) {
  const TrialDesign d = staged_trial();
  const TrialOutcome o = run_trial(d, options(2));
  ASSERT_EQ(o.patients.size(), 6U);
  const double window = d.parameters[Param::measure_shedding_window_days];
  int staged_iii = 0;
  int thinned_mid_scalp = 0;
  for (const auto& p : o.patients) {
    // The baseline visit by hand: the classifier's reference made at the burn-in start, the scalp read at day 0.
    Simulation sim(p.who.person, d.parameters, SimulationOptions{d.seed, 1, d.sample_fraction});
    const measure::Assessor assessor(sim);
    sim.burn_in_to(0.0, window);
    const measure::Assessment a = assessor.stage(sim);
    for (std::size_t arm = 0; arm < 2; ++arm) {
      EXPECT_EQ(p.values[arm][0][0], a.norwood.rank);
      EXPECT_EQ(p.values[arm][1][0], a.norwood.rank >= 3 ? 100.0 : 0.0);
      EXPECT_EQ(p.values[arm][2][0], a.ludwig.rank);
      EXPECT_EQ(p.values[arm][3][0], a.ludwig.rank >= 1 ? 100.0 : 0.0);
      EXPECT_EQ(p.values[arm][4][0], measure::norwood_grade(a.norwood.rank));
      EXPECT_EQ(p.values[arm][5][0], std::stoi(a.sinclair.label));  // the grade, 1-5, not its rank
    }
    staged_iii += a.norwood.rank >= 3 ? 1 : 0;
    thinned_mid_scalp += a.sinclair.rank >= 1 ? 1 : 0;
  }
  // Men of 35-60 with a strong family history: not all at stage I or Sinclair 1 (the checks above would hold
  // trivially).
  EXPECT_GT(staged_iii, 0);
  EXPECT_GT(thinned_mid_scalp, 0);
}

TEST(StageInstruments, AStageScreeningCriterionIsReadWithoutStageEndpoints) {
  // Men staged Va or beyond enter; the endpoints count hairs only, so only the screening reading is staged (a
  // criterion read without stages would be NaN and refuse everyone). Men of 20-60, so that some are below Va.
  TrialDesign d = staged_trial();
  d.population.age_min_years = 20.0;
  d.endpoints = {small_trial().endpoints.front()};
  d.inclusion.screening = {ScreeningCriterion{"norwood_stage", Site{}, 9.0, 11.0}};
  const TrialOutcome o = run_trial(d, options(2));
  ASSERT_EQ(o.patients.size(), 6U);
  const double window = d.parameters[Param::measure_shedding_window_days];
  for (const auto& p : o.patients) {
    Simulation sim(p.who.person, d.parameters, SimulationOptions{d.seed, 1, d.sample_fraction});
    const measure::Assessor assessor(sim);
    sim.burn_in_to(0.0, window);
    EXPECT_GE(assessor.stage(sim).norwood.rank, 9);
  }
  EXPECT_GT(o.screened, o.patients.size());  // someone below Va was turned away
}

TEST(StageInstruments, AReadingWithoutStagesGivesNaNNotAStage) {
  const ScalpReading unstaged;
  for (const char* name : {"norwood_stage", "norwood_grade", "norwood3", "ludwig_stage", "ludwig1", "sinclair_grade"}) {
    const Endpoint* e = find_endpoint(name);
    ASSERT_NE(e, nullptr) << name;
    EXPECT_TRUE(e->needs_stages) << name;
    EXPECT_TRUE(std::isnan(e->value(Site{}, unstaged.regions[0], unstaged, Parameters{}))) << name;
  }
  EXPECT_FALSE(find_endpoint("norwood3_proxy")->needs_stages);
}

}  // namespace
}  // namespace trichosim::trial
