#pragma once
#include <cstdint>
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
/// published_n, simulated (null when not run), simulated_n, within (null when not run), reason; with `other_seeds`
/// (the same cases run on further seed offsets, validate --other-seeds K) also other_seeds (K) and
/// within_other_seeds (on how many of them it was within; null when not run). Throws std::invalid_argument when
/// other_seeds do not hold the same cases.
nlohmann::json validation_to_json(const std::vector<CaseResult>& results,
                                  const std::vector<std::vector<CaseResult>>& other_seeds = {});

/// How the results of validation_markdown were produced, and the same cases on other seeds.
struct ValidationRun {
  double seconds = 0.0;
  int threads = 1;
  std::uint64_t seed_offset = 0;   ///< validate --seed-offset; stated under the headline when nonzero
  std::size_t patients_scale = 1;  ///< validate --patients-scale; stated in the command and the headline when not 1
  /// The same cases, in the same order, run again with further seed offsets (validate --other-seeds K): each is
  /// tallied in the headline and every row says on how many of them its target was within.
  std::vector<std::vector<CaseResult>> other_seeds;
};

/// docs/validation.md: the headline figure, how to read it, and per study the table with citations and reasons.
std::string validation_markdown(const std::vector<CaseResult>& results, const ValidationRun& run);

}  // namespace trichosim::validate
