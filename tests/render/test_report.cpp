#include <gtest/gtest.h>

#include "app/forecast.hpp"
#include "render/forecast_report.hpp"
#include "scenario/scenario.hpp"

namespace trichosim::render {
namespace {

std::size_t count(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) {
    ++n;
  }
  return n;
}

// A 200 cm² scalp observed every `every` years over `horizon` years (0, 1 and 2 by default), with a hostile name.
std::string small_report(const std::string& name, double horizon = 2.0, double every = 1.0) {
  const std::string toml = "format = \"trichosim-scenario/1\"\nname = \"" + name +
                           "\"\nseed = 5\n[person]\nsex = \"male\"\nage_years = 30\nfamily_history = \"strong\"\n"
                           "[simulation]\nhorizon_years = " +
                           std::to_string(horizon) + "\nobserve_every_years = " + std::to_string(every) +
                           "\n"
                           "[parameters]\n\"scalp.area_cm2\" = 200\n";
  const scenario::Scenario s = scenario::parse_scenario(toml, "<test>");
  ReportOptions options;
  options.slider_px = 200;
  options.style.size_px = 200;
  options.trichoscopy.field_px = 200;
  options.trichoscopy.panel_px = 150;
  ReportRecorder recorder(options, {0.0, years_to_days(horizon)});
  app::ForecastOptions run;
  run.on_observation = [&recorder](const Simulation& sim, Day day) { recorder.observe(sim, day); };
  const app::ForecastResult result = app::run_forecast(s, run);
  return forecast_report_html(result, recorder);
}

TEST(Report, UserTextIsEscaped) {
  const std::string html = small_report("<script>alert(1)</script> & co");
  EXPECT_EQ(html.find("<script>alert(1)"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"), std::string::npos);
}

TEST(Report, IsSelfContainedWithOneSliderFramePerObservation) {
  const std::string html = small_report("Man, 30");
  EXPECT_EQ(count(html, "<img class=\"frame\""), 3U);            // years 0, 1, 2
  EXPECT_EQ(count(html, "alt=\"Hairline view\""), 2U);           // first and last observation
  EXPECT_EQ(count(html, "trichoscopy\" src=\"data:image"), 4U);  // crown and occiput, twice
  EXPECT_EQ(count(html, "<canvas id="), 6U);
  EXPECT_NE(html.find("Chart.js v4"), std::string::npos);  // the library is inline
  // Nothing is fetched: no external sources or links.
  for (const char* external : {"src=\"http", "src=\"//", "href=\"http", "href=\"//", "@import"}) {
    EXPECT_EQ(html.find(external), std::string::npos) << external;
  }
  // Every image is a PNG data URI.
  EXPECT_EQ(count(html, "src=\"data:image/png;base64,"), count(html, "<img "));
}

TEST(Report, FramesHalfAYearApartAreLabelledApart) {
  const std::string html = small_report("Man, 30", 1.0, 0.5);
  EXPECT_EQ(count(html, "<img class=\"frame\""), 3U);
  EXPECT_EQ(count(html, "alt=\"Scalp from above, Age 30 · year 0\""), 1U);
  EXPECT_EQ(count(html, "alt=\"Scalp from above, Age 30.5 · year 0.5\""), 1U);
  EXPECT_EQ(count(html, "alt=\"Scalp from above, Age 31 · year 1\""), 1U);
}

}  // namespace
}  // namespace trichosim::render
