// POST /api/consult (WebApp::post_consultation): the consultation form's handler, without sockets.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "web/web_app.hpp"

namespace trichosim::web {
namespace {

using nlohmann::json;

/// A man of 28 with vertex and hairline thinning for 4 years (data/vignettes/male_aga_kaufman.toml, as the form
/// sends it).
json kaufman_intake() {
  return json{
      {"name", "Form patient"},
      {"seed", 11},
      {"recent_events", json::array()},
      {"medications", json::array()},
      {"person", {{"sex", "male"}, {"age_years", 28}, {"ethnicity", "caucasian"}, {"family_history", "one_side"}}},
      {"complaint", {{"onset", "gradual"}, {"duration_months", 48}, {"pattern", {"hairline", "crown"}}}},
      {"shedding", {{"hairs_per_day", 60}, {"pull_test_percent", 4}}},
      {"conditions", {{"thyroid", "none"}}},
      {"scalp", {{"scarring", false}}}};
}

const char* const kKaufmanToml = R"(format = "trichosim-intake/1"
name = "File patient"
seed = 11
recent_events = []
medications = []
[person]
sex = "male"
age_years = 28
ethnicity = "caucasian"
family_history = "one_side"
[complaint]
onset = "gradual"
duration_months = 48
pattern = ["hairline", "crown"]
[shedding]
hairs_per_day = 60
pull_test_percent = 4
[conditions]
thyroid = "none"
[scalp]
scarring = false
)";

class ConsultationApiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("trichosim_web_consult_" + std::to_string(::getpid()) + "_" +
            std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    std::filesystem::remove_all(dir_);
    open_app(2);
  }
  /// A coarse twin keeps the tests fast: 3 emulator points, 200 particles and `draws` simulated draws per option
  /// (the registry's default is 9, 2000 and 5).
  void open_app(double draws) {
    app_.reset();
    WebAppOptions options;
    options.db = dir_ / "runs.db";
    options.params.set(Param::consult_twin_grid_points, 3);
    options.params.set(Param::consult_twin_particles, 200);
    options.params.set(Param::consult_twin_draws, draws);
    app_ = std::make_unique<WebApp>(options);
  }
  void TearDown() override {
    app_.reset();
    std::filesystem::remove_all(dir_);
  }
  static std::string error_of(const Reply& r) { return json::parse(r.body).at("error").get<std::string>(); }
  json stored() const { return json::parse(app_->list_runs().body); }

  std::filesystem::path dir_;
  std::unique_ptr<WebApp> app_;
};

TEST_F(ConsultationApiTest, FormIntakeIsDiagnosedForecastAndStoredAsAConsultation) {
  const Reply r = app_->post_consultation(json{{"intake", kaufman_intake()}}.dump(), "application/json");
  ASSERT_EQ(r.status, 200) << r.body;
  const json reply = json::parse(r.body);
  const json& rec = reply.at("record");
  EXPECT_EQ(rec.at("format"), "trichosim-consultation/1");
  EXPECT_EQ(rec.at("name"), "Form patient");
  // The vignette this intake is copied from expects male pattern loss on top and no red flag.
  EXPECT_EQ(rec.at("differential").at("scores").at(0).at("condition"), "aga_male");
  EXPECT_TRUE(rec.at("differential").at("red_flags").empty());
  int simulated = 0;
  for (const auto& o : rec.at("regimen").at("options")) {
    ASSERT_EQ(o.at("forecast").size(), 3U) << o.dump();  // 1, 3 and 5 years
    if (o.at("status") != "simulated") {
      EXPECT_FALSE(o.at("forecast").at(0).contains("density_per_cm2")) << o.dump();
      continue;
    }
    ++simulated;
    for (const auto& f : o.at("forecast")) {
      const auto& b = f.at("density_per_cm2");
      EXPECT_LE(b.at("lower").get<double>(), b.at("median").get<double>()) << o.dump();
      EXPECT_LE(b.at("median").get<double>(), b.at("upper").get<double>()) << o.dump();
      EXPECT_GT(b.at("median").get<double>(), 0.0) << o.dump();
    }
  }
  EXPECT_GE(simulated, 1);

  const json runs = stored();
  ASSERT_EQ(runs.size(), 1U);
  EXPECT_EQ(runs.at(0).at("kind"), "consultation");
  EXPECT_EQ(runs.at(0).at("id"), reply.at("run_id"));
  EXPECT_EQ(runs.at(0).at("seed"), 11);
  const Reply back = app_->run(std::to_string(reply.at("run_id").get<std::int64_t>()));
  ASSERT_EQ(back.status, 200);
  EXPECT_EQ(json::parse(back.body), rec);
}

TEST_F(ConsultationApiTest, TheFormAndTheTomlFileOfTheSameIntakeGiveTheSameConsultation) {
  open_app(1);
  const Reply form = app_->post_consultation(json{{"intake", kaufman_intake()}}.dump(), "application/json");
  const Reply file = app_->post_consultation(kKaufmanToml, "application/toml");
  ASSERT_EQ(form.status, 200) << form.body;
  ASSERT_EQ(file.status, 200) << file.body;
  json a = json::parse(form.body).at("record");
  json b = json::parse(file.body).at("record");
  EXPECT_EQ(b.at("name"), "File patient");
  // Only the name differs (it is printed in the summaries too): same reader, same seed, same results.
  EXPECT_EQ(a.at("differential"), b.at("differential"));
  EXPECT_EQ(a.at("regimen"), b.at("regimen"));
  EXPECT_EQ(a.at("twin"), b.at("twin"));
  EXPECT_EQ(stored().size(), 2U);
}

TEST_F(ConsultationApiTest, BadIntakeGives400NamingTheFieldAndStoresNothing) {
  const auto with = [](const json::json_pointer& where, const json& value) {
    json in = kaufman_intake();
    in[where] = value;
    return json{{"intake", in}}.dump();
  };
  const struct {
    std::string body;
    std::string content_type;
    std::string error;
  } cases[] = {
      {with(json::json_pointer("/person/age_years"), 140), "application/json",
       "<form>: person.age_years = 140: allowed range is 0 to 110 (year)"},
      {with(json::json_pointer("/person/age_years"), "abc"), "application/json",
       "<form>: person.age_years = \"abc\": must be a number from 0 to 110 (year)"},
      {with(json::json_pointer("/complaint/pattern"), {"crown", "nape"}), "application/json",
       "<form>: complaint.pattern[1] = \"nape\": allowed values are hairline, crown, top, diffuse, patchy, "
       "whole_scalp"},
      {with(json::json_pointer("/recent_events"), json::array({{{"type", "childbirth"}, {"months_ago", 3}}})),
       "application/json", "<form>: recent_events[0].type = \"childbirth\": only for sex = \"female\""},
      {with(json::json_pointer("/recent_events"), json::array({{{"type", "surgery"}}})), "application/json",
       "<form>: recent_events[0].months_ago: missing; give a number from 0 to 600 (month)"},
      {with(json::json_pointer("/shedding/pull_test_percent"), 101), "application/json",
       "<form>: shedding.pull_test_percent = 101: allowed range is 0 to 100 (percent)"},
      {json{{"intake", kaufman_intake()}, {"toml", kKaufmanToml}}.dump(), "application/json",
       "body: give exactly one of intake or toml"},
      {R"({"intak": {}})", "application/json", "intak: unknown key; accepted keys are intake, toml"},
      {R"({"intake": 3})", "application/json", "intake: must be an object of intake fields (docs/consultation.md)"},
      {"not json", "application/json", "body: not a JSON object; send {\"intake\": {...}} or {\"toml\": TEXT}"},
      // A number beyond a double: nlohmann throws out_of_range even when asked not to throw (fuzz finding).
      {R"({"intake": 1e999})", "application/json",
       "body: not a JSON object; send {\"intake\": {...}} or {\"toml\": TEXT}"},
      {"format = \"trichosim-intake/1\"\n[person]\nsex = \"robot\"\nage_years = 30\n", "text/plain",
       "<request>: person.sex = \"robot\": allowed values are male, female"},
  };
  for (const auto& c : cases) {
    const Reply r = app_->post_consultation(c.body, c.content_type);
    EXPECT_EQ(r.status, 400) << c.body;
    EXPECT_EQ(r.content_type, "application/json");
    EXPECT_EQ(error_of(r), c.error) << c.body;
  }
  EXPECT_EQ(stored().size(), 0U);
}

}  // namespace
}  // namespace trichosim::web
