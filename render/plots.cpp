#include "render/plots.hpp"

#include <fmt/format.h>

#include <array>
#include <cmath>

#include "render/labels.hpp"

namespace trichosim::render {
namespace {

using nlohmann::json;

// Colour-blind-safe palette (Okabe-Ito), one colour per region.
constexpr std::array<const char*, kRegionCount> kRegionColours = {"#E69F00", "#56B4E9", "#D55E00", "#009E73",
                                                                  "#0072B2", "#CC79A7", "#999999", "#000000"};
constexpr std::array<const char*, kRegionCount> kRegionLabels = {
    "Frontal hairline", "Mid-scalp", "Crown", "Temporal L", "Temporal R", "Parietal L", "Parietal R", "Occiput"};

double round1(double v) { return std::round(v * 10.0) / 10.0; }

json axis(const std::string& title, bool from_zero) {
  json a = {{"title", {{"display", true}, {"text", title}}}, {"grid", {{"color", "#e5e8ec"}}}};
  if (from_zero) {
    a["beginAtZero"] = true;
  }
  return a;
}

json line_chart(const std::string& title, const std::string& y_title, json labels, json datasets) {
  return {{"type", "line"},
          {"data", {{"labels", std::move(labels)}, {"datasets", std::move(datasets)}}},
          {"options",
           {{"animation", false},
            {"responsive", true},
            {"maintainAspectRatio", false},
            {"plugins",
             {{"title", {{"display", true}, {"text", title}, {"font", {{"size", 14}}}}},
              {"legend", {{"position", "bottom"}, {"labels", {{"boxWidth", 12}}}}}}},
            {"scales", {{"x", axis("Age (years)", false)}, {"y", axis(y_title, true)}}}}}};
}

json age_labels(std::span<const measure::ScalpSummary> obs) {
  json labels = json::array();
  for (const auto& o : obs) {
    labels.push_back(round1(o.age_years));
  }
  return labels;
}

}  // namespace

json region_chart(std::span<const measure::ScalpSummary> obs, RegionMeasure what) {
  json datasets = json::array();
  for (std::size_t r = 0; r < kRegionCount; ++r) {
    json data = json::array();
    for (const auto& o : obs) {
      const measure::RegionSummary& s = o.regions[r];
      const double v = what == RegionMeasure::Density    ? s.density_per_cm2
                       : what == RegionMeasure::Terminal ? s.terminal_per_cm2
                                                         : s.vellus_per_cm2;
      data.push_back(round1(v));
    }
    datasets.push_back({{"label", kRegionLabels[r]},
                        {"data", std::move(data)},
                        {"borderColor", kRegionColours[r]},
                        {"backgroundColor", kRegionColours[r]},
                        {"pointRadius", 2},
                        {"borderWidth", 2}});
  }
  const char* title = what == RegionMeasure::Density    ? "Hair density by region"
                      : what == RegionMeasure::Terminal ? "Terminal hairs by region"
                                                        : "Vellus hairs by region";
  return line_chart(title, "hairs / cm²", age_labels(obs), std::move(datasets));
}

json shedding_chart(std::span<const measure::ScalpSummary> obs) {
  json data = json::array();
  for (const auto& o : obs) {
    data.push_back(round1(o.whole().shed_per_day));
  }
  json datasets = json::array({{{"label", "Whole scalp"},
                                {"data", std::move(data)},
                                {"borderColor", "#0072B2"},
                                {"backgroundColor", "rgba(0,114,178,0.12)"},
                                {"fill", true},
                                {"pointRadius", 2}}});
  return line_chart("Hairs shed per day", "hairs / day", age_labels(obs), std::move(datasets));
}

json stage_chart(std::span<const measure::ScalpSummary> obs) {
  struct Series {
    const char* label;
    double measure::RegionSummary::*field;
    const char* colour;
  };
  json datasets = json::array();
  for (const Series& s :
       {Series{"Anagen (% of hairs)", &measure::RegionSummary::anagen_percent, "#009E73"},
        Series{"Telogen (% of hairs)", &measure::RegionSummary::telogen_percent, "#E69F00"},
        Series{"Empty follicles (% of follicles)", &measure::RegionSummary::kenogen_percent, "#CC79A7"}}) {
    json data = json::array();
    for (const auto& o : obs) {
      data.push_back(round1(o.whole().*s.field));
    }
    datasets.push_back({{"label", s.label},
                        {"data", std::move(data)},
                        {"borderColor", s.colour},
                        {"backgroundColor", s.colour},
                        {"pointRadius", 2},
                        {"borderWidth", 2}});
  }
  return line_chart("Hair-cycle stages, whole scalp", "%", age_labels(obs), std::move(datasets));
}

json diameter_chart(const ObservationPictures& first, const ObservationPictures& last) {
  const auto shares = [](const DiameterHistogram& h) {
    double total = 0.0;
    for (auto c : h.counts) {
      total += c;
    }
    json out = json::array();
    for (auto c : h.counts) {
      out.push_back(total > 0.0 ? round1(100.0 * c / total) : 0.0);
    }
    return out;
  };
  json labels = json::array();
  const DiameterHistogram& h = first.histogram;
  for (std::size_t k = 0; k < h.counts.size(); ++k) {
    const double lo = static_cast<double>(k) * h.bin_um;
    labels.push_back(k + 1 == h.counts.size() ? fmt::format("≥{:.0f}", lo) : fmt::format("{:.0f}", lo));
  }
  json datasets = json::array({{{"label", "Age " + years_text(first.age_years)},
                                {"data", shares(first.histogram)},
                                {"backgroundColor", "rgba(0,114,178,0.55)"}},
                               {{"label", "Age " + years_text(last.age_years)},
                                {"data", shares(last.histogram)},
                                {"backgroundColor", "rgba(213,94,0,0.65)"}}});
  json chart = line_chart("Shaft diameter distribution", "% of hairs", std::move(labels), std::move(datasets));
  chart["type"] = "bar";
  chart["options"]["scales"]["x"] = axis("Shaft diameter (µm, bin start)", false);
  return chart;
}

}  // namespace trichosim::render
