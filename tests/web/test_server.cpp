// The real server on a loopback port: routes, security headers, size limit, JSON errors, and a bounded load test
// (a fixed number of requests; the rate is printed, never asserted: timing does not decide a unit test).
#include <gtest/gtest.h>
#include <httplib.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>
#include <thread>

#include "tests/web/small_scenario.hpp"
#include "web/server.hpp"

namespace trichosim::web {
namespace {

class ServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("trichosim_server_" + std::to_string(::getpid()) + "_" +
            std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    std::filesystem::remove_all(dir_);
    ServerOptions o;
    o.port = 0;
    o.max_request_bytes = 64U << 10U;
    o.app.db = dir_ / "runs.db";
    server_ = std::make_unique<Server>(o);
    port_ = server_->bind();
    thread_ = std::thread([this] { server_->listen(); });
  }
  void TearDown() override {
    server_->stop();
    thread_.join();
    server_.reset();
    std::filesystem::remove_all(dir_);
  }
  httplib::Client client() const {
    httplib::Client c("127.0.0.1", port_);
    c.set_read_timeout(60, 0);
    c.set_tcp_nodelay(true);
    return c;
  }

  std::filesystem::path dir_;
  std::unique_ptr<Server> server_;
  std::thread thread_;
  int port_ = 0;
};

TEST(ServerOptions, BindsLoopbackByDefault) { EXPECT_EQ(ServerOptions{}.host, "127.0.0.1"); }

TEST_F(ServerTest, ServesThePageWithSecurityHeaders) {
  auto c = client();
  const auto res = c.Get("/");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_NE(res->body.find("<h1>Forecast one scalp</h1>"), std::string::npos);
  EXPECT_EQ(res->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_NE(res->get_header_value("Content-Security-Policy").find("script-src 'self'"), std::string::npos);
  EXPECT_EQ(res->get_header_value("X-Content-Type-Options"), "nosniff");
  EXPECT_EQ(res->get_header_value("X-Frame-Options"), "DENY");
  const auto js = c.Get("/app.js");
  ASSERT_TRUE(js);
  EXPECT_EQ(js->get_header_value("Content-Type"), "text/javascript; charset=utf-8");
}

TEST_F(ServerTest, UnknownPathsAndFileLikePathsGetJson404) {
  auto c = client();
  for (const char* path :
       {"/nope", "/../../etc/passwd", "/examples/man_25_strong_family_history.toml", "/%2e%2e/%2e%2e/etc/passwd"}) {
    const auto res = c.Get(path);
    ASSERT_TRUE(res) << path;
    EXPECT_EQ(res->status, 404) << path;
    EXPECT_EQ(res->get_header_value("Content-Type"), "application/json");
    EXPECT_NE(res->body.find("\"error\":\"no such page"), std::string::npos) << res->body;
  }
}

TEST_F(ServerTest, OtherHostsAndCrossOriginPostsAreRefused) {
  auto c = client();
  const auto rebound = c.Get("/api/runs", {{"Host", "attacker.example:8080"}});
  ASSERT_TRUE(rebound);
  EXPECT_EQ(rebound->status, 403);
  EXPECT_EQ(nlohmann::json::parse(rebound->body).at("error"),
            "Host header = \"attacker.example:8080\": this server answers only 127.0.0.1, localhost and [::1]");
  const auto forged = c.Post("/api/forecast", {{"Origin", "http://attacker.example"}},
                             testing::small_scenario_toml("forged"), "application/toml");
  ASSERT_TRUE(forged);
  EXPECT_EQ(forged->status, 403);
  EXPECT_EQ(nlohmann::json::parse(forged->body).at("error"),
            "Origin = \"http://attacker.example\": only pages served by this server may post here");
  EXPECT_EQ(nlohmann::json::parse(c.Get("/api/runs")->body).size(), 0U);
  const auto local = c.Get("/api/runs", {{"Host", "localhost:" + std::to_string(port_)}});
  ASSERT_TRUE(local);
  EXPECT_EQ(local->status, 200);
}

TEST_F(ServerTest, OversizeBodiesAreRefusedWith413) {
  auto c = client();
  const std::string big((64U << 10U) + 1U, 'a');
  const auto res = c.Post("/api/forecast", big, "text/plain");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 413);
  EXPECT_EQ(nlohmann::json::parse(res->body).at("error"), "request body: larger than the limit of 65536 bytes");
  EXPECT_EQ(nlohmann::json::parse(c.Get("/api/runs")->body).size(), 0U);
}

TEST_F(ServerTest, BadInputGives400JsonOverHttp) {
  auto c = client();
  const auto res =
      c.Post("/api/forecast", R"({"fields": {"person.sex": "male", "person.age_years": "140"}})", "application/json");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 400);
  EXPECT_EQ(nlohmann::json::parse(res->body).at("error"),
            "<form>: person.age_years = 140: allowed range is 0 to 110 (year)");
}

TEST_F(ServerTest, AForecastOverHttpAppearsInTheRunList) {
  auto c = client();
  const auto res = c.Post("/api/forecast", testing::small_scenario_toml("over http"), "application/toml");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  const auto page = c.Get("/runs");
  ASSERT_TRUE(page);
  EXPECT_NE(page->body.find("<td>over http</td>"), std::string::npos);
  const auto detail = c.Get("/api/runs/1");
  ASSERT_TRUE(detail);
  EXPECT_EQ(nlohmann::json::parse(detail->body).at("scenario").at("name"), "over http");
}

TEST_F(ServerTest, StaysResponsiveUnderABoundedLoopbackLoad) {
  constexpr int kClients = 4;
  constexpr int kRequestsPerClient = 250;  // 1,000 requests in all, over keep-alive connections
  std::vector<int> ok(kClients, 0);
  const auto t0 = std::chrono::steady_clock::now();
  std::vector<std::thread> clients;
  for (int k = 0; k < kClients; ++k) {
    clients.emplace_back([this, k, &ok] {
      auto c = client();
      c.set_keep_alive(true);
      for (int i = 0; i < kRequestsPerClient; ++i) {
        const char* path = i % 3 == 0 ? "/api/runs" : (i % 3 == 1 ? "/" : "/runs");
        const auto res = c.Get(path);
        ok[static_cast<std::size_t>(k)] += (res && res->status == 200) ? 1 : 0;
      }
    });
  }
  for (auto& t : clients) {
    t.join();
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  for (int k = 0; k < kClients; ++k) {
    EXPECT_EQ(ok[static_cast<std::size_t>(k)], kRequestsPerClient) << "client " << k;
  }
  const double rate = kClients * kRequestsPerClient / seconds;
  std::cout << "load test: " << kClients * kRequestsPerClient << " requests in " << seconds << " s = " << rate
            << " requests/s\n";
  RecordProperty("requests_per_second", std::to_string(rate));
  // Still answering after the burst.
  const auto res = client().Get("/api/examples");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
}

}  // namespace
}  // namespace trichosim::web
