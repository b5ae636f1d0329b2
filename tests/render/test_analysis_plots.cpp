// Trial CI chart, validation scatter and the trial report, from hand-written records.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "render/analysis_plots.hpp"
#include "render/trial_report.hpp"
#include "render/validation_report.hpp"

namespace trichosim::render {
namespace {

using nlohmann::json;

json change(json mean, json low, json high) {
  return {{"n", 10}, {"mean", mean}, {"sd", 1.0}, {"se", 1.0}, {"ci95_low", low}, {"ci95_high", high}};
}

/// Two arms, one endpoint, visits at 0 and 0.5 years; the drug arm's 0.5-year CI is missing (too few patients).
json trial_record(const std::string& drug_name) {
  const auto visit = [](double years, json c, bool compared) {
    json v = {{"years", years}, {"value", change(950.0, nullptr, nullptr)}, {"change", std::move(c)}};
    if (compared) {
      v["change_versus_control"] = {{"difference", 20.0}, {"ci95_low", 5.0}, {"ci95_high", 35.0}, {"p_value", 0.01}};
    }
    return v;
  };
  const auto arm = [&](const std::string& name, json visits) {
    return json{{"name", name},
                {"randomised", 10},
                {"adherence", 1.0},
                {"events", 1},
                {"endpoints", json::array({{{"name", "vertex_count"},
                                            {"instrument", "hair_count"},
                                            {"site", "crown circle 5.07 cm2"},
                                            {"primary", true},
                                            {"visits", std::move(visits)}}})}};
  };
  return {
      {"format", "trichosim-trial-result/1"},
      {"provenance",
       {{"version", "0.1.0"}, {"git_hash", "abc"}, {"registry_hash", "r"}, {"trial_hash", "t"}, {"seed", 7}}},
      {"trial", {{"name", "T"}, {"source", "t.toml"}, {"visit_years", {0.0, 0.5}}, {"control_arm", "placebo"}}},
      {"screening", {{"screened", 30}, {"enrolled", 20}}},
      {"arms",
       {arm(drug_name, {visit(0.0, change(0.0, 0.0, 0.0), true), visit(0.5, change(15.0, nullptr, nullptr), true)}),
        arm("placebo", {visit(0.0, change(0.0, 0.0, 0.0), false), visit(0.5, change(-13.0, -47.1, 21.1), false)})}}};
}

TEST(TrialCiChart, OneCiBarSeriesAndOneMeanSeriesPerArmTakenFromTheRecord) {
  const json chart = trial_ci_chart(trial_record("drug"), 0);
  EXPECT_EQ(chart.at("type"), "scatter");
  const json& d = chart.at("data").at("datasets");
  ASSERT_EQ(d.size(), 4U);
  // Two arms side by side: shifted by -/+ 0.5 x 0.015 x the last visit (0.5 years) = 0.00375 years.
  const double l = -0.00375;
  const double r = 0.00375;
  EXPECT_EQ(d[0].at("label"), "drug 95 % CI");
  // The 0.5-year CI is missing: no bar there, never a made-up one.
  EXPECT_EQ(d[0].at("data"), json({{{"x", l}, {"y", 0.0}}, {{"x", l}, {"y", 0.0}}, {{"x", l}, {"y", nullptr}}}));
  EXPECT_EQ(d[1].at("label"), "drug mean");
  EXPECT_EQ(d[1].at("data"), json({{{"x", l}, {"y", 0.0}}, {{"x", 0.5 + l}, {"y", 15.0}}}));
  EXPECT_EQ(d[2].at("data"), json({{{"x", r}, {"y", 0.0}},
                                   {{"x", r}, {"y", 0.0}},
                                   {{"x", r}, {"y", nullptr}},
                                   {{"x", 0.5 + r}, {"y", -47.1}},
                                   {{"x", 0.5 + r}, {"y", 21.1}},
                                   {{"x", 0.5 + r}, {"y", nullptr}}}));
  EXPECT_EQ(d[3].at("data"), json({{{"x", r}, {"y", 0.0}}, {{"x", 0.5 + r}, {"y", -13.0}}}));
  EXPECT_EQ(chart.at("options").at("animation"), false);
  EXPECT_THROW(trial_ci_chart(trial_record("drug"), 1), nlohmann::json::out_of_range);
}

TEST(ValidationScatter, SplitsWithinFromMissesAndDrawsTheIdentityOverTheirRange) {
  const json rows = {
      {{"label", "a"}, {"unit", "%"}, {"published", 10.0}, {"simulated", 11.0}, {"within", true}},
      {{"label", "b"}, {"unit", "hairs/cm2"}, {"published", 200.0}, {"simulated", 150.0}, {"within", false}},
      {{"label", "c"}, {"unit", "um"}, {"published", 70.0}, {"simulated", nullptr}, {"within", nullptr}},
  };
  const json chart = validation_scatter_chart(rows);
  EXPECT_EQ(chart.at("type"), "scatter");
  const json& d = chart.at("data").at("datasets");
  ASSERT_EQ(d.size(), 3U);
  EXPECT_EQ(d[0].at("data"), json({{{"x", 10.0}, {"y", 11.0}, {"label", "a (%)"}}}));
  EXPECT_EQ(d[1].at("data"), json({{{"x", 200.0}, {"y", 150.0}, {"label", "b (hairs/cm2)"}}}));
  EXPECT_EQ(d[2].at("data"), json({{{"x", 10.0}, {"y", 10.0}}, {{"x", 200.0}, {"y", 200.0}}}));
}

TEST(TrialReport, HasOneChartPerEndpointTheCisAndEscapesText) {
  const std::string page = trial_report_html(trial_record("<script>alert(1)</script>"));
  // As HTML text it is escaped; inside the chart JSON (a JS string) "</" is made "<\\/" so it cannot close the script.
  EXPECT_EQ(page.find("<script>alert(1)</script>"), std::string::npos);
  EXPECT_NE(page.find("<script>alert(1)<\\/script> 95 % CI"), std::string::npos);
  EXPECT_NE(page.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
  EXPECT_NE(page.find("<canvas id=\"c_trial_0\">"), std::string::npos);
  EXPECT_EQ(page.find("c_trial_1"), std::string::npos);
  EXPECT_NE(page.find("<td>[-47.1, +21.1]</td>"), std::string::npos);  // placebo's 0.5-year change CI
  EXPECT_NE(page.find("<td>+20.0</td><td>[+5.0, +35.0]</td><td>0.010</td>"), std::string::npos);
  EXPECT_NE(page.find("<td>[—, —]</td>"), std::string::npos);  // the drug arm's missing CI
}

TEST(ValidationReport, CountsWithinAndMissesAndNamesWhyAnEndpointDidNotRun) {
  const json rows = {
      {{"study", "Kaufman 1998"},
       {"label", "count"},
       {"unit", "hairs"},
       {"published", 876.0},
       {"spread", 50.0},
       {"simulated", 880.0},
       {"within", true},
       {"reason", ""}},
      {{"study", "Rakowska <2009>"},
       {"label", "thin %"},
       {"unit", "%"},
       {"published", 20.0},
       {"spread", 2.0},
       {"simulated", 30.0},
       {"within", false},
       {"reason", ""}},
      {{"study", "Olsen"},
       {"label", "d"},
       {"unit", "um"},
       {"published", 70.0},
       {"spread", 5.0},
       {"simulated", nullptr},
       {"within", nullptr},
       {"reason", "needs instrument x"}},
  };
  const std::string page = validation_report_html(rows);
  EXPECT_NE(page.find("1 of 2 runnable endpoints within the published spread (3 endpoints in all)"), std::string::npos);
  EXPECT_NE(page.find("<td>876 ± 50</td><td>880</td><td style=\"text-align:left\">yes</td>"), std::string::npos);
  EXPECT_NE(page.find("<td>20 ± 2</td><td>30</td><td style=\"text-align:left\">NO (miss)</td>"), std::string::npos);
  EXPECT_NE(page.find("not runnable: needs instrument x"), std::string::npos);
  EXPECT_NE(page.find("Rakowska &lt;2009&gt;"), std::string::npos);
  EXPECT_NE(page.find("<canvas id=\"c_validation\">"), std::string::npos);
}

TEST(ValidationReport, RowsWithOtherSeedsGetTheirColumn) {
  nlohmann::json rows = nlohmann::json::array();
  rows.push_back({{"study", "Kaufman"},
                  {"label", "baseline"},
                  {"unit", "hairs"},
                  {"published", 876.0},
                  {"spread", 50.0},
                  {"simulated", 880.0},
                  {"within", true},
                  {"reason", ""},
                  {"other_seeds", 4},
                  {"within_other_seeds", 3}});
  rows.push_back({{"study", "Olsen"},
                  {"label", "d"},
                  {"unit", "um"},
                  {"published", 70.0},
                  {"spread", 5.0},
                  {"simulated", nullptr},
                  {"within", nullptr},
                  {"reason", "needs instrument x"},
                  {"other_seeds", 4},
                  {"within_other_seeds", nullptr}});
  const std::string page = validation_report_html(rows);
  EXPECT_NE(page.find("<th>within</th><th>other seeds</th></tr>"), std::string::npos);
  EXPECT_NE(page.find("yes</td><td>3/4</td></tr>"), std::string::npos);
  EXPECT_NE(page.find("needs instrument x</td><td>—</td></tr>"), std::string::npos);
  rows[0].erase("other_seeds");
  rows[0].erase("within_other_seeds");
  rows.erase(1);
  EXPECT_EQ(validation_report_html(rows).find("other seeds"), std::string::npos);
}

}  // namespace
}  // namespace trichosim::render
