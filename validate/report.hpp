#pragma once
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

#include "validate/case_runner.hpp"

namespace trichosim::validate {

/// Counts behind the headline figure.
struct Tally {
  std::size_t endpoints = 0;  ///< targets in all cases
  std::size_t runnable = 0;   ///< targets this build could simulate
  std::size_t within = 0;     ///< runnable targets within the published spread
};
Tally tally(const std::vector<CaseResult>& results);

/// The plain-text table: study, endpoint, published (value ± spread, N), simulated (N), within yes/no/—.
std::string format_validation_table(const std::vector<CaseResult>& results);

/// One JSON object per endpoint: study, case, endpoint, label, statistic, unit, published, spread, spread_note,
/// published_n, simulated (null when not run), simulated_n, within (null when not run), reason.
nlohmann::json validation_to_json(const std::vector<CaseResult>& results);

/// docs/validation.md: the headline figure, how to read it, and per study the table with citations and reasons.
std::string validation_markdown(const std::vector<CaseResult>& results, double seconds, int threads);

}  // namespace trichosim::validate
