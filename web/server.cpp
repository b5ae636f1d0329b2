#include "web/server.hpp"

#include <httplib.h>

#include <nlohmann/json.hpp>

#include "core/input_error.hpp"
#include "web/assets.hpp"

namespace trichosim::web {
namespace {

constexpr std::size_t kKeepAliveMaxRequests = 100;  // requests per connection before it is closed

void send(httplib::Response& res, const Reply& r) {
  res.status = r.status;
  res.set_content(r.body, r.content_type);
}

void send_asset(httplib::Server& http, const char* path, std::string_view body, const char* type) {
  http.Get(path, [body, type](const httplib::Request&, httplib::Response& res) {
    res.set_content(body.data(), body.size(), type);
  });
}

bool is_loopback_name(const std::string& host) {
  return host == "127.0.0.1" || host == "localhost" || host == "::1" || host == "[::1]";
}

// The host part of a Host header ("127.0.0.1:8080" -> "127.0.0.1", "[::1]:8080" -> "[::1]").
std::string host_name(const std::string& header) {
  if (header.starts_with("[")) {
    return header.substr(0, header.find(']') + 1);
  }
  return header.substr(0, header.find(':'));
}

// Refuses requests a web page elsewhere could make through the user's browser: a Host other than loopback when
// serving loopback (DNS rebinding), and a POST whose Origin is not this server (cross-site request forgery).
// Returns the refusal message, or "" to let the request through.
std::string refusal(const httplib::Request& req, bool loopback_only) {
  const std::string host = req.get_header_value("Host");
  if (loopback_only && !is_loopback_name(host_name(host))) {
    return "Host header = \"" + host.substr(0, 80) + "\": this server answers only 127.0.0.1, localhost and [::1]";
  }
  const std::string origin = req.get_header_value("Origin");
  if (req.method == "POST" && !origin.empty() && origin != "http://" + host) {
    return "Origin = \"" + origin.substr(0, 80) + "\": only pages served by this server may post here";
  }
  return "";
}

}  // namespace

Server::Server(ServerOptions options)
    : options_(std::move(options)), app_(options_.app), http_(std::make_unique<httplib::Server>()) {
  httplib::Server& http = *http_;
  http.set_payload_max_length(options_.max_request_bytes);
  http.set_read_timeout(options_.read_timeout_seconds, 0);
  http.set_write_timeout(options_.write_timeout_seconds, 0);
  http.set_keep_alive_timeout(options_.keep_alive_seconds);
  http.set_keep_alive_max_count(kKeepAliveMaxRequests);
  http.set_tcp_nodelay(true);  // small replies go out at once (no Nagle / delayed-ACK stalls of ~40 ms)
  http.set_default_headers({
      {"Content-Security-Policy",
       "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"},
      {"X-Content-Type-Options", "nosniff"},
      {"X-Frame-Options", "DENY"},
      {"Referrer-Policy", "no-referrer"},
      {"Cache-Control", "no-store"},
  });

  http.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
    const std::string why = refusal(req, is_loopback_name(options_.host));
    if (why.empty()) {
      return httplib::Server::HandlerResponse::Unhandled;
    }
    send(res, error_reply(403, why));
    return httplib::Server::HandlerResponse::Handled;
  });
  send_asset(http, "/", kForecastPageHtml, "text/html; charset=utf-8");
  send_asset(http, "/app.js", kAppJs, "text/javascript; charset=utf-8");
  send_asset(http, "/style.css", kStyleCss, "text/css; charset=utf-8");
  send_asset(http, "/consult", kConsultPageHtml, "text/html; charset=utf-8");
  send_asset(http, "/consult.js", kConsultJs, "text/javascript; charset=utf-8");
  send_asset(http, "/trial", kTrialPageHtml, "text/html; charset=utf-8");
  send_asset(http, "/trial.js", kTrialJs, "text/javascript; charset=utf-8");
  http.Get("/runs", [this](const httplib::Request&, httplib::Response& res) { send(res, app_.runs_page()); });
  http.Get("/api/examples", [this](const httplib::Request&, httplib::Response& res) { send(res, app_.examples()); });
  http.Get("/api/runs", [this](const httplib::Request&, httplib::Response& res) { send(res, app_.list_runs()); });
  http.Get(R"(/api/runs/([^/]+))",
           [this](const httplib::Request& req, httplib::Response& res) { send(res, app_.run(req.matches[1].str())); });
  http.Post("/api/forecast", [this](const httplib::Request& req, httplib::Response& res) {
    send(res, app_.post_forecast(req.body, req.get_header_value("Content-Type")));
  });
  http.Post("/api/consult", [this](const httplib::Request& req, httplib::Response& res) {
    send(res, app_.post_consultation(req.body, req.get_header_value("Content-Type")));
  });
  http.Post("/api/trial", [this](const httplib::Request& req, httplib::Response& res) {
    send(res, app_.post_trial(req.body, req.get_header_value("Content-Type")));
  });

  // Errors raised by httplib itself (404 no route, 413 too large, 400 malformed) get a JSON body too.
  http.set_error_handler([this](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) {
      return;
    }
    std::string message = "HTTP " + std::to_string(res.status);
    if (res.status == 404) {
      message =
          "no such page; pages are /, /consult, /trial, /runs, /api/runs, /api/runs/{id}, /api/examples, POST "
          "/api/forecast, POST /api/consult, POST /api/trial";
    } else if (res.status == 413) {
      message = "request body: larger than the limit of " + std::to_string(options_.max_request_bytes) + " bytes";
    } else if (res.status == 405) {
      message = req.method + ": method not allowed here";
    }
    send(res, error_reply(res.status, message));
  });
  http.set_exception_handler([](const httplib::Request&, httplib::Response& res, const std::exception_ptr& e) {
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
