#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "core/input_error.hpp"
#include "scenario/calibration_spec.hpp"
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
                 "may be calibrated (this one is source)");
  }
}

TEST(CalibrationSpec, TheShippedCalibrationParses) {
  const auto c = scenario::load_calibration_spec(std::string(TRICHOSIM_SOURCE_DIR) + "/data/calibration.toml");
  EXPECT_EQ(c.parameters.size(), 4U);
  EXPECT_FALSE(c.fit.empty());
  EXPECT_FALSE(c.held_out.empty());
}

// Each shipped calibration fits entries marked fitted and keeps its fit and held-out cases apart.
TEST(CalibrationSpec, EveryShippedCalibrationParsesAndHoldsSomethingOut) {
  for (const char* name : {"calibration.toml", "calibration_asian_women.toml"}) {
    SCOPED_TRACE(name);
    const auto c = scenario::load_calibration_spec(std::string(TRICHOSIM_SOURCE_DIR) + "/data/" + name);
    EXPECT_FALSE(c.parameters.empty());
    EXPECT_FALSE(c.held_out.empty());
    for (const auto& f : c.fit) {
      EXPECT_EQ(std::find(c.held_out.begin(), c.held_out.end(), f), c.held_out.end()) << f;
    }
  }
}

}  // namespace
}  // namespace trichosim::validate
