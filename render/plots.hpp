#pragma once
#include <nlohmann/json.hpp>
#include <span>
#include <string>

#include "measure/region_summary.hpp"
#include "render/report_recorder.hpp"

namespace trichosim::render {

/// Chart.js configurations (JSON) for the report's plots. Each is a complete `new Chart(canvas, config)` argument;
/// animation is off so printed and headless renderings show the final state.
enum class RegionMeasure { Density, Terminal, Vellus };

/// One line per region over age: hairs/cm², terminal/cm² or vellus/cm².
nlohmann::json region_chart(std::span<const measure::ScalpSummary> observations, RegionMeasure what);

/// Hairs shed per day over the shedding window, whole scalp, over age.
nlohmann::json shedding_chart(std::span<const measure::ScalpSummary> observations);

/// Hair-cycle stages over age, whole scalp: anagen and telogen % of hairs present, empty (kenogen) % of follicles.
nlohmann::json stage_chart(std::span<const measure::ScalpSummary> observations);

/// Shaft-diameter histograms of the first and last observation, as bars of the share of hairs (%).
nlohmann::json diameter_chart(const ObservationPictures& first, const ObservationPictures& last);

}  // namespace trichosim::render
