#pragma once
#include <filesystem>
#include <mutex>
#include <string>

#include "core/parameters.hpp"
#include "scenario/consult_prices.hpp"
#include "storage/run_store.hpp"

namespace trichosim::web {

/// One HTTP reply: status code, content type and body.
struct Reply {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
};

/// Settings of the request handlers.
struct WebAppOptions {
  std::filesystem::path db = "out/demo/trichosim.db";  ///< the run store shared with the CLI and Python
  int threads = 1;                                     ///< engine threads per forecast or trial (1-1024)
  scenario::ConsultPriceTable consult_prices;          ///< prices of the consultation's options (may be empty)
  Parameters params;                                   ///< model parameters of consultations (registry defaults)
};

/// The request handlers of the local server, as plain functions of the request text (no sockets), so they can
/// be unit-tested and fuzzed. Bad input gives status 400 and the body {"error": "<message naming the field, the
/// value and the allowed range>"}; nothing is stored then. One forecast runs at a time; a second one meanwhile
/// gets 503. Thread-safe.
class WebApp {
 public:
  explicit WebApp(WebAppOptions options);

  /// GET /api/examples: [{"id": stem, "toml": text}] for the embedded example scenarios.
  Reply examples() const;

  /// POST /api/forecast. A JSON body {"toml": TEXT} or {"fields": {"person.age_years": "25", ...}} or
  /// {"example": ID}, with optional "years" (0-80] and "seed" (0 to 2^53-1); or a raw TOML body with any other
  /// content type. Runs, stores, and returns {"run_id": ID, "record": <trichosim-forecast/1 record>}.
  Reply post_forecast(const std::string& body, const std::string& content_type);

  /// POST /api/consult. A JSON body {"intake": {<intake fields as in docs/consultation.md>}} or {"toml": TEXT},
  /// or a raw TOML intake with any other content type; validated by the intake reader of scenario/ (the same
  /// fields and messages as `trichosim consult`). Runs the consultation (differential diagnosis, twin, regimen
  /// options with their forecasts), stores it, and returns {"run_id": ID, "record": <trichosim-consultation/1
  /// record>}. Shares the one-engine-job-at-a-time rule with forecasts (503 meanwhile).
  Reply post_consultation(const std::string& body, const std::string& content_type);

  /// POST /api/trial. A JSON body {"toml": TEXT} or a raw TOML trial file (docs/formats.md) with any other
  /// content type; validated by the trial reader of scenario/ and every arm's events checked before any work, as
  /// `trichosim trial` does. Runs the trial on options.threads threads, stores it, and returns {"run_id": ID,
  /// "record": <trichosim-trial-result/1 record: per arm, endpoint and visit the mean change with its 95 % CI and
  /// the difference to the control arm>}. One engine job at a time (503 meanwhile).
  Reply post_trial(const std::string& body, const std::string& content_type);

  /// GET /api/runs: the stored runs, newest first.
  Reply list_runs() const;

  /// GET /api/runs/{id}: a stored run's JSON record; `id_text` is the raw path segment.
  Reply run(const std::string& id_text) const;

  /// GET /runs: the stored-runs HTML page.
  Reply runs_page() const;

 private:
  WebAppOptions options_;
  mutable std::mutex store_mutex_;
  std::mutex forecast_mutex_;  ///< held while the engine runs a forecast or a consultation
  storage::RunStore store_;
};

/// A JSON error reply {"error": message}.
Reply error_reply(int status, const std::string& message);

}  // namespace trichosim::web
