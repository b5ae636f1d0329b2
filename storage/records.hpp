#pragma once
#include <nlohmann/json_fwd.hpp>
#include <string>

#include "app/forecast.hpp"

namespace trichosim::storage {

/// Version tag of the forecast JSON record (docs/formats.md).
inline constexpr const char* kForecastRecordFormat = "trichosim-forecast/1";

/// The forecast as a versioned JSON record: provenance, person, and every observation by region.
nlohmann::json forecast_to_json(const app::ForecastResult& r);

/// The observations as CSV, one row per (observation, region), with a header row.
std::string forecast_to_csv(const app::ForecastResult& r);

/// The same CSV from a stored JSON record (trichosim-forecast/1), as `trichosim runs export --format csv` writes
/// it: for a record made by forecast_to_json(r) it equals forecast_to_csv(r). Throws InputError for another format.
std::string record_to_csv(const nlohmann::json& record);

}  // namespace trichosim::storage
