#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>

#include "core/input_error.hpp"
#include "scenario/calibration_spec.hpp"
#include "scenario/validation_case.hpp"
#include "tests/validate/small_case.hpp"
#include "validate/calibration.hpp"
#include "validate/optimiser.hpp"
#include "validate/registry_writer.hpp"

namespace trichosim::validate {
namespace {

// Rosenbrock's valley, minimum 0 at (1, 1): a standard test of derivative-free optimisers.
double rosenbrock(const std::vector<double>& x) {
  const double a = 1.0 - x[0];
  const double b = x[1] - x[0] * x[0];
  return a * a + 100.0 * b * b;
}

TEST(Optimiser, BobyqaFindsTheMinimumOfAShiftedQuadratic) {
  // f = (x - 0.3)² + 4 (y + 1.2)²: minimum 0 at (0.3, -1.2), inside the bounds.
  Problem p{
      [](const std::vector<double>& x) { return (x[0] - 0.3) * (x[0] - 0.3) + 4.0 * (x[1] + 1.2) * (x[1] + 1.2); },
      {1.0, 1.0},
      {-2.0, -2.0},
      {2.0, 2.0}};
  const Minimum m = minimise(p, Algorithm::Bobyqa, 200, 1e-8);
  EXPECT_NEAR(m.x[0], 0.3, 1e-4);
  EXPECT_NEAR(m.x[1], -1.2, 1e-4);
  EXPECT_LT(m.value, 1e-8);
  EXPECT_GT(m.evaluations, 0);
}

TEST(Optimiser, NelderMeadSolvesRosenbrockAndRespectsBounds) {
  Problem free{rosenbrock, {-1.2, 1.0}, {-3.0, -3.0}, {3.0, 3.0}};
  const Minimum m = minimise(free, Algorithm::NelderMead, 2000, 1e-10);
  EXPECT_NEAR(m.x[0], 1.0, 1e-3);
  EXPECT_NEAR(m.x[1], 1.0, 2e-3);
  // With the upper bound of x at 0.5 the constrained minimum lies on the bound.
  Problem bounded{rosenbrock, {-1.2, 1.0}, {-3.0, -3.0}, {0.5, 3.0}};
  const Minimum b = minimise(bounded, Algorithm::Bobyqa, 2000, 1e-10);
  EXPECT_LE(b.x[0], 0.5);
  EXPECT_NEAR(b.x[0], 0.5, 1e-4);
  EXPECT_NEAR(b.x[1], 0.25, 1e-3);  // y = x² on the valley floor
}

TEST(Optimiser, AnExceptionFromTheObjectiveComesOutAsThrownNotAsABareNloptFailure) {
  // NLopt's C++ wrapper would turn it into std::runtime_error("nlopt failure"), and the user would lose the reason.
  int calls = 0;
  Problem p{[&calls](const std::vector<double>& x) {
              if (++calls == 3) {
                throw InputError("case.toml: screening: only 2 of 60 places filled");
              }
              return x[0] * x[0];
            },
            {1.0},
            {-2.0},
            {2.0}};
  try {
    minimise(p, Algorithm::Bobyqa, 50, 1e-8);
    FAIL() << "expected the objective's InputError";
  } catch (const InputError& e) {
    EXPECT_STREQ(e.what(), "case.toml: screening: only 2 of 60 places filled");
  }
  EXPECT_EQ(calls, 3);  // the search stopped at the throw
}

const std::string kRegistry =
    "# header kept\n"
    "[a.b]\n"
    "value = 1.5\n"
    "unit = \"1\"\n"
    "range = [0, 10]\n"
    "fitted = \"Fitted to X\"\n"
    "\n"
    "[c.d]\n"
    "value = 2\n"
    "unit = \"1\"\n"
    "assumption = \"a guess\"\n";

TEST(RegistryWriter, ReplacesOnlyTheValueAndNamesTheTargets) {
  const std::string out = with_fitted_values(kRegistry, {{"a.b", 2.25}}, "calibrate to rhodes_1998");
  EXPECT_EQ(out,
            "# header kept\n"
            "[a.b]\n"
            "value = 2.25\n"
            "unit = \"1\"\n"
            "range = [0, 10]\n"
            "fitted = \"Fitted to X; last calibrated: calibrate to rhodes_1998\"\n"
            "\n"
            "[c.d]\n"
            "value = 2\n"
            "unit = \"1\"\n"
            "assumption = \"a guess\"\n");
  // A second calibration replaces the note rather than appending another.
  const std::string again = with_fitted_values(out, {{"a.b", 3.0}}, "second");
  EXPECT_NE(again.find("fitted = \"Fitted to X; last calibrated: second\"\n"), std::string::npos);
  EXPECT_NE(again.find("value = 3\n"), std::string::npos);
}

TEST(RegistryWriter, RefusesEntriesNotMarkedFitted) {
  try {
    with_fitted_values(kRegistry, {{"c.d", 1.0}}, "x");
    FAIL();
  } catch (const InputError& e) {
    EXPECT_STREQ(e.what(), "data/parameters.toml: [c.d]: not marked fitted; only fitted entries may be calibrated");
  }
}

TEST(CalibrationSpec, OnlyFittedRegistryEntriesMayBeCalibrated) {
  const std::string text = R"toml(
format = "trichosim-calibration/1"
fit = ["rhodes_1998"]
[[parameters]]
key = "cohort.liability_heritability"
)toml";
  try {
    scenario::parse_calibration_spec(text, "cal.toml");
    FAIL();
  } catch (const InputError& e) {
    EXPECT_STREQ(e.what(),
                 "cal.toml: parameters[0].key = \"cohort.liability_heritability\": only registry entries marked fitted "
                 "may be calibrated (this one is source; calibrate --explore fits it without writing)");
  }
  // An exploration may free it (calibrate --explore, which refuses --write).
  const auto explored = scenario::parse_calibration_spec(text, "cal.toml", scenario::FreeEntries::Any);
  ASSERT_EQ(explored.parameters.size(), 1U);
  EXPECT_EQ(param_info(explored.parameters[0]).key, "cohort.liability_heritability");
}

TEST(CalibrationSpec, PatientsScaleIsReadAndBoundedByName) {
  std::string text = R"toml(
format = "trichosim-calibration/1"
fit = ["rhodes_1998"]
patients_scale = 4
[[parameters]]
key = "cohort.predisposition_liability_shift"
)toml";
  EXPECT_EQ(scenario::parse_calibration_spec(text, "cal.toml").patients_scale, 4U);
  text.replace(text.find("patients_scale = 4"), 18, "patients_scale = 21");
  try {
    scenario::parse_calibration_spec(text, "cal.toml");
    FAIL();
  } catch (const InputError& e) {
    EXPECT_STREQ(e.what(), "cal.toml: patients_scale = 21: must be a whole number from 1 to 20");
  }
}

TEST(CalibrationSpec, TheShippedCalibrationParses) {
  const auto c = scenario::load_calibration_spec(std::string(TRICHOSIM_SOURCE_DIR) + "/data/calibration.toml");
  EXPECT_EQ(c.parameters.size(), 4U);
  EXPECT_FALSE(c.fit.empty());
  EXPECT_FALSE(c.held_out.empty());
}

// Each shipped calibration (data/calibration*.toml) fits entries marked fitted and keeps its fit and held-out
// cases apart.
TEST(CalibrationSpec, EveryShippedCalibrationParsesAndHoldsSomethingOut) {
  std::size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(std::string(TRICHOSIM_SOURCE_DIR) + "/data")) {
    const std::string name = entry.path().filename().string();
    if (!name.starts_with("calibration") || entry.path().extension() != ".toml") {
      continue;
    }
    ++files;
    SCOPED_TRACE(name);
    const auto c = scenario::load_calibration_spec(entry.path());
    EXPECT_FALSE(c.parameters.empty());
    EXPECT_FALSE(c.held_out.empty());
    for (const auto& f : c.fit) {
      EXPECT_EQ(std::find(c.held_out.begin(), c.held_out.end(), f), c.held_out.end()) << f;
    }
  }
  EXPECT_GE(files, 6U);
}

// A small fit of the vellus share to a normal scalp's thin-hair share (Rakowska 2009 controls, 6.15 ± 4.6 %), cheap
// enough for a unit test: the small normal case with its endpoint and target swapped.
std::string thin_hair_case() {
  std::string text = kSmallNormalCase;
  auto swap = [&text](const std::string& from, const std::string& to) {
    text.replace(text.find(from), from.size(), to);
  };
  swap("\"density_per_cm2\"", "\"vellus_percent\"");
  swap("value = 226", "value = 6.15");
  swap("spread = 73", "spread = 4.6");
  return text;
}

scenario::CalibrationSpec thin_hair_spec() {
  return scenario::parse_calibration_spec(R"toml(
format = "trichosim-calibration/1"
fit = ["thin"]
max_evaluations = 4
[[parameters]]
key = "scalp.vellus_follicle_fraction"
lower = 0.02
upper = 0.3
)toml",
                                          "cal.toml");
}

TEST(Calibration, NoiseSeedsRerunTheFitOnOtherPatientsAndMarkSensitivitiesWithinTheirSpread) {
  const std::vector<scenario::ValidationCase> fit = {scenario::parse_validation_case(thin_hair_case(), "thin.toml")};
  const CalibrationResult r = calibrate(thin_hair_spec(), fit, {}, CaseOptions{}, {}, 3);
  ASSERT_EQ(r.seed_objectives.size(), 4U);
  EXPECT_DOUBLE_EQ(r.seed_objectives[0], r.objective);  // offset 0 is the fit itself
  EXPECT_GT(r.seed_spread(), 0.0);                      // three scalps of other persons misfit differently
  ASSERT_EQ(r.sensitivity.size(), 1U);
  const double change =
      std::max(std::abs(r.sensitivity[0].first - r.objective), std::abs(r.sensitivity[0].second - r.objective));
  EXPECT_EQ(r.beyond_noise(0), change > 2.0 * r.seed_spread());

  const CalibrationResult plain = calibrate(thin_hair_spec(), fit, {}, CaseOptions{});
  EXPECT_TRUE(plain.seed_objectives.empty());
  EXPECT_EQ(plain.seed_spread(), 0.0);
  EXPECT_TRUE(plain.beyond_noise(0));  // no yardstick: nothing is called noise
  EXPECT_EQ(plain.fitted, r.fitted);   // the seeds do not change the fit
}

// The file's patients_scale runs every fit and held-out case with that many times its patients.
TEST(Calibration, ThePatientsScaleEnlargesEveryCaseTheFitRuns) {
  const std::vector<scenario::ValidationCase> fit = {scenario::parse_validation_case(thin_hair_case(), "thin.toml")};
  const std::vector<scenario::ValidationCase> held_out = {
      scenario::parse_validation_case(kSmallNormalCase, "normal.toml")};
  scenario::CalibrationSpec spec = thin_hair_spec();
  spec.max_evaluations = 1;
  spec.patients_scale = 2;
  const CalibrationResult r = calibrate(spec, fit, held_out, CaseOptions{});
  EXPECT_EQ(r.fit_results[0].targets[0].simulated_n, 6U);
  EXPECT_EQ(r.held_out_results[0].targets[0].simulated_n, 6U);
  spec.patients_scale = 1;
  EXPECT_EQ(calibrate(spec, fit, held_out, CaseOptions{}).fit_results[0].targets[0].simulated_n, 3U);
}

// 1.4826 × the median absolute deviation: the SD for a normal sample, and blind to one wild seed.
TEST(Calibration, TheSeedSpreadIsARobustStandardDeviation) {
  CalibrationResult r;
  r.seed_objectives = {10.71, 11.7, 762.4, 11.7, 15.5, 24.8, 34.8};  // the main calibration's seeds 0-6 once
  EXPECT_NEAR(r.seed_spread(), 1.4826 * 4.79, 1e-9);                 // median 15.5; deviations' median 4.79
  r.seed_objectives = {1.0, 3.0};
  EXPECT_NEAR(r.seed_spread(), 1.4826, 1e-12);  // even count: medians of the middle pair
  r.seed_objectives = {5.0};
  EXPECT_EQ(r.seed_spread(), 0.0);
}

TEST(Calibration, NoiseSeedsOutsideTheirRangeAreRefusedByName) {
  const std::vector<scenario::ValidationCase> fit = {scenario::parse_validation_case(thin_hair_case(), "thin.toml")};
  try {
    calibrate(thin_hair_spec(), fit, {}, CaseOptions{}, {}, kMaxNoiseSeeds + 1);
    FAIL();
  } catch (const InputError& e) {
    EXPECT_STREQ(e.what(), "cal.toml: noise seeds = 51: must be 0-50");
  }
}

}  // namespace
}  // namespace trichosim::validate
