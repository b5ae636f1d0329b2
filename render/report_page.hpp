#pragma once
// Internal to render/: the page frame shared by every report (head, styles, scripts, footer).
#include <string>
#include <string_view>

namespace trichosim::render::detail {

/// Opens the page: doctype, title (escaped here), the report's style sheet and Chart.js inline.
std::string page_head(std::string_view title);
/// The slider script, the chart start-up for every <canvas data-chart="..."> and the closing tags;
/// `chart_configs` is a script-safe JSON object mapping canvas ids to Chart.js configurations.
std::string page_tail(std::string_view chart_configs);

}  // namespace trichosim::render::detail
