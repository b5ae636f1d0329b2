#include "render/trial_report.hpp"

#include <fmt/format.h>

#include "render/analysis_plots.hpp"
#include "render/html.hpp"
#include "render/report_page.hpp"

namespace trichosim::render {
namespace {

using nlohmann::json;

std::string num(const json& v, int digits, bool sign = false) {
  if (v.is_null()) {
    return "—";
  }
  return sign ? fmt::format("{:+.{}f}", v.get<double>(), digits) : fmt::format("{:.{}f}", v.get<double>(), digits);
}

std::string ci(const json& s) {
  return "[" + num(s.at("ci95_low"), 1, true) + ", " + num(s.at("ci95_high"), 1, true) + "]";
}

std::string endpoint_table(const json& rec, std::size_t e) {
  std::string t =
      "<table><tr><th>arm</th><th>years</th><th>n</th><th>mean</th><th>change</th><th>change 95 % CI</th>"
      "<th>vs control</th><th>95 % CI</th><th>p</th></tr>";
  for (const auto& arm : rec.at("arms")) {
    for (const auto& v : arm.at("endpoints").at(e).at("visits")) {
      const json& c = v.at("change");
      const bool compared = v.contains("change_versus_control");
      const json none;
      const json& d = compared ? v.at("change_versus_control") : none;
      t += fmt::format(
          "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td>"
          "</tr>",
          html_escape(arm.at("name").get<std::string>()), num(v.at("years"), 2), c.at("n").get<std::int64_t>(),
          num(v.at("value").at("mean"), 1), num(c.at("mean"), 1, true), ci(c),
          compared ? num(d.at("difference"), 1, true) : "", compared ? ci(d) : "",
          compared ? num(d.at("p_value"), 3) : "");
    }
  }
  return t + "</table>";
}

}  // namespace

std::string trial_report_html(const json& rec) {
  const json& trial = rec.at("trial");
  const std::string name = trial.at("name").get<std::string>();
  std::string page = detail::page_head("trichosim trial report: " + name);
  page += "<header><div class=\"kicker\">trichosim · virtual trial report</div><h1>" + html_escape(name) +
          "</h1><div class=\"meta\">" +
          html_escape(fmt::format(
              "screened {}, enrolled {}; control arm {}", rec.at("screening").at("screened").get<std::int64_t>(),
              rec.at("screening").at("enrolled").get<std::int64_t>(), trial.at("control_arm").get<std::string>())) +
          "</div></header>\n<main>\n<section><h2>Arms</h2><table><tr><th>arm</th><th>randomised</th>"
          "<th>adherence</th><th>events</th></tr>";
  for (const auto& arm : rec.at("arms")) {
    page += fmt::format("<tr><td>{}</td><td>{}</td><td>{:.0f} %</td><td>{}</td></tr>",
                        html_escape(arm.at("name").get<std::string>()), arm.at("randomised").get<std::int64_t>(),
                        100.0 * arm.at("adherence").get<double>(), arm.at("events").get<std::int64_t>());
  }
  page +=
      "</table><p class=\"note\">Arms share virtual patients and seeds (common random numbers), so differences "
      "come from the regimens. Observed cases at each visit; 95 % CIs from Student's t (arm means) and Welch's t "
      "test (differences).</p></section>\n";
  json charts = json::object();
  const json& endpoints = rec.at("arms").at(0).at("endpoints");
  for (std::size_t e = 0; e < endpoints.size(); ++e) {
    const json& ep = endpoints[e];
    const std::string id = fmt::format("c_trial_{}", e);
    charts[id] = trial_ci_chart(rec, e);
    page += "<section><h2>" +
            html_escape(fmt::format("{} endpoint {}: {} at {}", ep.at("primary").get<bool>() ? "Primary" : "Secondary",
                                    ep.at("name").get<std::string>(), ep.at("instrument").get<std::string>(),
                                    ep.at("site").get<std::string>())) +
            "</h2>" + fmt::format("<div class=\"chart\"><canvas id=\"{}\"></canvas></div>", id) +
            endpoint_table(rec, e) + "</section>\n";
  }
  const json& p = rec.at("provenance");
  page += "<section><h2>Inputs and provenance</h2><table>";
  for (const char* key : {"version", "git_hash", "registry_hash", "trial_hash", "seed"}) {
    const json& v = p.at(key);
    page += "<tr><td>" + std::string(key) + "</td><td style=\"text-align:left\">" +
            html_escape(v.is_string() ? v.get<std::string>() : v.dump()) + "</td></tr>";
  }
  page += "<tr><td>trial file</td><td style=\"text-align:left\">" + html_escape(trial.at("source").get<std::string>()) +
          "</td></tr></table></section>\n</main>\n";
  page += "<footer>Made by trichosim " + html_escape(p.at("version").get<std::string>()) +
          ". Self-contained: opens offline.</footer>\n";
  page += detail::page_tail(script_safe_json(charts.dump()));
  return page;
}

}  // namespace trichosim::render
