#include "web/web_app.hpp"

#include <charconv>
#include <cmath>
#include <nlohmann/json.hpp>

#include "app/forecast.hpp"
#include "core/input_error.hpp"
#include "storage/records.hpp"
#include "web/assets.hpp"
#include "web/html.hpp"
#include "web/scenario_form.hpp"

namespace trichosim::web {
namespace {

constexpr double kMaxSeed = 9007199254740991.0;  // 2^53 - 1, as in scenario files
constexpr std::size_t kEchoChars = 40;           // at most this much of a bad value is echoed back

std::string echo(const std::string& text) {
  return text.size() <= kEchoChars ? text : text.substr(0, kEchoChars) + "...";
}

/// The scenario and overrides named by a POST /api/forecast body (throws InputError).
struct ForecastRequest {
  scenario::Scenario scenario;
  app::ForecastOptions options;
};

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
  const nlohmann::json j = nlohmann::json::parse(body, nullptr, false);
  if (j.is_discarded() || !j.is_object()) {
    throw InputError("body: not a JSON object; send {\"toml\": TEXT} or {\"fields\": {...}} or {\"example\": ID}");
  }
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
      if (!value.is_number_integer() || s < 0.0 || s > kMaxSeed) {
        throw InputError("seed = " + echo(value.dump()) + ": allowed range is whole numbers 0 to 9007199254740991");
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

Reply error_reply(int status, const std::string& message) {
  return {status, "application/json", nlohmann::json{{"error", message}}.dump()};
}

WebApp::WebApp(WebAppOptions options) : options_(std::move(options)), store_(options_.db) {}

Reply WebApp::examples() const {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& e : kExampleScenarios) {
    out.push_back({{"id", e.id}, {"toml", e.toml}});
  }
  return {200, "application/json", out.dump()};
}

Reply WebApp::post_forecast(const std::string& body, const std::string& content_type) {
  ForecastRequest request;
  try {
    if (content_type.starts_with("application/json")) {
      request = read_json_request(body);
    } else {
      request.scenario = scenario::parse_scenario(body, "<request>");
    }
    // Validate the overrides and every event before any work, as the CLI does.
    app::apply_overrides(request.scenario, request.options);
    app::build_interventions(request.scenario);
  } catch (const InputError& e) {
    return error_reply(400, e.what());
  }
  const std::unique_lock lock(forecast_mutex_, std::try_to_lock);
  if (!lock.owns_lock()) {
    return error_reply(503, "another forecast is running; try again when it finishes");
  }
  app::ForecastOptions options;
  options.threads = options_.threads;
  const app::ForecastResult result = app::run_forecast(std::move(request.scenario), options);
  std::int64_t id = 0;
  {
    const std::scoped_lock store_lock(store_mutex_);
    id = store_.save_forecast(result);
  }
  const nlohmann::json out = {{"run_id", id}, {"record", storage::forecast_to_json(result)}};
  return {200, "application/json", out.dump()};
}

Reply WebApp::list_runs() const {
  const std::scoped_lock lock(store_mutex_);
  nlohmann::json out = nlohmann::json::array();
  for (const auto& r : store_.list_runs()) {
    out.push_back({{"id", r.id},
                   {"kind", r.kind},
                   {"created_utc", r.created_utc},
                   {"name", r.name},
                   {"seed", r.seed},
                   {"version", r.version},
                   {"git_hash", r.git_hash},
                   {"registry_hash", r.registry_hash},
                   {"scenario_hash", r.scenario_hash}});
  }
  return {200, "application/json", out.dump()};
}

Reply WebApp::run(const std::string& id_text) const {
  std::int64_t id = 0;
  const char* end = id_text.data() + id_text.size();
  const auto [ptr, ec] = std::from_chars(id_text.data(), end, id);
  if (id_text.empty() || ec != std::errc() || ptr != end || id < 1) {
    return error_reply(400, "run id = \"" + echo(id_text) + "\": allowed range is whole numbers 1 to " +
                                std::to_string(std::numeric_limits<std::int64_t>::max()));
  }
  const std::scoped_lock lock(store_mutex_);
  try {
    return {200, "application/json", store_.run_json(id)};
  } catch (const InputError&) {
    return error_reply(404, "run id " + std::to_string(id) + ": no such run");
  }
}

Reply WebApp::runs_page() const {
  const std::scoped_lock lock(store_mutex_);
  return {200, "text/html; charset=utf-8", web::runs_page(store_.list_runs(), options_.db.filename().string())};
}

}  // namespace trichosim::web
