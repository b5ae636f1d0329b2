#pragma once
#include <cstddef>
#include <nlohmann/json.hpp>

namespace trichosim::render {

/// Chart.js configuration (a complete `new Chart(canvas, config)` argument, animation off) of one trial endpoint:
/// per arm, the 95 % CI of the mean change from baseline at each visit as a floating bar [ci95_low, ci95_high]
/// and the mean as a point. Reads a trial record (format trichosim-trial-result/1, storage/trial_records.hpp),
/// so render/ does not depend on trial/. Missing numbers (too few patients) stay null (no bar). Throws
/// nlohmann::json::out_of_range when `endpoint` is not an endpoint of the record.
nlohmann::json trial_ci_chart(const nlohmann::json& trial_record, std::size_t endpoint);

/// Chart.js scatter of validation endpoints: published value (x) against simulated value (y), one dataset for
/// endpoints within the published spread and one for those outside, plus the identity line y = x. Reads the rows
/// of validate::validation_to_json (published, simulated, within, label, unit); rows not simulated (or not runnable)
/// are left out.
nlohmann::json validation_scatter_chart(const nlohmann::json& validation_rows);

}  // namespace trichosim::render
