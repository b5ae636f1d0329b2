#pragma once
#include <string>

#include "trial/analysis.hpp"

namespace trichosim::cli {

/// The trial's results as a plain-text table: per endpoint, arm and visit the N, mean value, mean change (SD) with
/// its 95 % CI, the difference from the control arm with its 95 % CI and p-value, and the responder rates.
std::string format_trial_results(const trial::TrialDesign& design, const trial::RunFacts& facts,
                                 const trial::TrialAnalysis& analysis);

}  // namespace trichosim::cli
