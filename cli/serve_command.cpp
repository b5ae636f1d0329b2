#include <fmt/format.h>

#include <csignal>
#include <iostream>
#include <thread>

#include "cli/commands.hpp"
#include "cli/price_lookup.hpp"
#include "web/server.hpp"

namespace trichosim::cli {
namespace {

web::Server* g_running = nullptr;  // for the SIGINT/SIGTERM handler only

extern "C" void stop_on_signal(int) {
  if (g_running != nullptr) {
    g_running->stop();
  }
}

}  // namespace

void add_serve_command(CLI::App& app) {
  auto options = std::make_shared<web::ServerOptions>();
  auto prices = std::make_shared<std::string>();
  CLI::App* cmd = app.add_subcommand("serve", "Serve the local web page: forecasts, stored runs, JSON API");
  cmd->footer(
      "Example:\n  trichosim serve --db out/demo/trichosim.db   then open http://127.0.0.1:8080/\n"
      "Binds 127.0.0.1 (this machine only) unless --host says otherwise. Pages: / (forecast), /consult\n"
      "(consultation), /trial (virtual trial), /runs; API: POST /api/forecast, POST /api/consult,\n"
      "POST /api/trial, GET /api/runs, GET /api/runs/ID, GET /api/examples.");
  cmd->add_option("--host", options->host, "Address to listen on (0.0.0.0 exposes it to the network)")
      ->capture_default_str();
  cmd->add_option("--port", options->port, "Port (0 = any free port, printed at start)")
      ->check(CLI::Range(0, 65535))
      ->capture_default_str();
  cmd->add_option("--db", options->app.db, "SQLite run database shared with the CLI and Python")->capture_default_str();
  cmd->add_option("--threads", options->app.threads,
                  "Engine threads per forecast or trial; results do not depend on it")
      ->check(CLI::Range(1, 1024))
      ->capture_default_str();
  cmd->add_option("--prices", *prices,
                  "Consultation price table (default data/consult_prices.toml)");
  cmd->callback([options, prices] {
    std::string note;
    options->app.consult_prices = find_consult_prices(*prices, note);
    std::cerr << note;
    web::Server server(*options);
    const int port = server.bind();
    std::cout << fmt::format("trichosim serve: http://{}:{}/  (runs in {}; Ctrl-C stops)\n", options->host, port,
                             options->app.db.string())
              << std::flush;
    g_running = &server;
    std::signal(SIGINT, stop_on_signal);
    std::signal(SIGTERM, stop_on_signal);
    server.listen();
    g_running = nullptr;
  });
}

}  // namespace trichosim::cli
