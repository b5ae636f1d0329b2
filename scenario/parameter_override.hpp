#pragma once
#include <string>
#include <string_view>
#include <utility>

#include "core/parameters.hpp"

namespace trichosim::scenario {

/// "MIN to MAX (unit)" of a registry entry, for error messages.
std::string parameter_range(Param p);

/// Checks one registry override: `key` must name a registry entry and `value` lie within its range. `field` names
/// where the override came from in errors. Throws InputError naming the field, the value and the allowed range.
Param checked_parameter(std::string_view key, double value, const std::string& field);

/// Reads a command-line override "KEY=VALUE" (e.g. "minoxidil.size_gain_per_cycle=0.2"), checked as above.
std::pair<Param, double> parse_parameter_assignment(std::string_view text);

}  // namespace trichosim::scenario
