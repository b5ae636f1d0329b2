#pragma once
#include <array>
#include <string_view>

namespace trichosim::web {

/// The page's front end (web/assets/), embedded in the binary at build time so the page works offline and no
/// request path ever reaches the file system.
extern const std::string_view kForecastPageHtml;  ///< web/assets/forecast.html
extern const std::string_view kAppJs;             ///< web/assets/app.js
extern const std::string_view kStyleCss;          ///< web/assets/style.css
extern const std::string_view kConsultPageHtml;   ///< web/assets/consult.html
extern const std::string_view kConsultJs;         ///< web/assets/consult.js
extern const std::string_view kTrialPageHtml;     ///< web/assets/trial.html
extern const std::string_view kTrialJs;           ///< web/assets/trial.js

/// An example scenario offered on the forecast page (examples/<id>.toml, embedded).
struct ExampleScenario {
  std::string_view id;    ///< file stem, e.g. "man_25_strong_family_history"
  std::string_view toml;  ///< the file's text
};
inline constexpr std::size_t kExampleCount = 3;
extern const std::array<ExampleScenario, kExampleCount> kExampleScenarios;

/// The navigation bar shared by the pages.
inline constexpr std::string_view kNavigationHtml =
    "<nav><a href=\"/\">Forecast</a> <a href=\"/consult\">Consultation</a> <a href=\"/trial\">Trial</a> <a "
    "href=\"/runs\">Stored runs</a> <span "
    "class=\"brand\">trichosim — "
    "decision support, not a diagnosis</span></nav>\n";

}  // namespace trichosim::web
