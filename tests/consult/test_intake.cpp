#include <gtest/gtest.h>

#include <string>

#include "core/input_error.hpp"
#include "scenario/intake.hpp"

namespace trichosim::scenario {
namespace {

const std::string kMinimal = R"(
format = "trichosim-intake/1"
[person]
sex = "female"
age_years = 31
)";

std::string toml_error(const std::string& text) {
  try {
    parse_intake_toml(text, "i.toml");
  } catch (const InputError& e) {
    return e.what();
  }
  return "(no error)";
}

std::string json_error(const std::string& text) {
  try {
    parse_intake_json(text, "i.json");
  } catch (const InputError& e) {
    return e.what();
  }
  return "(no error)";
}

TEST(Intake, MinimalIntakeLeavesEverythingElseUnknown) {
  const Intake in = parse_intake_toml(kMinimal, "i.toml");
  EXPECT_EQ(in.sex, Sex::Female);
  EXPECT_DOUBLE_EQ(in.age_years, 31.0);
  EXPECT_FALSE(in.family_history.has_value());
  EXPECT_FALSE(in.ferritin_ng_per_ml.has_value());
  EXPECT_FALSE(in.recent_events.has_value());
  EXPECT_TRUE(in.pattern.empty());
  EXPECT_TRUE(in.history.empty());
}

TEST(Intake, InvalidValuesNameFieldValueAndRange) {
  EXPECT_EQ(toml_error(kMinimal + "[labs]\nferritin_ng_per_ml = -3\n"),
            "i.toml: labs.ferritin_ng_per_ml = -3: allowed range is 0 to 2000 (ng/mL)");
  EXPECT_EQ(toml_error(kMinimal + "[shedding]\npull_test_percent = 140\n"),
            "i.toml: shedding.pull_test_percent = 140: allowed range is 0 to 100 (percent)");
  EXPECT_EQ(toml_error(kMinimal + "[complaint]\npattern = [\"crown\", \"spotty\"]\n"),
            "i.toml: complaint.pattern[1] = \"spotty\": allowed values are hairline, crown, top, diffuse, patchy, "
            "whole_scalp");
  EXPECT_EQ(toml_error(kMinimal + "[labs]\ntsh = 3\n"),
            "i.toml: labs.tsh: unknown key; accepted keys here are ferritin_ng_per_ml, tsh_mu_per_l, "
            "vitamin_d_ng_per_ml");
  EXPECT_EQ(toml_error(R"([person]
sex = "male"
age_years = 30
[[recent_events]]
type = "childbirth"
months_ago = 3
)"),
            "i.toml: recent_events[0].type = \"childbirth\": only for sex = \"female\"");
  EXPECT_EQ(toml_error(kMinimal + "[[history]]\nyears_ago = 2\ncount = 800\n"),
            "i.toml: history[0].area_cm2: missing; give density_per_cm2, or count with area_cm2 (e.g. 5.07 for a "
            "1-inch circle)");
}

TEST(Intake, SeedIsAWholeNumberReadAsScenarioFilesReadIt) {
  EXPECT_EQ(parse_intake_toml("seed = 9007199254740991\n" + kMinimal, "i.toml").seed, 9007199254740991U);
  EXPECT_EQ(parse_intake_toml(kMinimal, "i.toml").seed, 1U);
  // A fraction was truncated to 1 before the readers shared one seed reader.
  EXPECT_EQ(toml_error("seed = 1.5\n" + kMinimal),
            "i.toml: seed = 1.5: allowed range is 0 to 9007199254740991 (whole number)");
  EXPECT_EQ(toml_error("seed = 9007199254740992\n" + kMinimal),
            "i.toml: seed = 9007199254740992: allowed range is 0 to 9007199254740991 (whole number)");
  EXPECT_EQ(toml_error("seed = \"3\"\n" + kMinimal),
            "i.toml: seed = \"3\": allowed range is 0 to 9007199254740991 (whole number)");
}

TEST(Intake, JsonNumberBeyondADoubleIsAnInputErrorNotACrash) {
  // Found by the intake fuzz target: nlohmann reports number overflow with out_of_range, not parse_error.
  try {
    parse_intake_json(R"({"person": {"sex": "male", "age_years": 1e999}})", "i.json");
    ADD_FAILURE() << "no error";
  } catch (const InputError& e) {
    EXPECT_EQ(std::string(e.what()).rfind("i.json: not valid JSON: ", 0), 0U) << e.what();
  }
}

TEST(Intake, JsonGivesTheSameFieldsAndMessages) {
  const std::string json = R"({"person": {"sex": "female", "age_years": 31},
    "complaint": {"pattern": ["diffuse"], "duration_months": 3, "onset": null},
    "recent_events": [{"type": "childbirth", "months_ago": 3}],
    "labs": {"ferritin_ng_per_ml": 25},
    "history": [{"years_ago": 1, "count": 900, "area_cm2": 5.07, "site": "crown"}]})";
  const Intake in = parse_intake_json(json, "i.json");
  EXPECT_EQ(in.pattern.size(), 1U);
  EXPECT_DOUBLE_EQ(*in.duration_months, 3.0);
  EXPECT_FALSE(in.onset.has_value());  // null = unknown
  ASSERT_EQ(in.recent_events->size(), 1U);
  EXPECT_EQ((*in.recent_events)[0].type, LifeEvent::Childbirth);
  EXPECT_DOUBLE_EQ(*in.ferritin_ng_per_ml, 25.0);
  ASSERT_EQ(in.history.size(), 1U);
  EXPECT_DOUBLE_EQ(in.history[0].density_per_cm2, 900.0 / 5.07);
  EXPECT_EQ(json_error(R"({"person": {"sex": "female", "age_years": 31}, "labs": {"ferritin_ng_per_ml": -3}})"),
            "i.json: labs.ferritin_ng_per_ml = -3: allowed range is 0 to 2000 (ng/mL)");
  EXPECT_EQ(json_error(R"({"person": {"sex": "other", "age_years": 31}})"),
            "i.json: person.sex = \"other\": allowed values are male, female");
}

}  // namespace
}  // namespace trichosim::scenario
