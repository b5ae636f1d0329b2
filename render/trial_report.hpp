#pragma once
#include <nlohmann/json.hpp>
#include <string>

namespace trichosim::render {

/// A virtual trial's report as one self-contained HTML page (Chart.js inline, opens offline): screening and
/// arms, then per endpoint the plot of each arm's mean change with its 95 % CI at every visit (trial_ci_chart)
/// and the table of n, mean, change, 95 % CI and the difference to the control arm with its CI and p; then the
/// provenance. Reads the trial record (format trichosim-trial-result/1); every text from it is HTML-escaped.
std::string trial_report_html(const nlohmann::json& trial_record);

}  // namespace trichosim::render
