#pragma once
#include <filesystem>
#include <string>

#include "trial/design.hpp"

namespace trichosim::scenario {

/// Largest trial or validation file accepted (bytes).
inline constexpr std::uintmax_t kMaxTrialBytes = 1U << 20U;

/// Parses and validates a trial file (format "trichosim-trial/1", docs/formats.md); throws InputError naming the
/// file, the field, the value and what is allowed. Event types are checked later, when interventions are built.
trial::TrialDesign parse_trial_spec(const std::string& text, const std::string& source);

/// Reads, parses and validates a trial file.
trial::TrialDesign load_trial_spec(const std::filesystem::path& path);

}  // namespace trichosim::scenario
