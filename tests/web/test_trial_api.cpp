// POST /api/trial (WebApp::post_trial): the trial page's handler, without sockets.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "web/web_app.hpp"

namespace trichosim::web {
namespace {

using nlohmann::json;

/// Two identical placebo arms of 10 men each, half a year: common random numbers make the arms' patients and
/// seeds identical, so every difference to the control arm is exactly 0 (examples/trials/null_trial_1y.toml,
/// smaller).
std::string null_trial(const std::string& n_total) {
  return R"(format = "trichosim-trial/1"
name = "Small null trial"
seed = 7
[population]
sex = "male"
age_min_years = 18
age_max_years = 41
[design]
duration_years = 0.5
visit_years = [0.25, 0.5]
n_total = )" +
         n_total +
         R"(
control_arm = "placebo"
sample_fraction = 0.1
[[arms]]
name = "placebo_b"
ratio = 1
[[arms]]
name = "placebo"
ratio = 1
[[endpoints]]
name = "vertex_count"
instrument = "hair_count"
site = "crown"
circle_cm2 = 5.07
primary = true
)";
}

class TrialApiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("trichosim_web_trial_" + std::to_string(::getpid()) + "_" +
            std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    std::filesystem::remove_all(dir_);
    WebAppOptions options;
    options.db = dir_ / "runs.db";
    app_ = std::make_unique<WebApp>(options);
  }
  void TearDown() override {
    app_.reset();
    std::filesystem::remove_all(dir_);
  }
  json stored() const { return json::parse(app_->list_runs().body); }

  std::filesystem::path dir_;
  std::unique_ptr<WebApp> app_;
};

TEST_F(TrialApiTest, TrialFileIsRunStoredAndGivesPerArmConfidenceIntervals) {
  const Reply r = app_->post_trial(json{{"toml", null_trial("20")}}.dump(), "application/json");
  ASSERT_EQ(r.status, 200) << r.body;
  const json reply = json::parse(r.body);
  const json& rec = reply.at("record");
  EXPECT_EQ(rec.at("format"), "trichosim-trial-result/1");
  ASSERT_EQ(rec.at("arms").size(), 2U);
  for (const auto& arm : rec.at("arms")) {
    EXPECT_EQ(arm.at("randomised"), 10);
    const json& visits = arm.at("endpoints").at(0).at("visits");
    ASSERT_EQ(visits.size(), 3U);  // baseline, 0.25 and 0.5 years
    for (std::size_t v = 1; v < visits.size(); ++v) {
      const json& c = visits[v].at("change");
      EXPECT_LT(c.at("ci95_low").get<double>(), c.at("mean").get<double>()) << visits[v].dump();
      EXPECT_GT(c.at("ci95_high").get<double>(), c.at("mean").get<double>()) << visits[v].dump();
    }
  }
  // Identical arms (common random numbers): the difference to control is exactly 0 at every visit.
  for (const auto& v : rec.at("arms").at(0).at("endpoints").at(0).at("visits")) {
    EXPECT_EQ(v.at("change_versus_control").at("difference").get<double>(), 0.0) << v.dump();
  }
  const json runs = stored();
  ASSERT_EQ(runs.size(), 1U);
  EXPECT_EQ(runs.at(0).at("kind"), "trial");
  EXPECT_EQ(runs.at(0).at("id"), reply.at("run_id"));
  EXPECT_EQ(json::parse(app_->run(std::to_string(reply.at("run_id").get<std::int64_t>())).body), rec);
}

TEST_F(TrialApiTest, BadTrialFileGives400NamingTheFieldAndStoresNothing) {
  std::string unknown_event = null_trial("20");
  unknown_event.replace(unknown_event.find("name = \"placebo_b\""), 18,
                        "name = \"drug\"\n[[arms.events]]\ntype = \"unobtainium\"");
  const struct {
    std::string body;
    std::string content_type;
    std::string error;
  } cases[] = {
      {json{{"toml", null_trial("0")}}.dump(), "application/json",
       "<request>: design.n_total = 0: must be a whole number from 2 to 1000000"},
      {null_trial("1.5"), "text/plain", "<request>: design.n_total = 1.5: must be a whole number from 2 to 1000000"},
      {unknown_event, "text/plain",
       "<request>: arms[0].events[0] (unobtainium).type = \"unobtainium\": unknown event type; known types are "
       "finasteride, dutasteride, spironolactone, minoxidil, ketoconazole, telogen_effluvium, postpartum, "
       "hypothyroidism, hyperthyroidism, iron_deficiency, vitamin_d_deficiency, protein_deficiency, chemotherapy, "
       "beta_blocker, antidepressant, retinoid, anticoagulant, microneedling, transplant, laser, micropigmentation"},
      {R"({"tomll": ""})", "application/json", "tomll: unknown key; the accepted key is toml"},
      {R"({"toml": 3})", "application/json", "toml: must be the trial file's TOML text"},
      {"{}", "application/json", "body: give toml, the trial file's TOML text"},
      {"[1]", "application/json", "body: not a JSON object; send {\"toml\": TEXT}"},
  };
  for (const auto& c : cases) {
    const Reply r = app_->post_trial(c.body, c.content_type);
    EXPECT_EQ(r.status, 400) << c.body;
    EXPECT_EQ(json::parse(r.body).at("error"), c.error) << c.body;
  }
  EXPECT_EQ(stored().size(), 0U);
}

}  // namespace
}  // namespace trichosim::web
