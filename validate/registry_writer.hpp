#pragma once
#include <string>
#include <utility>
#include <vector>

namespace trichosim::validate {

/// Returns the registry text (data/parameters.toml) with the `value = ...` line of each named entry replaced by
/// the new value, and `; last calibrated: NOTE` appended to (or replaced at the end of) its `fitted = "..."` line.
/// Everything else is kept byte for byte. Throws InputError when an entry is missing or not marked fitted.
std::string with_fitted_values(const std::string& registry_text,
                               const std::vector<std::pair<std::string, double>>& values, const std::string& note);

}  // namespace trichosim::validate
