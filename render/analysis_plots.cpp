#include "render/analysis_plots.hpp"

#include <algorithm>
#include <array>
#include <limits>
#include <string>

namespace trichosim::render {
namespace {

using nlohmann::json;

// Okabe-Ito, colour-blind safe; the control arm is drawn first in black when it is the first arm.
constexpr std::array<const char*, 6> kArmColours = {"#000000", "#D55E00", "#0072B2", "#009E73", "#CC79A7", "#E69F00"};

constexpr double kArmOffset = 0.015;  // horizontal shift between arms, as a share of the last visit (display only)

json axis(const std::string& title) {
  return {{"title", {{"display", true}, {"text", title}}}, {"grid", {{"color", "#e5e8ec"}}}};
}

json options(const std::string& title, const std::string& x_title, const std::string& y_title) {
  return {{"animation", false},
          {"responsive", true},
          {"maintainAspectRatio", false},
          {"plugins",
           {{"title", {{"display", true}, {"text", title}, {"font", {{"size", 14}}}}},
            {"legend", {{"position", "bottom"}, {"labels", {{"boxWidth", 12}}}}}}},
          {"scales", {{"x", axis(x_title)}, {"y", axis(y_title)}}}};
}

}  // namespace

json trial_ci_chart(const json& rec, std::size_t endpoint) {
  const json& arms = rec.at("arms");
  double last_visit = 0.0;
  for (const auto& y : rec.at("trial").at("visit_years")) {
    last_visit = std::max(last_visit, y.get<double>());
  }
  json datasets = json::array();
  std::string name;
  for (std::size_t k = 0; k < arms.size(); ++k) {
    const json& ep = arms[k].at("endpoints").at(endpoint);
    name = ep.at("name").get<std::string>();
    const std::string arm = arms[k].at("name").get<std::string>();
    const char* colour = kArmColours[k % kArmColours.size()];
    // Arms side by side: shifted by kArmOffset of the last visit each, so their bars do not overlap.
    const double dx = (static_cast<double>(k) - static_cast<double>(arms.size() - 1) / 2.0) * kArmOffset * last_visit;
    json bars = json::array();  // low -> high at each visit, a null point between visits breaks the line
    json means = json::array();
    for (const auto& v : ep.at("visits")) {
      const double x = v.at("years").get<double>() + dx;
      const json& c = v.at("change");
      if (!c.at("ci95_low").is_null() && !c.at("ci95_high").is_null()) {
        bars.push_back({{"x", x}, {"y", c.at("ci95_low")}});
        bars.push_back({{"x", x}, {"y", c.at("ci95_high")}});
        bars.push_back({{"x", x}, {"y", nullptr}});
      }
      means.push_back({{"x", x}, {"y", c.at("mean")}});
    }
    datasets.push_back({{"label", arm + " 95 % CI"},
                        {"data", std::move(bars)},
                        {"showLine", true},
                        {"spanGaps", false},
                        {"pointRadius", 0},
                        {"borderColor", colour},
                        {"backgroundColor", colour},
                        {"borderWidth", 3}});
    datasets.push_back({{"label", arm + " mean"},
                        {"data", std::move(means)},
                        {"showLine", true},
                        {"borderColor", colour},
                        {"backgroundColor", colour},
                        {"pointRadius", 4},
                        {"borderWidth", 1}});
  }
  return {{"type", "scatter"},
          {"data", {{"datasets", std::move(datasets)}}},
          {"options",
           options("Change from baseline with 95 % CI: " + name, "Visit (years; arms drawn side by side)", "Change")}};
}

json validation_scatter_chart(const json& rows) {
  json within = json::array();
  json outside = json::array();
  double lo = std::numeric_limits<double>::infinity();
  double hi = -std::numeric_limits<double>::infinity();
  for (const auto& r : rows) {
    if (r.at("simulated").is_null() || r.at("within").is_null()) {
      continue;
    }
    const double x = r.at("published").get<double>();
    const double y = r.at("simulated").get<double>();
    lo = std::min({lo, x, y});
    hi = std::max({hi, x, y});
    json point = {
        {"x", x}, {"y", y}, {"label", r.at("label").get<std::string>() + " (" + r.at("unit").get<std::string>() + ")"}};
    (r.at("within").get<bool>() ? within : outside).push_back(std::move(point));
  }
  json identity = json::array();
  if (lo <= hi) {
    identity = json::array({{{"x", lo}, {"y", lo}}, {{"x", hi}, {"y", hi}}});
  }
  json datasets = json::array({{{"label", "within the published spread"},
                                {"data", std::move(within)},
                                {"backgroundColor", "#009E73"},
                                {"pointRadius", 4}},
                               {{"label", "outside (a miss)"},
                                {"data", std::move(outside)},
                                {"backgroundColor", "#D55E00"},
                                {"pointRadius", 4}},
                               {{"label", "simulated = published"},
                                {"data", std::move(identity)},
                                {"showLine", true},
                                {"pointRadius", 0},
                                {"borderColor", "#999999"},
                                {"borderDash", {4, 3}}}});
  json chart = {{"type", "scatter"},
                {"data", {{"datasets", std::move(datasets)}}},
                {"options", options("Validation: simulated against published", "Published", "Simulated")}};
  return chart;
}

}  // namespace trichosim::render
