#include <gtest/gtest.h>

#include "core/input_error.hpp"
#include "scenario/scenario.hpp"
#include "web/scenario_form.hpp"

namespace trichosim::web {
namespace {

TEST(ScenarioForm, WritesTheFieldsAsScenarioToml) {
  const std::string toml = scenario_toml_from_fields({{"person.sex", "female"},
                                                      {"person.age_years", "050"},
                                                      {"person.family_history", "both_sides"},
                                                      {"simulation.horizon_years", ".5"},
                                                      {"name", "Patient \"A\"\\"},
                                                      {"seed", ""}});
  EXPECT_EQ(toml,
            "format = \"trichosim-scenario/1\"\n"
            "name = \"Patient \\\"A\\\"\\\\\"\n"
            "[person]\nsex = \"female\"\nage_years = 50\nfamily_history = \"both_sides\"\n"
            "[simulation]\nhorizon_years = 0.5\n");
  const scenario::Scenario s = scenario::parse_scenario(toml, "<form>");
  EXPECT_EQ(s.name, "Patient \"A\"\\");
  EXPECT_EQ(s.person.age_years, 50.0);
  EXPECT_EQ(s.horizon_years, 0.5);
}

TEST(ScenarioForm, NonNumbersInNumberFieldsGetTheParsersRangeMessage) {
  const std::string toml = scenario_toml_from_fields({{"person.sex", "male"}, {"person.age_years", "25 years"}});
  try {
    scenario::parse_scenario(toml, "<form>");
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    EXPECT_STREQ(e.what(), "<form>: person.age_years = \"25 years\": must be a number from 0 to 110 (year)");
  }
}

TEST(ScenarioForm, ControlCharactersAreEscaped) { EXPECT_EQ(toml_string("a\nb\x01"), "\"a\\u000Ab\\u0001\""); }

TEST(ScenarioForm, UnknownFieldsAreRefusedWithTheAcceptedList) {
  try {
    scenario_toml_from_fields({{"person.agee", "25"}});
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    EXPECT_STREQ(e.what(),
                 "fields.person.agee: unknown field; accepted fields are name, seed, person.sex, person.age_years, "
                 "person.ethnicity, person.family_history, person.androgen_level, person.menopause_age_years, "
                 "simulation.horizon_years, simulation.observe_every_years");
  }
}

}  // namespace
}  // namespace trichosim::web
