#pragma once
#include <string>

#include "app/forecast.hpp"

namespace trichosim::cli {

/// The readable forecast summary: one block per observation, one row per region.
std::string format_forecast_summary(const app::ForecastResult& r);

}  // namespace trichosim::cli
