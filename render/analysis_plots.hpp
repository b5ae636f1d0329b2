#pragma once
#include <cstddef>
#include <nlohmann/json.hpp>

namespace trichosim::render {

/// Chart.js configuration (a complete `new Chart(canvas, config)` argument, animation off) of one trial endpoint:
/// a scatter over visit years with, per arm, the 95 % CI of the mean change from baseline at each visit as a
/// vertical bar (points low, high, then a null that breaks the line) and the means as points joined by a line;
/// arms are shifted sideways by a small share of the last visit so their bars do not overlap (display only). Reads a
/// trial record (format trichosim-trial-result/1, storage/trial_records.hpp), so render/ does not depend on trial/. A
/// missing CI (too few patients) draws no bar. Throws nlohmann::json::out_of_range when `endpoint` is not an endpoint
/// of the record.
nlohmann::json trial_ci_chart(const nlohmann::json& trial_record, std::size_t endpoint);

/// Chart.js scatter of validation endpoints: published value (x) against simulated value (y), one dataset for
/// endpoints within the published spread and one for those outside, plus the identity line y = x. Reads the rows
/// of validate::validation_to_json (published, simulated, within, label, unit); rows not simulated (or not runnable)
/// are left out.
nlohmann::json validation_scatter_chart(const nlohmann::json& validation_rows);

}  // namespace trichosim::render
