// Command-line registry overrides (`--set KEY=VALUE` of validate and trial): accepted values reach the right
// parameter; every refusal names the field, the value and the allowed range, word for word.
#include <gtest/gtest.h>

#include <string>

#include "core/input_error.hpp"
#include "scenario/parameter_override.hpp"

namespace trichosim::scenario {
namespace {

std::string error_of(const std::string& text) {
  try {
    parse_parameter_assignment(text);
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

TEST(ParameterOverride, ReadsKeyAndValue) {
  const auto [param, value] = parse_parameter_assignment("cycle.anagen_mean_days=1000");
  EXPECT_EQ(param, Param::cycle_anagen_mean_days);
  EXPECT_DOUBLE_EQ(value, 1000.0);
  EXPECT_DOUBLE_EQ(parse_parameter_assignment("minoxidil.size_gain_per_cycle=2.5e-1").second, 0.25);
}

TEST(ParameterOverride, AcceptsTheRangeEnds) {
  EXPECT_DOUBLE_EQ(parse_parameter_assignment("cycle.anagen_mean_days=90").second, 90.0);
  EXPECT_DOUBLE_EQ(parse_parameter_assignment("cycle.anagen_mean_days=3650").second, 3650.0);
}

TEST(ParameterOverride, RefusesWithFieldValueAndRange) {
  EXPECT_EQ(error_of("cycle.anagen_mean_days=89"),
            "--set cycle.anagen_mean_days = 89: allowed range is 90 to 3650 (day)");
  EXPECT_EQ(error_of("cycle.anagen_mean_days=nan"),
            "--set cycle.anagen_mean_days = nan: allowed range is 90 to 3650 (day)");
  EXPECT_EQ(error_of("cycle.anagen_mean_days=12x"),
            "--set cycle.anagen_mean_days = \"12x\": not a number: give a number from 90 to 3650 (day)");
  EXPECT_EQ(error_of("cycle.anagen_mean_days="),
            "--set cycle.anagen_mean_days = \"\": not a number: give a number from 90 to 3650 (day)");
  EXPECT_EQ(error_of("cycle.anagen_mean_day=1000"),
            "--set cycle.anagen_mean_day: unknown registry key (see docs/parameters.md for the list)");
  EXPECT_EQ(error_of("cycle.anagen_mean_days"),
            "--set \"cycle.anagen_mean_days\": expected KEY=VALUE, e.g. cycle.anagen_mean_days=1000");
  EXPECT_EQ(error_of("=5"), "--set \"=5\": expected KEY=VALUE, e.g. cycle.anagen_mean_days=1000");
}

TEST(ParameterOverride, CheckedParameterNamesTheCaller) {
  EXPECT_THROW(checked_parameter("cycle.anagen_mean_days", 1e9, "f.toml: parameters.x"), InputError);
  try {
    checked_parameter("cycle.anagen_mean_days", 1e9, "f.toml: parameters.x");
  } catch (const InputError& e) {
    EXPECT_STREQ(e.what(), "f.toml: parameters.x = 1e+09: allowed range is 90 to 3650 (day)");
  }
}

}  // namespace
}  // namespace trichosim::scenario
