#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "tests/web/small_scenario.hpp"
#include "web/web_app.hpp"

namespace trichosim::web {
namespace {

class WebAppTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("trichosim_web_app_" + std::to_string(::getpid()) + "_" +
            std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    std::filesystem::remove_all(dir_);
    WebAppOptions options;
    options.db = dir_ / "runs.db";
    options.threads = 1;
    app_ = std::make_unique<WebApp>(options);
  }
  void TearDown() override {
    app_.reset();
    std::filesystem::remove_all(dir_);
  }
  static std::string error_of(const Reply& r) { return nlohmann::json::parse(r.body).at("error").get<std::string>(); }
  std::size_t stored() const { return nlohmann::json::parse(app_->list_runs().body).size(); }

  std::filesystem::path dir_;
  std::unique_ptr<WebApp> app_;
};

TEST_F(WebAppTest, BadInputGives400WithTheFieldAndRangeAndStoresNothing) {
  const struct {
    std::string body;
    std::string content_type;
    std::string error;
  } cases[] = {
      {"{\"fields\": {\"person.sex\": \"male\", \"person.age_years\": \"140\"}}", "application/json",
       "<form>: person.age_years = 140: allowed range is 0 to 110 (year)"},
      {"{\"fields\": {\"person.sex\": \"male\", \"person.age_years\": \"abc\"}}", "application/json",
       "<form>: person.age_years = \"abc\": must be a number from 0 to 110 (year)"},
      {"{\"fields\": {\"person.sex\": \"robot\", \"person.age_years\": 30}}", "application/json",
       "<form>: person.sex = \"robot\": allowed values are male, female"},
      {"{\"example\": \"person_30_no_predisposition\", \"years\": 100}", "application/json",
       "--years = 100: allowed range is above 0 up to 80 (year)"},
      {"{\"example\": \"person_30_no_predisposition\", \"seed\": -1}", "application/json",
       "seed = -1: allowed range is 0 to 9007199254740991 (whole number)"},
      {"{\"example\": \"../../etc/passwd\"}", "application/json",
       "example = \"../../etc/passwd\": allowed values are man_25_strong_family_history, woman_50_postmenopause, "
       "person_30_no_predisposition"},
      {nlohmann::json{{"toml", testing::small_scenario_toml("two")}, {"example", "woman_50_postmenopause"}}.dump(),
       "application/json", "body: give exactly one of toml, fields or example"},
      {"{\"toml\": \"x\"}", "application/json",
       "<request>:1:2: not valid TOML: Error while parsing key-value pair: encountered end-of-file"},
      {"{\"exampel\": 1}", "application/json",
       "exampel: unknown key; accepted keys are toml, fields, example, years, seed"},
      {"{}", "application/json", "body: give exactly one of toml, fields or example"},
      {"not json", "application/json",
       "body: not a JSON object; send {\"toml\": TEXT} or {\"fields\": {...}} or {\"example\": ID}"},
      {"[person]\nsex = \"male\"\nage_years = -3\n", "text/plain",
       "<request>: person.age_years = -3: allowed range is 0 to 110 (year)"},
  };
  for (const auto& c : cases) {
    const Reply r = app_->post_forecast(c.body, c.content_type);
    EXPECT_EQ(r.status, 400) << c.body;
    EXPECT_EQ(r.content_type, "application/json");
    EXPECT_EQ(error_of(r), c.error) << c.body;
  }
  EXPECT_EQ(stored(), 0U);
}

TEST_F(WebAppTest, AForecastIsStoredListedAndLoadable) {
  const Reply r =
      app_->post_forecast(nlohmann::json{{"toml", testing::small_scenario_toml("small")}}.dump(), "application/json");
  ASSERT_EQ(r.status, 200) << r.body;
  const auto reply = nlohmann::json::parse(r.body);
  EXPECT_EQ(reply.at("run_id"), 1);
  EXPECT_EQ(reply.at("record").at("format"), "trichosim-forecast/1");
  EXPECT_EQ(reply.at("record").at("observations").size(), 2U);  // years 0 and 0.5
  const auto runs = nlohmann::json::parse(app_->list_runs().body);
  ASSERT_EQ(runs.size(), 1U);
  EXPECT_EQ(runs[0].at("name"), "small");
  const Reply detail = app_->run("1");
  EXPECT_EQ(detail.status, 200);
  EXPECT_EQ(nlohmann::json::parse(detail.body), reply.at("record"));
}

TEST_F(WebAppTest, RunIdsAreCheckedBeforeTheDatabase) {
  EXPECT_EQ(app_->run("abc").status, 400);
  EXPECT_EQ(error_of(app_->run("abc")), "run id = \"abc\": allowed range is whole numbers 1 to 9223372036854775807");
  EXPECT_EQ(error_of(app_->run("0")), "run id = \"0\": allowed range is whole numbers 1 to 9223372036854775807");
  EXPECT_EQ(app_->run("99999999999999999999").status, 400);
  EXPECT_EQ(app_->run("5").status, 404);
  EXPECT_EQ(error_of(app_->run("5")), "run id 5: no such run");
  // Bytes that are not UTF-8 are echoed as U+FFFD instead of breaking the JSON reply (fuzz finding).
  EXPECT_EQ(error_of(app_->run("1\x90")),
            "run id = \"1\xEF\xBF\xBD\": allowed range is whole numbers 1 to 9223372036854775807");
}

TEST_F(WebAppTest, ScriptInjectionInAScenarioNameIsEscapedOnTheRunsPage) {
  const std::string attack = "<script>alert(1)</script><img src=x onerror=alert(2)>";
  const Reply r = app_->post_forecast(testing::small_scenario_toml(attack), "application/toml");
  ASSERT_EQ(r.status, 200) << r.body;
  const Reply page = app_->runs_page();
  EXPECT_EQ(page.content_type, "text/html; charset=utf-8");
  EXPECT_EQ(page.body.find("<script>"), std::string::npos);
  EXPECT_EQ(page.body.find("<img"), std::string::npos);
  EXPECT_NE(page.body.find("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;"),
            std::string::npos);
  // JSON replies carry the text as JSON strings (served as application/json with nosniff).
  EXPECT_EQ(nlohmann::json::parse(app_->list_runs().body)[0].at("name"), attack);
}

TEST_F(WebAppTest, ExamplesAreTheEmbeddedScenarioFiles) {
  const auto ex = nlohmann::json::parse(app_->examples().body);
  ASSERT_EQ(ex.size(), 3U);
  EXPECT_EQ(ex[0].at("id"), "man_25_strong_family_history");
  EXPECT_NE(ex[0].at("toml").get<std::string>().find("family_history = \"strong\""), std::string::npos);
}

}  // namespace
}  // namespace trichosim::web
