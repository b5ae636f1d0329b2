// POST /api/trial: the trial page's handler. The trial file is validated by scenario/'s trial reader (and every
// arm's events checked) before any work; the trial is run by trial/ and stored as `trichosim trial` stores it.
#include <nlohmann/json.hpp>

#include "core/input_error.hpp"
#include "scenario/trial_spec.hpp"
#include "storage/trial_records.hpp"
#include "trial/analysis.hpp"
#include "trial/runner.hpp"
#include "web/json_body.hpp"
#include "web/web_app.hpp"

namespace trichosim::web {
namespace {

/// The trial file's text from a JSON body {"toml": TEXT} (throws InputError).
std::string trial_text(const std::string& body) {
  const nlohmann::json j = parse_json_object(body, "{\"toml\": TEXT}");
  for (const auto& [key, value] : j.items()) {
    if (key != "toml") {
      throw InputError(key.substr(0, 40) + ": unknown key; the accepted key is toml");
    }
    if (!value.is_string()) {
      throw InputError("toml: must be the trial file's TOML text");
    }
  }
  if (!j.contains("toml")) {
    throw InputError("body: give toml, the trial file's TOML text");
  }
  return j.at("toml").get<std::string>();
}

}  // namespace

Reply WebApp::post_trial(const std::string& body, const std::string& content_type) {
  trial::TrialDesign design;
  try {
    design =
        scenario::parse_trial_spec(content_type.starts_with("application/json") ? trial_text(body) : body, "<request>");
    trial::check_interventions(design, trial::registry_interventions);
  } catch (const InputError& e) {
    return error_reply(400, e.what());
  }
  const std::unique_lock lock(forecast_mutex_, std::try_to_lock);
  if (!lock.owns_lock()) {
    return error_reply(503, "another forecast, consultation or trial is running; try again when it finishes");
  }
  trial::RunOptions options;
  options.threads = options_.threads;
  trial::TrialOutcome outcome;
  try {
    outcome = trial::run_trial(design, options);  // throws when too few candidates pass screening
  } catch (const InputError& e) {
    return error_reply(400, e.what());
  }
  const trial::TrialAnalysis analysis = trial::analyse(design, outcome);
  std::int64_t id = 0;
  {
    const std::scoped_lock store_lock(store_mutex_);
    id = store_.save_trial(design, outcome.facts(), analysis);
  }
  const nlohmann::json out = {{"run_id", id}, {"record", storage::trial_to_json(design, outcome.facts(), analysis)}};
  return {200, "application/json", out.dump()};
}

}  // namespace trichosim::web
