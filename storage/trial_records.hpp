#pragma once
#include <nlohmann/json_fwd.hpp>
#include <string>

#include "trial/analysis.hpp"
#include "trial/design.hpp"
#include "trial/runner.hpp"

namespace trichosim::storage {

/// Version tag of the trial JSON record (docs/formats.md).
inline constexpr const char* kTrialRecordFormat = "trichosim-trial-result/1";

/// The trial as a versioned JSON record: provenance, design summary, screening, and per arm, endpoint and visit
/// the summaries (value, change, percent change with SD, SE, 95 % CI, responders) and the comparison with the
/// control arm. Missing numbers (too few patients) are null. Wall time, threads and ranks are left out, so the
/// record of a trial is the same byte for byte on any machine, thread count or MPI rank count.
nlohmann::json trial_to_json(const trial::TrialDesign& design, const trial::RunFacts& facts,
                             const trial::TrialAnalysis& analysis);

/// One CSV row per (arm, endpoint, visit) with a header row.
std::string trial_to_csv(const trial::TrialDesign& design, const trial::TrialAnalysis& analysis);

}  // namespace trichosim::storage
