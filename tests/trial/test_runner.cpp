#include <gtest/gtest.h>

#include <cmath>

#include "core/input_error.hpp"
#include "tests/trial/small_trial.hpp"
#include "trial/analysis.hpp"
#include "trial/plan.hpp"
#include "trial/runner.hpp"

namespace trichosim::trial {
namespace {

// Two runs of one design that must agree exactly: the same candidates screened, the same patients, every reading
// (NaN readings, after dropout, would compare unequal).
void expect_same_outcome(const TrialOutcome& a, const TrialOutcome& b) {
  ASSERT_EQ(a.screened, b.screened);
  ASSERT_EQ(a.patients.size(), b.patients.size());
  for (std::size_t i = 0; i < a.patients.size(); ++i) {
    EXPECT_EQ(a.patients[i].who.person.id, b.patients[i].who.person.id);
    EXPECT_EQ(a.patients[i].values, b.patients[i].values);
  }
}

TEST(TrialRunner, SameSeedGivesIdenticalNumbersForAnyThreadCount) {
  const TrialDesign d = small_trial();
  const TrialOutcome one = run_trial(d, options(1));
  const TrialOutcome two = run_trial(d, options(2));
  ASSERT_EQ(one.patients.size(), 6U);
  expect_same_outcome(one, two);  // exact: no NaN here (no dropout)
  const TrialAnalysis a = analyse(d, one);
  const TrialAnalysis b = analyse(d, two);
  EXPECT_EQ(a.versus_control[1][0][2].difference, b.versus_control[1][0][2].difference);
  EXPECT_EQ(a.versus_control[1][0][2].p_value, b.versus_control[1][0][2].p_value);
}

TEST(TrialRunner, ForkingOneBurnInIntoTheArmsGivesTheReadingsOfSimulatingEachArmFromTheStart) {
  // The shared burn-in is an optimisation, not a model change: every reading, every arm, is the same number.
  const TrialDesign d = small_trial();
  RunOptions replay = options(2);
  replay.fork_at_baseline = false;
  expect_same_outcome(run_trial(d, options(2)), run_trial(d, replay));
}

TEST(TrialRunner, ArmsShareEachPatientsBaseline) {
  // Common random numbers: patient k is the same person with the same seed in both arms, and nothing has been
  // given before the baseline visit, so every baseline reading is identical across arms.
  const TrialDesign d = small_trial();
  const TrialOutcome o = run_trial(d, options(1));
  for (const auto& p : o.patients) {
    EXPECT_EQ(p.values[0][0][0], p.values[1][0][0]);
    EXPECT_EQ(p.values[0][1][0], p.values[1][1][0]);
    EXPECT_GT(p.values[0][0][0], 0.0);
  }
}

TEST(TrialRunner, TreatmentRaisesTheCountAgainstPlaceboOnTheSamePatients) {
  // With kenogen cut to a fifth and size regained, every treated patient should gain against their own placebo
  // twin by one year (paired, so no tolerance is needed beyond "larger").
  const TrialDesign d = small_trial();
  const TrialOutcome o = run_trial(d, options(2));
  const TrialAnalysis a = analyse(d, o);
  EXPECT_GT(a.versus_control[1][0][2].difference, 0.0);
  for (const auto& p : o.patients) {
    EXPECT_GT(p.values[1][0][2], p.values[0][0][2]);
  }
}

// A counting error multiplies each reading of the endpoint that has one by its own factor: the same in both arms for
// a patient and visit (common random numbers), different between visits, of the registry's size; other endpoints
// and the simulated scalps are untouched, and a zero cv reads exactly.
TEST(TrialRunner, ReadingErrorScalesEachReadingOfItsEndpointAlone) {
  const TrialDesign exact_design = small_trial();
  TrialDesign d = exact_design;
  d.endpoints[0].reading_error = ReadingError::TargetArea;
  d.parameters.set(Param::measure_error_target_area_count_cv, 0.07);
  const TrialOutcome exact = run_trial(exact_design, options(1));
  const TrialOutcome read = run_trial(d, options(1));
  ASSERT_EQ(exact.patients.size(), read.patients.size());
  std::vector<double> factors;
  for (std::size_t i = 0; i < read.patients.size(); ++i) {
    const auto& e = exact.patients[i].values;
    const auto& r = read.patients[i].values;
    EXPECT_EQ(r[0][1], e[0][1]);  // the density endpoint: no counting error
    EXPECT_EQ(r[1][1], e[1][1]);
    for (std::size_t v = 0; v < d.visit_years.size(); ++v) {
      const double f = r[0][0][v] / e[0][0][v];
      EXPECT_DOUBLE_EQ(r[1][0][v] / e[1][0][v], f);  // both arms read the patient with the same error
      factors.push_back(f);
    }
  }
  double sum = 0.0;
  double sum2 = 0.0;
  for (double f : factors) {
    sum += f;
    sum2 += (f - 1.0) * (f - 1.0);
  }
  const double rms = std::sqrt(sum2 / static_cast<double>(factors.size()));
  EXPECT_GT(rms, 0.035);  // 18 factors of SD 0.07: the RMS lies within a factor 2 of it
  EXPECT_LT(rms, 0.14);
  EXPECT_NEAR(sum / static_cast<double>(factors.size()), 1.0, 0.06);
  EXPECT_NE(factors[0], factors[1]);  // each visit its own error

  d.parameters.set(Param::measure_error_target_area_count_cv, 0.0);
  expect_same_outcome(run_trial(d, options(1)), exact);
}

TEST(TrialRunner, ScreeningKeepsOnlyCandidatesInsideTheCriteria) {
  TrialDesign d = small_trial();
  d.inclusion.age_min_years = 24.0;
  d.inclusion.age_max_years = 28.0;
  ScreeningCriterion dense;
  dense.instrument = "nonvellus_per_cm2";
  dense.site = Site{Region::Crown, 0.0};
  dense.min = 150.0;
  d.inclusion.screening = {dense};
  d.endpoints[1].site = dense.site;
  const TrialOutcome o = run_trial(d, options(2));
  EXPECT_GT(o.screened, o.patients.size());  // ages 20-30 drawn, 24-28 kept: some candidates were refused
  for (const auto& p : o.patients) {
    EXPECT_GE(p.who.person.age_years, 24.0);
    EXPECT_LE(p.who.person.age_years, 28.0);
    EXPECT_GE(p.values[0][1][0], 150.0);
  }
}

// Runs `d` simulating part of the scalp where it can and simulating the whole scalp; expects the same enrolment
// and every reading the same.
void expect_part_of_scalp_reads_as_whole(const TrialDesign& d) {
  RunOptions whole = options(2);
  whole.simulate_part_of_scalp = false;
  expect_same_outcome(run_trial(d, options(2)), run_trial(d, whole));
}

TrialDesign screened_on_thin_vertex() {
  // Relative density in the vertex circle reads the circle and an occipital circle of its area, a region's density
  // reads the region.
  TrialDesign d = small_trial();
  ScreeningCriterion thin_vertex{"relative_density", Site{Region::Crown, 5.07}, -1e300, 0.75};
  ScreeningCriterion frontal{"nonvellus_per_cm2", Site{Region::FrontalHairline, 0.0}, 100.0, 1e300};
  d.inclusion.screening = {thin_vertex, frontal};
  d.max_screened_per_enrolled = 20.0;
  return d;
}

TEST(TrialRunner, PatientsSimulatedOnTheUnitsTheTrialReadsReadAsOnTheWholeScalp) {
  // Screening and endpoints read circles, regions and the occiput, and the treatment acts through modifiers: each
  // patient is simulated on those units only.
  const TrialDesign d = screened_on_thin_vertex();
  EXPECT_GT(run_trial(d, options(2)).screened, d.patients() + 2);  // some candidates failed the screening
  expect_part_of_scalp_reads_as_whole(d);
  TrialDesign unscreened = small_trial();
  unscreened.endpoints[1].instrument = "relative_density";
  expect_part_of_scalp_reads_as_whole(unscreened);
}

TEST(TrialRunner, ScreeningOnADensityProxyForAStageSimulatesItsRegionsOnlyAndReadsAsOnTheWholeScalp) {
  // The Norwood proxy compares the frontal hairline, temples and crown with the occiput, the Ludwig proxy the
  // mid-scalp: whatever the site, they read those whole regions, so each patient is simulated on them (and the
  // endpoints' crown) only.
  const InterventionFactory factory = test_factory;
  for (const char* proxy : {"norwood3_proxy", "ludwig1_proxy"}) {
    TrialDesign d = small_trial();
    d.population.predisposition = 1.2;
    d.inclusion.screening = {ScreeningCriterion{proxy, Site{}, -1e300, 50.0}};  // not at the stage: proxy reads 0
    d.max_screened_per_enrolled = 20.0;
    const Plan plan = make_plan(d, factory);
    ASSERT_TRUE(plan.trial_units) << proxy;
    EXPECT_TRUE(plan.trial_units(MapPoint{}, Region::Occipital)) << proxy;
    EXPECT_FALSE(plan.trial_units(MapPoint{}, Region::ParietalLeft)) << proxy;
    EXPECT_GT(run_trial(d, options(2)).screened, d.patients()) << proxy;  // some candidates were at the stage
    expect_part_of_scalp_reads_as_whole(d);
  }
}

TEST(TrialRunner, ScreeningOnPartOfTheScalpThenJoiningTheRestReadsAsOnTheWholeScalp) {
  // A shedding endpoint reads every region: the candidates are screened on the screening's units, and the rest of
  // the scalp is joined for those who pass.
  TrialDesign d = screened_on_thin_vertex();
  EndpointSpec shedding;
  shedding.name = "shedding";
  shedding.instrument = "shed_per_day";
  shedding.site = Site{Region::Crown, 1.0};
  d.endpoints.push_back(shedding);
  expect_part_of_scalp_reads_as_whole(d);
}

TEST(TrialRunner, ShedPerDayAveragesOverTheDesignsSheddingWindow) {
  // Two 60-day windows that tile one 120-day window: the 120-day reading is their mean, patient by patient (the
  // window only decides when the engine's shed tally restarts, not what the follicles do).
  TrialDesign d = small_trial();
  d.sample_fraction = 0.3;
  EndpointSpec shedding;
  shedding.name = "shedding";
  shedding.instrument = "shed_per_day";
  shedding.primary = true;
  d.endpoints = {shedding};
  constexpr double kDaysPerYear = 365.25;
  TrialDesign halves = d;
  halves.visit_years = {0.0, 60.0 / kDaysPerYear, 120.0 / kDaysPerYear};
  halves.duration_years = halves.visit_years.back();
  halves.shedding_window_days = 60.0;
  TrialDesign whole = d;
  whole.visit_years = {0.0, 120.0 / kDaysPerYear};
  whole.duration_years = whole.visit_years.back();
  whole.shedding_window_days = 120.0;
  EXPECT_DOUBLE_EQ(make_plan(halves, test_factory).shed_window_days, 60.0);
  EXPECT_DOUBLE_EQ(make_plan(small_trial(), test_factory).shed_window_days,
                   small_trial().parameters[Param::measure_shedding_window_days]);
  const TrialOutcome a = run_trial(halves, options(2));
  const TrialOutcome b = run_trial(whole, options(2));
  ASSERT_EQ(a.patients.size(), b.patients.size());
  for (std::size_t i = 0; i < a.patients.size(); ++i) {
    for (std::size_t arm = 0; arm < 2; ++arm) {
      const auto& first = a.patients[i].values[arm][0];
      const double sixty_day_mean = (first[1] + first[2]) / 2.0;
      EXPECT_GT(sixty_day_mean, 0.0);
      EXPECT_NEAR(b.patients[i].values[arm][0][1], sixty_day_mean, 1e-9 * sixty_day_mean) << i << " arm " << arm;
    }
  }
}

TEST(TrialRunner, ImpossibleScreeningIsAnInputErrorNamingTheNumbers) {
  TrialDesign d = small_trial();
  d.arms = {Arm{"placebo", {}, 2, 1.0}};
  d.max_screened_per_enrolled = 2.0;
  d.inclusion.screening = {ScreeningCriterion{"density_per_cm2", Site{}, 5000.0, 6000.0}};
  try {
    run_trial(d, options(1));
    FAIL() << "expected an InputError";
  } catch (const InputError& e) {
    EXPECT_STREQ(e.what(),
                 "<test>: screening: only 0 of 2 places filled after screening 4 candidates "
                 "(max_screened_per_enrolled = 2); widen the population or the screening ranges");
  }
}

TEST(TrialRunner, DropoutLeavesLaterVisitsMissing) {
  TrialDesign d = small_trial();
  d.dropout_per_year = 3.0;  // P(still in at 1 y) = exp(-3) = 5 %
  const TrialOutcome o = run_trial(d, options(1));
  std::size_t missing = 0;
  for (const auto& p : o.patients) {
    EXPECT_FALSE(std::isnan(p.values[0][0][0]));  // everyone has a baseline
    for (std::size_t v = 0; v < d.visit_years.size(); ++v) {
      const bool gone = years_to_days(d.visit_years[v]) > p.dropout_day;
      EXPECT_EQ(std::isnan(p.values[1][0][v]), gone);
      missing += gone ? 1U : 0U;
    }
  }
  EXPECT_GT(missing, 0U);
  const TrialAnalysis a = analyse(d, o);
  EXPECT_LT(a.arms[1][0][2].change.n, 6U);
}

TEST(TrialRunner, NonAdherentPatientsGetNoTreatment) {
  TrialDesign d = small_trial();
  d.arms[1].adherence = 0.0;
  const TrialOutcome o = run_trial(d, options(1));
  for (const auto& p : o.patients) {
    EXPECT_EQ(p.values[0][0], p.values[1][0]);  // the "treated" arm is placebo when nobody takes it
  }
}

}  // namespace
}  // namespace trichosim::trial
