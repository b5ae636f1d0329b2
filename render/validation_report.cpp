#include "render/validation_report.hpp"

#include <fmt/format.h>

#include "render/analysis_plots.hpp"
#include "render/html.hpp"
#include "render/report_page.hpp"

namespace trichosim::render {

std::string validation_report_html(const nlohmann::json& rows) {
  std::size_t runnable = 0;
  std::size_t within = 0;
  // Rows from validate --other-seeds K carry on how many further seeds each target was within.
  const bool other_seeds = !rows.empty() && rows.front().contains("other_seeds");
  std::string table = std::string(
                          "<table><tr><th>study</th><th>endpoint</th><th>unit</th><th>published ± spread</th>"
                          "<th>simulated</th><th>within</th>") +
                      (other_seeds ? "<th>other seeds</th>" : "") + "</tr>";
  for (const auto& r : rows) {
    const bool ran = !r.at("within").is_null();
    runnable += ran ? 1U : 0U;
    within += ran && r.at("within").get<bool>() ? 1U : 0U;
    const std::string verdict = !ran ? "not runnable: " + r.at("reason").get<std::string>()
                                     : (r.at("within").get<bool>() ? "yes" : "NO (miss)");
    std::string other_cell;
    if (other_seeds) {
      other_cell = r.at("within_other_seeds").is_null()
                       ? std::string("<td>—</td>")
                       : fmt::format("<td>{}/{}</td>", r.at("within_other_seeds").get<std::size_t>(),
                                     r.at("other_seeds").get<std::size_t>());
    }
    table += fmt::format(
        "<tr><td>{}</td><td>{}</td><td>{}</td><td>{:.4g} ± {:.3g}</td><td>{}</td><td style=\"text-align:left\">{}"
        "</td>{}</tr>",
        html_escape(r.at("study").get<std::string>()), html_escape(r.at("label").get<std::string>()),
        html_escape(r.at("unit").get<std::string>()), r.at("published").get<double>(), r.at("spread").get<double>(),
        r.at("simulated").is_null() ? std::string("—") : fmt::format("{:.4g}", r.at("simulated").get<double>()),
        html_escape(verdict), other_cell);
  }
  table += "</table>";
  const std::string headline = fmt::format(
      "{} of {} runnable endpoints within the published spread ({} endpoints in all)", within, runnable, rows.size());
  std::string page = detail::page_head("trichosim validation report");
  page +=
      "<header><div class=\"kicker\">trichosim · validation report</div><h1>Simulated against published</h1>"
      "<div class=\"meta\">" +
      html_escape(headline) + "</div></header>\n<main>\n";
  page +=
      "<section><h2>Scatter</h2><div class=\"chart\"><canvas id=\"c_validation\"></canvas></div><p class=\"note\">"
      "Each point is one endpoint of a published study (units differ between endpoints; hover for the label). A "
      "point is within when |simulated − published| ≤ its spread; misses are shown, never tuned away.</p>"
      "</section>\n<section><h2>Endpoints</h2>" +
      table + "</section>\n</main>\n";
  const nlohmann::json charts = {{"c_validation", validation_scatter_chart(rows)}};
  page += detail::page_tail(script_safe_json(charts.dump()));
  return page;
}

}  // namespace trichosim::render
