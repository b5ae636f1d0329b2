#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "core/input_error.hpp"
#include "scenario/scenario.hpp"

namespace trichosim::scenario {
namespace {

const std::string kValid = R"(
format = "trichosim-scenario/1"
name = "test"
seed = 5
[person]
sex = "male"
age_years = 25
family_history = "strong"
[simulation]
horizon_years = 4
observe_every_years = 2
)";

std::string with(const std::string& from, const std::string& to) {
  std::string s = kValid;
  const auto at = s.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  return s.replace(at, from.size(), to);
}

std::string error_of(const std::string& text) {
  try {
    parse_scenario(text, "s.toml");
  } catch (const InputError& e) {
    return e.what();
  }
  return "(no error)";
}

TEST(Scenario, ValidFileGivesPersonSeedAndObservations) {
  const Scenario s = parse_scenario(kValid, "s.toml");
  EXPECT_EQ(s.seed, 5U);
  EXPECT_EQ(s.person.sex, Sex::Male);
  EXPECT_DOUBLE_EQ(s.person.age_years, 25.0);
  EXPECT_EQ(s.observe_years, (std::vector<double>{0.0, 2.0, 4.0}));
}

// Phi(shift + scale x liability) written out with the error function, independently of the code under test.
double phi(double z) { return 0.5 * std::erfc(-z / std::sqrt(2.0)); }

TEST(Scenario, FamilyHistoryIsReadAsALiabilityOnTheFittedPrevalenceScale) {
  const Scenario man = parse_scenario(kValid, "s.toml");
  const Parameters& p = man.parameters;
  const double shift = p[Param::cohort_predisposition_liability_shift];
  const double scale = p[Param::cohort_predisposition_liability_scale];
  const double strong = p[Param::cohort_family_history_liability_strong];
  EXPECT_NEAR(man.person.predisposition, phi(shift + scale * strong), 1e-12);

  const Scenario woman = parse_scenario(with("sex = \"male\"", "sex = \"female\""), "s.toml");
  EXPECT_NEAR(woman.person.predisposition,
              phi(shift + p[Param::cohort_predisposition_liability_shift_female] + scale * strong), 1e-12);
  // The female shift moves a woman along the men's scale; its sign is the fit's (positive since Calibration 8, where
  // the women's lower androgen drive, not a lower predisposition, makes their loss rarer).
  EXPECT_EQ(woman.person.predisposition > man.person.predisposition,
            p[Param::cohort_predisposition_liability_shift_female] > 0.0);

  // More affected relatives, higher predisposition: none < one_side < both_sides < strong.
  double previous = 0.0;
  for (const char* level : {"none", "one_side", "both_sides", "strong"}) {
    const Scenario s = parse_scenario(
        with("family_history = \"strong\"", std::string("family_history = \"") + level + "\""), "s.toml");
    EXPECT_GT(s.person.predisposition, previous) << level;
    previous = s.person.predisposition;
  }
}

TEST(Scenario, OutOfRangeAgeNamesFieldValueAndRange) {
  EXPECT_EQ(error_of(with("age_years = 25", "age_years = 140")),
            "s.toml: person.age_years = 140: allowed range is 0 to 110 (year)");
}

TEST(Scenario, UnknownEnumValueListsTheAllowedOnes) {
  EXPECT_EQ(error_of(with("sex = \"male\"", "sex = \"m\"")),
            "s.toml: person.sex = \"m\": allowed values are male, female");
}

TEST(Scenario, TypoInAKeyIsRefused) {
  EXPECT_EQ(error_of(with("age_years = 25", "age_years = 25\nage_yaers = 3")),
            "s.toml: person.age_yaers: unknown key; accepted keys here are age_years, androgen_level, ethnicity, "
            "family_history, menopause_age_years, predisposition, sex");
}

TEST(Scenario, MissingRequiredFieldSaysWhatToGive) {
  EXPECT_EQ(error_of(with("age_years = 25\n", "")),
            "s.toml: person.age_years: missing; give a number from 0 to 110 (year)");
}

TEST(Scenario, ParameterOverrideIsRangeChecked) {
  EXPECT_EQ(error_of(kValid + "[parameters]\n\"cycle.telogen_mean_days\" = 5000\n"),
            "s.toml: parameters.\"cycle.telogen_mean_days\" = 5000: allowed range is 20 to 365 (day)");
  EXPECT_EQ(error_of(kValid + "[parameters]\n\"cycle.telogen_mean\" = 5\n"),
            "s.toml: parameters.\"cycle.telogen_mean\": unknown registry key (see docs/parameters.md for the list)");
  const Scenario s = parse_scenario(kValid + "[parameters]\n\"cycle.telogen_mean_days\" = 100\n", "s.toml");
  EXPECT_DOUBLE_EQ(s.parameters[Param::cycle_telogen_mean_days], 100.0);
}

TEST(Scenario, NanAndNegativeHorizonAreRefused) {
  EXPECT_EQ(error_of(with("horizon_years = 4", "horizon_years = nan")),
            "s.toml: simulation.horizon_years = nan: allowed range is 0.0833333 to 80 (year)");
  EXPECT_EQ(error_of(with("horizon_years = 4", "horizon_years = -1")),
            "s.toml: simulation.horizon_years = -1: allowed range is 0.0833333 to 80 (year)");
}

TEST(Scenario, ObservationYearsMustIncreaseWithinTheHorizon) {
  EXPECT_EQ(error_of(with("observe_every_years = 2", "observe_years = [0, 3, 2]")),
            "s.toml: simulation.observe_years[2] = 2: observation years must increase");
  EXPECT_EQ(error_of(with("observe_every_years = 2", "observe_years = [0, 9]")),
            "s.toml: simulation.observe_years[1] = 9: allowed range is 0 to horizon_years = 4 (year)");
}

TEST(Scenario, BrokenTomlReportsLineAndColumn) {
  EXPECT_EQ(error_of("name = \n"),
            "s.toml:1:8: not valid TOML: Error while parsing key-value pair: expected value, saw '\\n'");
}

}  // namespace
}  // namespace trichosim::scenario
