#include "render/forecast_report.hpp"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "core/input_error.hpp"
#include "render/html.hpp"
#include "render/labels.hpp"
#include "render/plots.hpp"
#include "render/report_page.hpp"

namespace trichosim::render {
namespace {

using nlohmann::json;

std::string img(std::string_view png, std::string_view cls, std::string_view alt) {
  return fmt::format("<img class=\"{}\" alt=\"{}\" src=\"{}\">", cls, html_escape(alt), png_data_uri(png));
}

std::string person_line(const app::ForecastResult& r) {
  const Person& p = r.scenario.person;
  std::string line =
      fmt::format("{}, {} years, {} · predisposition {:.2f} · androgen level {:.2f}",
                  kSexNames[static_cast<std::size_t>(p.sex)], years_text(p.age_years),
                  kEthnicityNames[static_cast<std::size_t>(p.ethnicity)], p.predisposition, p.androgen_level);
  return line + fmt::format(" · {}-year horizon · seed {}", years_text(r.scenario.horizon_years), r.info.seed);
}

std::string fact(const std::string& value, const std::string& key) {
  return fmt::format("<div class=\"fact\"><div class=\"v\">{}</div><div class=\"k\">{}</div></div>", value, key);
}

std::string facts(const app::ForecastResult& r) {
  const auto& a = r.observations.front();
  const auto& b = r.observations.back();
  const auto change = [](double from, double to) { return fmt::format("{:.0f} → {:.0f}", from, to); };
  std::string out = "<div class=\"facts\">";
  out += fact(change(a.whole().density_per_cm2, b.whole().density_per_cm2), "Whole-scalp density, hairs/cm²");
  out += fact(change(a[Region::Crown].density_per_cm2, b[Region::Crown].density_per_cm2), "Crown density, hairs/cm²");
  out += fact(change(a[Region::FrontalHairline].density_per_cm2, b[Region::FrontalHairline].density_per_cm2),
              "Frontal hairline density, hairs/cm²");
  out += fact(change(a.whole().mean_diameter_um, b.whole().mean_diameter_um), "Mean shaft diameter, µm");
  return out + "</div>";
}

std::string region_table(const measure::ScalpSummary& s) {
  std::string out = fmt::format(
      "<h3>Age {}</h3><table><tr><th>Region</th><th>Area cm²</th><th>Hairs/cm²</th><th>Terminal/cm²</th>"
      "<th>Intermediate/cm²</th><th>Vellus/cm²</th><th>Mean µm</th><th>Anagen %</th><th>Telogen %</th>"
      "<th>Empty %</th><th>Shed/day</th></tr>",
      years_text(s.age_years));
  for (std::size_t r = 0; r <= kRegionCount; ++r) {
    const auto& x = s.regions[r];
    const std::string_view name = r < kRegionCount ? region_name(kAllRegions[r]) : "whole scalp";
    out += fmt::format(
        "<tr><td>{}</td><td>{:.0f}</td><td>{:.0f}</td><td>{:.0f}</td><td>{:.0f}</td><td>{:.0f}</td><td>{:.0f}</td>"
        "<td>{:.0f}</td><td>{:.0f}</td><td>{:.1f}</td><td>{:.0f}</td></tr>",
        name, x.area_cm2, x.density_per_cm2, x.terminal_per_cm2, x.intermediate_per_cm2, x.vellus_per_cm2,
        x.mean_diameter_um, x.anagen_percent, x.telogen_percent, x.kenogen_percent, x.shed_per_day);
  }
  return out + "</table>";
}

// The numbers beside the slider's picture: density and terminal hairs where loss shows first and last.
std::string frame_stats(const measure::ScalpSummary& s) {
  std::string out =
      "<table class=\"stats\"><tr><th>Region</th><th>Hairs/cm²</th><th>Terminal/cm²</th><th>Mean µm</th></tr>";
  for (const auto& [name, x] : {std::pair{"Frontal hairline", s[Region::FrontalHairline]},
                                std::pair{"Mid-scalp", s[Region::MidScalp]}, std::pair{"Crown", s[Region::Crown]},
                                std::pair{"Occiput", s[Region::Occipital]}, std::pair{"Whole scalp", s.whole()}}) {
    out += fmt::format("<tr><td>{}</td><td>{:.0f}</td><td>{:.0f}</td><td>{:.0f}</td></tr>", name, x.density_per_cm2,
                       x.terminal_per_cm2, x.mean_diameter_um);
  }
  return out + "</table>";
}

std::string slider(const std::vector<ObservationPictures>& obs, std::span<const measure::ScalpSummary> summaries,
                   double cut_length_mm) {
  json labels = json::array();
  std::string frames;
  std::string stats;
  for (std::size_t k = 0; k < obs.size(); ++k) {
    const auto& o = obs[k];
    const std::string label =
        fmt::format("Age {} · year {}", years_text(o.age_years), years_text(days_to_years(o.day)));
    labels.push_back(label);
    frames += img(o.top_png, "frame", "Scalp from above, " + label);
    stats += frame_stats(summaries[k]);
  }
  return fmt::format(
      "<div class=\"viewer\" data-slider data-labels=\"{}\">{}<div class=\"controls\"><div class=\"age\"></div>"
      "<input type=\"range\" min=\"0\" max=\"{}\" value=\"{}\" aria-label=\"Observation\">{}"
      "<p class=\"note\">Drag to move through the observations. Seen from above, forehead at the top. Each hair is "
      "drawn from its follicle at its simulated length (cut at {:.0f} mm) and diameter; pale hairs are vellus. "
      "Hair direction follows a drawing convention (a crown whorl), not the model.</p></div></div>",
      html_escape(labels.dump()), frames, obs.size() - 1, obs.size() - 1, stats, cut_length_mm);
}

std::string trichoscopy_section(const ObservationPictures& o) {
  std::string out = "<div class=\"grid2\">";
  for (const auto& f : o.fields) {
    out += "<figure>" + img(f.png, "wide", f.title + " trichoscopy") +
           fmt::format(
               "<figcaption>{}, age {}: 1 cm² field magnified; yellow dots are empty follicles."
               "</figcaption></figure>",
               html_escape(f.title), years_text(o.age_years));
  }
  return out + "</div>";
}

}  // namespace

std::string forecast_report_html(const app::ForecastResult& r, const ReportRecorder& pictures) {
  const auto& obs = pictures.observations();
  if (obs.empty() || obs.size() != r.observations.size()) {
    throw InputError(
        fmt::format("report: {} observations but {} sets of pictures; the recorder must see every "
                    "observation",
                    r.observations.size(), obs.size()));
  }
  std::string page = detail::page_head("trichosim report: " + r.scenario.name);
  page += "<header><div class=\"kicker\">trichosim · forecast report</div><h1>" + html_escape(r.scenario.name) +
          "</h1><div class=\"meta\">" + html_escape(person_line(r)) + "</div></header>\n<main>\n";
  page += "<section><h2>Summary</h2>" + facts(r) +
          "<p class=\"note\">A simulation, not a diagnosis: figures are from the model's registry "
          "(docs/parameters.md) and carry its uncertainties.</p></section>\n";

  page += "<section><h2>Scalp from above</h2>" + slider(obs, r.observations, pictures.options().style.cut_length_mm);
  const int columns = static_cast<int>(std::min<std::size_t>(obs.size(), 7));
  page += "<h3>Time-lapse</h3>" +
          img(encode_png(frame_strip(pictures.frames(), pictures.options().thumb_px, columns)), "wide",
              "Frame strip of the top view at every observation") +
          "</section>\n";

  const ObservationPictures* first = nullptr;
  const ObservationPictures* last = nullptr;
  for (const auto& o : obs) {
    if (!o.front_png.empty()) {
      first = first == nullptr ? &o : first;
      last = &o;
    }
  }
  if (first != nullptr) {
    page += "<section><h2>Hairline</h2><div class=\"grid2\">";
    for (const ObservationPictures* o : {first, last}) {
      page += "<figure>" + img(o->front_png, "wide", "Hairline view") +
              fmt::format(
                  "<figcaption>Age {}: from the front, 20° above eye level, hair combed back."
                  "</figcaption></figure>",
                  years_text(o->age_years));
    }
    page += "</div></section>\n<section><h2>Trichoscopy</h2>" + trichoscopy_section(*first);
    if (last != first) {
      page += trichoscopy_section(*last);
    }
    page += "</section>\n";
  }

  json charts = {
      {"c_density", region_chart(r.observations, RegionMeasure::Density)},
      {"c_terminal", region_chart(r.observations, RegionMeasure::Terminal)},
      {"c_vellus", region_chart(r.observations, RegionMeasure::Vellus)},
      {"c_shed", shedding_chart(r.observations)},
      {"c_stage", stage_chart(r.observations)},
      {"c_diameter", diameter_chart(obs.front(), obs.back())},
  };
  page += "<section><h2>Plots</h2><div class=\"grid2\">";
  for (const char* id : {"c_density", "c_shed", "c_terminal", "c_vellus", "c_diameter", "c_stage"}) {
    page += fmt::format("<div class=\"chart\"><canvas id=\"{}\"></canvas></div>", id);
  }
  page += "</div></section>\n<section><h2>Tables</h2>" + region_table(r.observations.front()) +
          region_table(r.observations.back()) + "</section>\n";

  const app::RunInfo& i = r.info;
  page += "<section><h2>Inputs and provenance</h2><table>";
  for (const auto& [k, v] : std::initializer_list<std::pair<const char*, std::string>>{
           {"Scenario file", r.scenario.source},
           {"Registry keys overridden", fmt::format("{}", fmt::join(r.scenario.overridden, ", "))},
           {"trichosim version", i.version + " (" + i.git_hash + ")"},
           {"Registry hash", i.registry_hash},
           {"Scenario hash", i.scenario_hash},
           {"Seed", std::to_string(i.seed)},
           {"Follicles", std::to_string(i.follicles)},
           {"Events processed", std::to_string(i.events)},
           {"Engine time", fmt::format("{:.2f} s on {} threads", i.engine_seconds, i.threads)}}) {
    page += "<tr><td>" + std::string(k) + "</td><td style=\"text-align:left\">" + html_escape(v) + "</td></tr>";
  }
  page += "</table><h3>Scenario</h3><pre>" + html_escape(r.scenario.text) + "</pre></section>\n</main>\n";
  page += "<footer>Made by trichosim " + html_escape(i.version) + ". Self-contained: opens offline.</footer>\n";
  page += detail::page_tail(script_safe_json(charts.dump()));
  return page;
}

}  // namespace trichosim::render
