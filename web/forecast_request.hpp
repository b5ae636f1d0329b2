#pragma once
#include <string>

#include "app/forecast.hpp"
#include "scenario/scenario.hpp"

namespace trichosim::web {

/// The scenario and overrides named by a POST /api/forecast body.
struct ForecastRequest {
  scenario::Scenario scenario;
  app::ForecastOptions options;
};

/// Reads and validates a POST /api/forecast body: with a JSON content type {"toml": TEXT}, {"fields": {...}} or
/// {"example": ID} with optional "years" and "seed"; any other content type is a raw TOML scenario. The overrides
/// and every event are checked as the CLI does, so a request that returns can run. Throws InputError naming the
/// field, the value and the allowed range. Runs nothing (fuzzed by tests/fuzz/fuzz_web_request.cpp).
ForecastRequest read_forecast_request(const std::string& body, const std::string& content_type);

}  // namespace trichosim::web
