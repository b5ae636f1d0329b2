#include "web/html.hpp"

#include <fmt/format.h>

#include "render/html.hpp"
#include "web/assets.hpp"

namespace trichosim::web {

using render::html_escape;

std::string runs_page(const std::vector<storage::StoredRun>& runs, const std::string& db_label) {
  std::string rows;
  for (const auto& r : runs) {
    rows += fmt::format(
        "<tr><td><a href=\"/api/runs/{0}\">{0}</a></td><td>{1}</td><td>{2}</td><td>{3}</td><td>{4}</td>"
        "<td>{5}</td><td>{6}</td></tr>\n",
        r.id, html_escape(r.kind), html_escape(r.created_utc), html_escape(r.name), r.seed, html_escape(r.version),
        html_escape(r.git_hash));
  }
  if (runs.empty()) {
    rows =
        "<tr><td colspan=\"7\">No stored runs yet. Run a forecast here or with <code>trichosim forecast</code>."
        "</td></tr>\n";
  }
  return fmt::format(
      "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>trichosim — stored runs</title>"
      "<link rel=\"stylesheet\" href=\"/style.css\"></head><body>\n{0}"
      "<main><h1>Stored runs</h1><p class=\"note\">From <code>{1}</code>, newest first — runs from the command "
      "line, Python and this page. Each id links to the run's JSON record.</p>\n"
      "<table id=\"runs\"><thead><tr><th>id</th><th>kind</th><th>created (UTC)</th><th>name</th><th>seed</th>"
      "<th>version</th><th>git</th></tr></thead><tbody>\n{2}</tbody></table></main></body></html>\n",
      kNavigationHtml, html_escape(db_label), rows);
}

}  // namespace trichosim::web
