#pragma once
// Internal to scenario/: the one validator both intake formats go through (JSON is converted to a TOML tree
// first, so both formats give the same fields and the same messages).
#include <toml++/toml.h>

#include <string>

#include "scenario/intake.hpp"

namespace trichosim::scenario {

/// Validates an intake held as a TOML tree. `text` is stored as given; `source` names the file in messages.
Intake read_intake_table(const toml::table& root, const std::string& text, const std::string& source);

}  // namespace trichosim::scenario
