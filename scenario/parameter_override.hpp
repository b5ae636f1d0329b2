#pragma once
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/parameters.hpp"

namespace trichosim::scenario {

/// "MIN to MAX (unit)" of a registry entry, for error messages.
std::string parameter_range(Param p);

/// The registry entry named `key`; throws InputError "FIELD: unknown registry key ..." when there is none.
Param known_parameter(std::string_view key, const std::string& field);

/// Throws InputError naming `field`, the value and the allowed range when `value` is not finite or lies outside the
/// range of `p`.
void check_parameter_value(Param p, double value, const std::string& field);

/// Checks one registry override: `key` must name a registry entry and `value` lie within its range. `field` names
/// where the override came from in errors. Throws InputError naming the field, the value and the allowed range.
Param checked_parameter(std::string_view key, double value, const std::string& field);

/// Reads a command-line override "KEY=VALUE" (e.g. "minoxidil.size_gain_per_cycle=0.2"), checked as above.
std::pair<Param, double> parse_parameter_assignment(std::string_view text);

/// parse_parameter_assignment of each text, in order (the repeatable --set of validate, trial and calibrate).
std::vector<std::pair<Param, double>> parse_parameter_assignments(const std::vector<std::string>& texts);

}  // namespace trichosim::scenario
