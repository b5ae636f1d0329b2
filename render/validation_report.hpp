#pragma once
#include <nlohmann/json.hpp>
#include <string>

namespace trichosim::render {

/// The validation against published studies as one self-contained HTML page (Chart.js inline, opens offline):
/// the headline count (within the published spread / runnable / all endpoints), the scatter of simulated
/// against published values (validation_scatter_chart), and the table of every endpoint with its study, the
/// published value ± spread, the simulated value and within yes / NO (a miss) / not runnable with the reason.
/// Reads the rows of validate::validation_to_json; every text is HTML-escaped.
std::string validation_report_html(const nlohmann::json& validation_rows);

}  // namespace trichosim::render
