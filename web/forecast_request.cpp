#include "web/forecast_request.hpp"

#include <map>
#include <nlohmann/json.hpp>

#include "core/input_error.hpp"
#include "scenario/limits.hpp"
#include "web/assets.hpp"
#include "web/json_body.hpp"
#include "web/scenario_form.hpp"

namespace trichosim::web {
namespace {

std::string field_text(const nlohmann::json& v, const std::string& key) {
  if (v.is_string()) {
    return v.get<std::string>();
  }
  if (v.is_number()) {
    return v.dump();
  }
  throw InputError("fields." + key + ": must be text or a number");
}

ForecastRequest read_json_request(const std::string& body) {
  const nlohmann::json j = parse_json_object(body, "{\"toml\": TEXT} or {\"fields\": {...}} or {\"example\": ID}");
  ForecastRequest r;
  int sources = 0;
  for (const auto& [key, value] : j.items()) {
    if (key == "toml") {
      if (!value.is_string()) {
        throw InputError("toml: must be the scenario's TOML text");
      }
      r.scenario = scenario::parse_scenario(value.get<std::string>(), "<request>");
      ++sources;
    } else if (key == "fields") {
      if (!value.is_object()) {
        throw InputError("fields: must be an object of scenario field -> value");
      }
      std::map<std::string, std::string> fields;
      for (const auto& [k, v] : value.items()) {
        fields[k] = field_text(v, k);
      }
      r.scenario = scenario::parse_scenario(scenario_toml_from_fields(fields), "<form>");
      ++sources;
    } else if (key == "example") {
      const std::string id = value.is_string() ? value.get<std::string>() : value.dump();
      std::string known;
      bool found = false;
      for (const auto& e : kExampleScenarios) {
        known.append(known.empty() ? "" : ", ").append(e.id);
        if (e.id == id) {
          r.scenario = scenario::parse_scenario(std::string(e.toml), "examples/" + id + ".toml");
          found = true;
        }
      }
      if (!found) {
        throw InputError("example = \"" + echo(id) + "\": allowed values are " + known);
      }
      ++sources;
    } else if (key == "years") {
      if (!value.is_number()) {
        throw InputError("years: must be a number above 0 up to 80 (year)");
      }
      r.options.years = value.get<double>();
    } else if (key == "seed") {
      const double s = value.is_number() ? value.get<double>() : -1.0;
      if (!value.is_number_integer() || s < 0.0 || s > static_cast<double>(scenario::kMaxSeed)) {
        throw InputError("seed = " + echo(value.dump()) + ": " + scenario::seed_range_text());
      }
      r.options.seed = value.get<std::uint64_t>();
    } else {
      throw InputError(echo(key) + ": unknown key; accepted keys are toml, fields, example, years, seed");
    }
  }
  if (sources != 1) {
    throw InputError("body: give exactly one of toml, fields or example");
  }
  return r;
}

}  // namespace

ForecastRequest read_forecast_request(const std::string& body, const std::string& content_type) {
  ForecastRequest request;
  if (content_type.starts_with("application/json")) {
    request = read_json_request(body);
  } else {
    request.scenario = scenario::parse_scenario(body, "<request>");
  }
  // Validate the overrides and every event before any work, as the CLI does.
  app::apply_overrides(request.scenario, request.options);
  app::build_interventions(request.scenario);
  return request;
}

}  // namespace trichosim::web
