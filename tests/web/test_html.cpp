#include <gtest/gtest.h>

#include "web/html.hpp"

namespace trichosim::web {
namespace {

TEST(RunsPage, EscapesEveryStoredText) {
  storage::StoredRun r;
  r.id = 7;
  r.kind = "forecast";
  r.created_utc = "2026-01-01T00:00:00Z";
  r.name = "<script>alert('x')</script>";
  r.version = "<b>1</b>";
  r.git_hash = "\"onmouseover=alert(1)";
  const std::string page = runs_page({r}, "<img src=x onerror=alert(1)>.db");
  EXPECT_EQ(page.find("<script>alert"), std::string::npos);
  EXPECT_EQ(page.find("<img src=x"), std::string::npos);
  EXPECT_EQ(page.find("<b>1</b>"), std::string::npos);
  EXPECT_EQ(page.find("\"onmouseover"), std::string::npos);
  EXPECT_NE(page.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), std::string::npos);
  EXPECT_NE(page.find("<a href=\"/api/runs/7\">7</a>"), std::string::npos);
}

TEST(RunsPage, SaysSoWhenThereAreNoRuns) {
  EXPECT_NE(runs_page({}, "x.db").find("No stored runs yet"), std::string::npos);
}

}  // namespace
}  // namespace trichosim::web
