#pragma once
#include <string>

#include "core/parameters.hpp"

namespace trichosim::scenario {

/// Checks the rules that tie registry values together (each value is already within its own range): the five
/// follicular-unit shares of each ethnic group sum to more than 0, shaft.vellus_max_diameter_um does not exceed
/// shaft.terminal_min_diameter_um, and the geometry.* boundaries leave every scalp region at least 1 cm².
/// Throws InputError naming the keys, their values and the rule.
void check_parameter_rules(const Parameters& p, const std::string& source);

}  // namespace trichosim::scenario
