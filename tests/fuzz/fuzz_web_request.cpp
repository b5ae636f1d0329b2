// Fuzz target: the local server's request handling without sockets (web/). The same bytes go in as a POST
// /api/forecast body (read as JSON and as raw TOML: web/forecast_request.cpp, which validates but runs nothing)
// and as the {id} path segment of GET /api/runs/{id} against an empty store. Either an InputError (the 400 reply)
// or a request that would run; the run lookup must answer 400 or 404 with a JSON error, never throw or crash.
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "core/input_error.hpp"
#include "web/forecast_request.hpp"
#include "web/web_app.hpp"

namespace {

void require(bool ok) {
  if (!ok) {
    std::abort();
  }
}

// One empty store per fuzzing process (TMPDIR: scripts/fuzz-smoke points it at /dev/shm).
trichosim::web::WebApp& app() {
  static const std::filesystem::path db =
      std::filesystem::temp_directory_path() / ("trichosim_fuzz_web_" + std::to_string(::getpid()) + ".db");
  static trichosim::web::WebApp instance([] {
    trichosim::web::WebAppOptions o;
    o.db = db;
    return o;
  }());
  return instance;
}

void read_request(const std::string& text, const std::string& content_type) {
  try {
    const trichosim::web::ForecastRequest r = trichosim::web::read_forecast_request(text, content_type);
    require(!r.options.years || (*r.options.years > 0.0 && *r.options.years <= 80.0));
  } catch (const trichosim::InputError&) {
    // The 400 reply: the expected outcome for most inputs.
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  read_request(text, "application/json");
  read_request(text, "text/plain");
  const trichosim::web::Reply reply = app().run(text);
  require(reply.status == 400 || reply.status == 404);
  const auto body = nlohmann::json::parse(reply.body, nullptr, false);
  require(body.is_object() && body.contains("error"));
  return 0;
}
