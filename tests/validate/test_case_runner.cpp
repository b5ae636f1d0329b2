#include <gtest/gtest.h>

#include <filesystem>

#include "scenario/validation_case.hpp"
#include "tests/validate/small_case.hpp"
#include "validate/case_runner.hpp"

namespace trichosim::validate {
namespace {

// A normal 25-year-old scalp, small enough to run in a unit test (tests/validate/small_case.hpp).
const std::string kRunnable = kSmallNormalCase;

TEST(CaseRunner, UnknownEventTypesMakeACaseNotRunnableNotAMissOrACrash) {
  std::string text = kRunnable;
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
  std::string text = kRunnable;
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
  std::string text = kRunnable;
  text.replace(text.find("\"density_per_cm2\""), 17, "\"hair_mass_index\"");
  EXPECT_EQ(not_runnable_reason(scenario::parse_validation_case(text, "c.toml")),
            "not runnable yet (unknown instrument hair_mass_index)");
}

TEST(CaseRunner, ARunnableCaseGivesTheSimulatedNumberAndItsN) {
  const scenario::ValidationCase c = scenario::parse_validation_case(kRunnable, "normal.toml");
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

TEST(CaseRunner, CalibrationValuesOverrideTheRegistry) {
  const scenario::ValidationCase c = scenario::parse_validation_case(kRunnable, "normal.toml");
  CaseOptions o;
  o.parameter_values = {{Param::scalp_hair_density_caucasian, 150.0}};
  const CaseResult r = run_case(c, o);
  EXPECT_NEAR(*r.targets[0].simulated, 150.0, 15.0);
}

// The offset moves every case onto other virtual patients; 0 is the case as written, and any offset is reproducible.
TEST(CaseRunner, ASeedOffsetDrawsOtherPatientsAndZeroRunsTheCaseAsWritten) {
  const scenario::ValidationCase c = scenario::parse_validation_case(kRunnable, "normal.toml");
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
