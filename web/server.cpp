#include "web/server.hpp"

#include <httplib.h>

#include <nlohmann/json.hpp>

#include "core/input_error.hpp"
#include "web/assets.hpp"

namespace trichosim::web {
namespace {

void send(httplib::Response& res, const Reply& r) {
  res.status = r.status;
  res.set_content(r.body, r.content_type.c_str());
}

void send_asset(httplib::Server& http, const char* path, std::string_view body, const char* type) {
  http.Get(path, [body, type](const httplib::Request&, httplib::Response& res) {
    res.set_content(body.data(), body.size(), type);
  });
}

}  // namespace

Server::Server(ServerOptions options)
    : options_(std::move(options)), app_(options_.app), http_(std::make_unique<httplib::Server>()) {
  httplib::Server& http = *http_;
  http.set_payload_max_length(options_.max_request_bytes);
  http.set_read_timeout(options_.read_timeout_seconds, 0);
  http.set_write_timeout(options_.write_timeout_seconds, 0);
  http.set_keep_alive_timeout(options_.keep_alive_seconds);
  http.set_default_headers({
      {"Content-Security-Policy",
       "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"},
      {"X-Content-Type-Options", "nosniff"},
      {"X-Frame-Options", "DENY"},
      {"Referrer-Policy", "no-referrer"},
      {"Cache-Control", "no-store"},
  });

  send_asset(http, "/", kForecastPageHtml, "text/html; charset=utf-8");
  send_asset(http, "/app.js", kAppJs, "text/javascript; charset=utf-8");
  send_asset(http, "/style.css", kStyleCss, "text/css; charset=utf-8");
  http.Get("/runs", [this](const httplib::Request&, httplib::Response& res) { send(res, app_.runs_page()); });
  http.Get("/api/examples", [this](const httplib::Request&, httplib::Response& res) { send(res, app_.examples()); });
  http.Get("/api/runs", [this](const httplib::Request&, httplib::Response& res) { send(res, app_.list_runs()); });
  http.Get(R"(/api/runs/([^/]+))",
           [this](const httplib::Request& req, httplib::Response& res) { send(res, app_.run(req.matches[1].str())); });
  http.Post("/api/forecast", [this](const httplib::Request& req, httplib::Response& res) {
    send(res, app_.post_forecast(req.body, req.get_header_value("Content-Type")));
  });

  // Errors raised by httplib itself (404 no route, 413 too large, 400 malformed) get a JSON body too.
  http.set_error_handler([this](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) {
      return;
    }
    std::string message = "HTTP " + std::to_string(res.status);
    if (res.status == 404) {
      message = "no such page; pages are /, /runs, /api/runs, /api/runs/{id}, /api/examples, POST /api/forecast";
    } else if (res.status == 413) {
      message = "request body: larger than the limit of " + std::to_string(options_.max_request_bytes) + " bytes";
    } else if (res.status == 405) {
      message = req.method + ": method not allowed here";
    }
    send(res, error_reply(res.status, message));
  });
  http.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr e) {
    std::string what = "unknown error";
    try {
      std::rethrow_exception(e);
    } catch (const std::exception& x) {
      what = x.what();
    } catch (...) {
    }
    send(res, error_reply(500, "internal error: " + what));
  });
}

Server::~Server() = default;

int Server::bind() {
  if (options_.port < 0 || options_.port > 65535) {
    throw InputError("--port = " + std::to_string(options_.port) + ": allowed range is 0 to 65535");
  }
  const bool ok = options_.port == 0 ? (port_ = http_->bind_to_any_port(options_.host)) > 0
                                     : http_->bind_to_port(options_.host, options_.port);
  if (!ok) {
    throw InputError("--host " + options_.host + " --port " + std::to_string(options_.port) +
                     ": cannot listen there (address in use, or not an address of this machine)");
  }
  if (options_.port != 0) {
    port_ = options_.port;
  }
  return port_;
}

void Server::listen() { http_->listen_after_bind(); }

void Server::stop() { http_->stop(); }

}  // namespace trichosim::web
