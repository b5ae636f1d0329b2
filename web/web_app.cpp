#include "web/web_app.hpp"

#include <charconv>
#include <cmath>
#include <nlohmann/json.hpp>

#include "app/forecast.hpp"
#include "core/input_error.hpp"
#include "storage/records.hpp"
#include "web/assets.hpp"
#include "web/forecast_request.hpp"
#include "web/html.hpp"
#include "web/json_body.hpp"

namespace trichosim::web {

Reply error_reply(int status, const std::string& message) {
  // The message may echo request bytes that are not UTF-8 (a raw path segment); replace them rather than let the
  // serializer throw (found by the web_request fuzz target).
  return {status, "application/json",
          nlohmann::json{{"error", message}}.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)};
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
    request = read_forecast_request(body, content_type);
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
