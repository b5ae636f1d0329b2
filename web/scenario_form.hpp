#pragma once
#include <map>
#include <string>

namespace trichosim::web {

/// Writes the scenario TOML for the forecast page's fields, to be validated by scenario::parse_scenario (the one
/// parser), so a form is checked exactly like a file and its errors name the same fields.
///
/// Keys are scenario paths: name, seed, person.sex, person.age_years, person.ethnicity, person.family_history,
/// person.androgen_level, person.menopause_age_years, simulation.horizon_years, simulation.observe_every_years.
/// Empty values are left out (the scenario defaults apply). Numeric fields whose text is not a plain number are
/// written as TOML text, so the parser reports "must be a number from A to B (unit)". Throws InputError for an
/// unknown key, listing the accepted ones.
std::string scenario_toml_from_fields(const std::map<std::string, std::string>& fields);

/// A TOML basic string literal (quoted, with \\ \" and control characters escaped).
std::string toml_string(const std::string& text);

}  // namespace trichosim::web
