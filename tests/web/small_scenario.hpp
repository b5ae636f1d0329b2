#pragma once
// A scenario small enough for fast tests: a 200 cm² scalp (the smallest the registry allows), half a year.
#include <string>

namespace trichosim::testing {

/// TOML of a short, small-scalp forecast whose name is `name` (written as given: callers pass TOML-safe text).
inline std::string small_scenario_toml(const std::string& name) {
  return "name = '" + name +
         "'\nseed = 3\n[person]\nsex = \"male\"\nage_years = 20\n[simulation]\nhorizon_years = 0.5\n"
         "observe_every_years = 0.5\n[parameters]\n\"scalp.area_cm2\" = 200\n";
}

}  // namespace trichosim::testing
