#pragma once
// Internal to scenario/: the trial part of a file, shared by trial files and validation cases.
#include "scenario/toml_fields.hpp"
#include "trial/design.hpp"

namespace trichosim::scenario::detail {

/// Reads every trial table of the root `top` reads (population, inclusion, screening, design, arms, endpoints,
/// parameters, and the top-level name/description/seed). `top` reads the root; the caller adds its own keys and calls
/// top.refuse_unknown() afterwards. With `lenient_instruments`, endpoint instruments not (yet) in the table are
/// kept by name (validation cases written ahead of measure/'s instruments); the caller must not run them.
trial::TrialDesign read_trial_design(Fields& top, const std::string& text, const std::string& source,
                                     bool lenient_instruments);

}  // namespace trichosim::scenario::detail
