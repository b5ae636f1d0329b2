// POST /api/consult: the consultation form's handler. The intake is validated by scenario/'s intake reader, the
// consultation is run by consult/, and stored as the CLI stores it (storage/consultation_records).
#include <nlohmann/json.hpp>

#include "consult/consultation.hpp"
#include "consult/report.hpp"
#include "core/input_error.hpp"
#include "scenario/intake.hpp"
#include "storage/consultation_records.hpp"
#include "web/json_body.hpp"
#include "web/web_app.hpp"

namespace trichosim::web {
namespace {

/// The intake named by a JSON body {"intake": {...}} or {"toml": TEXT} (throws InputError).
scenario::Intake read_json_intake(const std::string& body) {
  const nlohmann::json j = parse_json_object(body, "{\"intake\": {...}} or {\"toml\": TEXT}");
  if (j.size() != 1) {
    throw InputError("body: give exactly one of intake or toml");
  }
  // The one member, by the object's own iterator: items() returns a proxy whose iterators must not outlive it
  // (ASan: stack-use-after-scope with a structured binding on *j.items().begin()).
  const auto member = j.begin();
  const std::string& key = member.key();
  const nlohmann::json& value = member.value();
  if (key == "intake") {
    if (!value.is_object()) {
      throw InputError("intake: must be an object of intake fields (docs/consultation.md)");
    }
    return scenario::parse_intake_json(value.dump(), "<form>");
  }
  if (key == "toml") {
    if (!value.is_string()) {
      throw InputError("toml: must be the intake's TOML text");
    }
    return scenario::parse_intake_toml(value.get<std::string>(), "<request>");
  }
  throw InputError(key.substr(0, 40) + ": unknown key; accepted keys are intake, toml");
}

}  // namespace

Reply WebApp::post_consultation(const std::string& body, const std::string& content_type) {
  scenario::Intake intake;
  try {
    if (body.size() > scenario::kMaxIntakeBytes) {
      throw InputError("intake: " + std::to_string(body.size()) + " bytes, larger than the limit of " +
                       std::to_string(scenario::kMaxIntakeBytes) + " bytes");
    }
    intake = content_type.starts_with("application/json") ? read_json_intake(body)
                                                          : scenario::parse_intake_toml(body, "<request>");
  } catch (const InputError& e) {
    return error_reply(400, e.what());
  }
  const std::unique_lock lock(forecast_mutex_, std::try_to_lock);
  if (!lock.owns_lock()) {
    return error_reply(503, "another forecast or consultation is running; try again when it finishes");
  }
  consult::ConsultationOptions options;
  options.prices = options_.consult_prices;
  const consult::Consultation c = consult::run_consultation(std::move(intake), options_.params, options);
  const nlohmann::json record = consult::consultation_to_json(c);
  std::int64_t id = 0;
  {
    const std::scoped_lock store_lock(store_mutex_);
    id = store_.save_consultation(storage::consultation_record(c, record.dump()));
  }
  const nlohmann::json out = {{"run_id", id}, {"record", record}};
  return {200, "application/json", out.dump()};
}

}  // namespace trichosim::web
