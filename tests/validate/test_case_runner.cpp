#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "core/input_error.hpp"
#include "scenario/validation_case.hpp"
#include "tests/validate/small_case.hpp"
#include "trial/runner.hpp"
#include "validate/calibration.hpp"
#include "validate/case_runner.hpp"

namespace trichosim::validate {
namespace {

TEST(CaseRunner, UnknownEventTypesMakeACaseNotRunnableNotAMissOrACrash) {
  std::string text = kSmallNormalCase;
  text.replace(text.find("n = 3"), 5,
               "n = 3\n[[arms.events]]\ntype = \"topical_jak_inhibitor\"\nstart_years = 0\ndose_mg = 1");
  const scenario::ValidationCase c = scenario::parse_validation_case(text, "future_drug_case.toml");
  EXPECT_EQ(not_runnable_reason(c), "not runnable yet (unknown event type topical_jak_inhibitor)");
  const CaseResult r = run_case(c, {});
  ASSERT_EQ(r.targets.size(), 1U);
  EXPECT_FALSE(r.targets[0].runnable);
  EXPECT_FALSE(r.targets[0].within());
  EXPECT_EQ(r.targets[0].reason, "not runnable yet (unknown event type topical_jak_inhibitor)");
}

TEST(CaseRunner, APlaceboArmRunsWhileTheTreatmentArmWaitsForItsPlugIn) {
  std::string text = kSmallNormalCase;
  text.replace(
      text.find("n = 3"), 5,
      "n = 3\n[[arms]]\nname = \"drug\"\nn = 3\n[[arms.events]]\ntype = \"topical_jak_inhibitor\"\nstart_years = 0");
  text += R"toml(
[[targets]]
label = "drug density"
endpoint = "density"
statistic = "mean"
arm = "drug"
visit_years = 0
value = 226
spread = 73
spread_note = "SD"
)toml";
  const CaseResult r = run_case(scenario::parse_validation_case(text, "c.toml"), {});
  ASSERT_EQ(r.targets.size(), 2U);
  EXPECT_TRUE(r.targets[0].runnable);
  EXPECT_TRUE(r.targets[0].simulated.has_value());
  EXPECT_FALSE(r.targets[1].runnable);
  EXPECT_EQ(r.targets[1].reason, "not runnable yet (unknown event type topical_jak_inhibitor)");
}

TEST(CaseRunner, UnknownInstrumentsAndPendingDesignsAreReportedWithTheirReason) {
  std::string text = kSmallNormalCase;
  text.replace(text.find("\"density_per_cm2\""), 17, "\"hair_mass_index\"");
  EXPECT_EQ(not_runnable_reason(scenario::parse_validation_case(text, "c.toml")),
            "not runnable yet (unknown instrument hair_mass_index)");
}

TEST(CaseRunner, ARunnableCaseGivesTheSimulatedNumberAndItsN) {
  const scenario::ValidationCase c = scenario::parse_validation_case(kSmallNormalCase, "normal.toml");
  ASSERT_EQ(not_runnable_reason(c), "");
  const CaseResult r = run_case(c, {});
  ASSERT_EQ(r.targets.size(), 1U);
  const TargetResult& t = r.targets[0];
  EXPECT_TRUE(t.runnable);
  ASSERT_TRUE(t.simulated.has_value());
  EXPECT_EQ(t.simulated_n, 3U);
  EXPECT_EQ(t.unit, "1/cm2");
  // The registry's Caucasian density is the Loussouarn mean; 3 scalps of 10 % of 200 cm² average within 10 %.
  EXPECT_NEAR(*t.simulated, 226.0, 22.6);
}

// sd_change is the SD of one arm's changes from baseline: none at the baseline itself, some half a year on, and more
// when the counts are read with a counting error.
TEST(CaseRunner, SdChangeIsTheSpreadOfTheArmsChanges) {
  std::string text = kSmallNormalCase;
  const std::string target = text.substr(text.find("[[targets]]"));
  auto sd_target = [&](const std::string& visit) {
    std::string t = target;
    t.replace(t.find("statistic = \"mean\""), 18, "statistic = \"sd_change\"");
    t.replace(t.find("visit_years = 0"), 15, "visit_years = " + visit);
    t.replace(t.find("whole-scalp density"), 19, "sd at " + visit);
    return t;
  };
  text += sd_target("0") + sd_target("0.5");
  const CaseResult exact = run_case(scenario::parse_validation_case(text, "sd.toml"), {});
  ASSERT_EQ(exact.targets.size(), 3U);
  EXPECT_EQ(exact.targets[1].statistic, "sd_change");
  EXPECT_EQ(*exact.targets[1].simulated, 0.0);
  EXPECT_EQ(exact.targets[2].simulated_n, 3U);
  EXPECT_GT(*exact.targets[2].simulated, 0.0);

  std::string with_error = text;
  with_error.replace(with_error.find("[design]\n"), 9, "[design]\nreading_error = \"target_area\"\n");
  const CaseResult read = run_case(scenario::parse_validation_case(with_error, "sd.toml"), {});
  // Whole-scalp densities of ~226 /cm2: a 7 % counting error (SD ~16 /cm2 per reading) swamps half a year's change
  // of a normal scalp.
  EXPECT_GT(*read.targets[2].simulated, 4.0 * *exact.targets[2].simulated);  // 19.3 against 2.0 here
}

TEST(CaseRunner, AScreeningShortfallThrowsUnlessCalibrationAsksForAMissingNumber) {
  // No normal scalp has 10,000 hairs per cm2: no candidate passes.
  std::string text = kSmallNormalCase;
  text.replace(text.find("[design]"), 8,
               "[[screening]]\ninstrument = \"density_per_cm2\"\nsite = \"whole_scalp\"\nmin = 10000\n[design]");
  const scenario::ValidationCase c = scenario::parse_validation_case(text, "dense.toml");
  EXPECT_THROW(run_case(c, {}), trial::ScreeningShortfall);
  CaseOptions calibrating;
  calibrating.shortfall_as_missing = true;
  const CaseResult r = run_case(c, calibrating);
  ASSERT_EQ(r.targets.size(), 1U);
  EXPECT_TRUE(r.targets[0].runnable);
  EXPECT_FALSE(r.targets[0].simulated.has_value());
  EXPECT_FALSE(r.targets[0].within());
  EXPECT_NE(r.targets[0].reason.find("screening: only 0 of 3 places filled"), std::string::npos) << r.targets[0].reason;
  EXPECT_EQ(misfit({r}), kMissingPenalty);
}

TEST(CaseRunner, CalibrationValuesOverrideTheRegistry) {
  const scenario::ValidationCase c = scenario::parse_validation_case(kSmallNormalCase, "normal.toml");
  CaseOptions o;
  o.parameter_values = {{Param::scalp_hair_density_caucasian, 150.0}};
  const CaseResult r = run_case(c, o);
  EXPECT_NEAR(*r.targets[0].simulated, 150.0, 15.0);
}

// The offset moves every case onto other virtual patients; 0 is the case as written, and any offset is reproducible.
TEST(CaseRunner, ASeedOffsetDrawsOtherPatientsAndZeroRunsTheCaseAsWritten) {
  const scenario::ValidationCase c = scenario::parse_validation_case(kSmallNormalCase, "normal.toml");
  const double as_written = *run_case(c, {}).targets[0].simulated;
  CaseOptions o;
  o.seed_offset = 0;
  EXPECT_EQ(*run_case(c, o).targets[0].simulated, as_written);
  o.seed_offset = 1;
  const double other = *run_case(c, o).targets[0].simulated;
  EXPECT_NE(other, as_written);
  EXPECT_EQ(*run_case(c, o).targets[0].simulated, other);
  EXPECT_NEAR(other, 226.0, 22.6);  // other patients, the same registry
}

// A scale of K runs the design with K times every arm's N: the same as the case written with that N.
TEST(CaseRunner, APatientsScaleRunsTheCaseWithThatManyTimesItsPatients) {
  const scenario::ValidationCase c = scenario::parse_validation_case(kSmallNormalCase, "normal.toml");
  std::string six = kSmallNormalCase;
  six.replace(six.find("n = 3"), 5, "n = 6");
  const CaseResult written = run_case(scenario::parse_validation_case(six, "normal.toml"), {});
  CaseOptions o;
  o.patients_scale = 2;
  const CaseResult scaled = run_case(c, o);
  EXPECT_EQ(scaled.patients, 6U);
  EXPECT_EQ(scaled.targets[0].simulated_n, 6U);
  EXPECT_EQ(*scaled.targets[0].simulated, *written.targets[0].simulated);
  EXPECT_NE(*scaled.targets[0].simulated, *run_case(c, {}).targets[0].simulated);
  for (std::size_t bad : {std::size_t{0}, scenario::kMaxPatientsScale + 1}) {
    o.patients_scale = bad;
    try {
      run_case(c, o);
      FAIL() << bad;
    } catch (const InputError& e) {
      EXPECT_EQ(std::string(e.what()), "patients_scale = " + std::to_string(bad) + ": allowed range is 1 to 20");
    }
  }
}

TEST(CaseRunner, RunCasesKeepsTheOrderAndReportsProgressOverTheWholeList) {
  const std::vector<scenario::ValidationCase> cases = {
      scenario::parse_validation_case(kSmallNormalCase, "first.toml"),
      scenario::parse_validation_case(kSmallNormalCase, "second.toml")};
  std::vector<double> heard;
  const std::vector<CaseResult> r = run_cases(cases, {}, [&heard](double f) { heard.push_back(f); });
  ASSERT_EQ(r.size(), 2U);
  EXPECT_EQ(r[0].id, "first");
  EXPECT_EQ(r[1].id, "second");
  ASSERT_FALSE(heard.empty());
  EXPECT_TRUE(std::is_sorted(heard.begin(), heard.end()));
  EXPECT_DOUBLE_EQ(heard.back(), 1.0);
  EXPECT_NE(std::find(heard.begin(), heard.end(), 0.5), heard.end());  // the first case's end
  EXPECT_EQ(*run_cases(cases, {})[1].targets[0].simulated, *r[1].targets[0].simulated);
}

TEST(ValidationSuite, EveryShippedCaseParses) {
  const auto files = scenario::list_validation_cases(std::filesystem::path(TRICHOSIM_SOURCE_DIR) / "data/validation");
  std::size_t targets = 0;
  for (const auto& f : files) {
    SCOPED_TRACE(f.string());
    const scenario::ValidationCase c = scenario::load_validation_case(f);
    targets += c.targets.size();
  }
  EXPECT_GE(targets, 40U);
}

// A case whose events a plug-in refuses would be dropped from the table as a "case file error"; the shipped cases
// must all be accepted, so such an error fails here rather than silently shrinking the validation.
TEST(ValidationSuite, EveryShippedCaseIsAcceptedByThePlugIns) {
  const auto files = scenario::list_validation_cases(std::filesystem::path(TRICHOSIM_SOURCE_DIR) / "data/validation");
  for (const auto& f : files) {
    SCOPED_TRACE(f.string());
    const scenario::ValidationCase c = scenario::load_validation_case(f);
    if (c.design && not_runnable_reason(c).empty()) {
      EXPECT_NO_THROW(trial::check_interventions(*c.design, trial::registry_interventions));
    }
  }
}

}  // namespace
}  // namespace trichosim::validate
