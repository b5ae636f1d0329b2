#pragma once
#include <string>

#include "app/forecast.hpp"
#include "render/report_recorder.hpp"

namespace trichosim::render {

/// The forecast's report as one self-contained HTML page: inputs (person, scenario text), provenance, the top
/// view per observation with a slider, the frame strip, the hairline view and trichoscopy close-ups at the first
/// and last observation, plots (Chart.js, inline) and tables. Images are base64 data URIs, scripts inline, so the
/// file opens offline. Every piece of user text is HTML-escaped. `pictures` must hold one entry per observation.
std::string forecast_report_html(const app::ForecastResult& result, const ReportRecorder& pictures);

}  // namespace trichosim::render
