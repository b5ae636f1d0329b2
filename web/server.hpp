#pragma once
#include <cstddef>
#include <memory>
#include <string>

#include "web/web_app.hpp"

namespace httplib {
class Server;
}

namespace trichosim::web {

/// Where and how the local server listens, with its hardening limits.
struct ServerOptions {
  std::string host = "127.0.0.1";             ///< loopback only unless told otherwise
  int port = 8080;                            ///< 0 = any free port (see Server::port)
  std::size_t max_request_bytes = 2U << 20U;  ///< larger bodies get 413 (bytes; scenarios are <= 1 MiB)
  int read_timeout_seconds = 10;              ///< a client that stalls sending a request is dropped
  int write_timeout_seconds = 10;             ///< a client that stalls reading a reply is dropped
  int keep_alive_seconds = 5;                 ///< idle keep-alive connections are closed after this
  WebAppOptions app;                          ///< database and engine threads
};

/// The local web server: fixed routes over WebApp, embedded assets, security headers on every reply
/// (Content-Security-Policy without inline script, nosniff, no framing, no referrer). No request path reaches
/// the file system: the only file it opens is the database named at start. When bound to loopback it answers
/// only requests whose Host is loopback (against DNS rebinding), and refuses POSTs from another Origin (403).
class Server {
 public:
  explicit Server(ServerOptions options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  /// Binds the socket; throws InputError naming host and port when that fails. Returns the bound port.
  int bind();
  /// Serves until stop() (blocking). Call bind() first.
  void listen();
  /// Stops listen() from another thread.
  void stop();
  int port() const { return port_; }

 private:
  ServerOptions options_;
  WebApp app_;
  std::unique_ptr<httplib::Server> http_;
  int port_ = 0;
};

}  // namespace trichosim::web
