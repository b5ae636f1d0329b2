#pragma once
#include <string_view>

namespace trichosim::render::assets {

/// Chart.js (UMD build, minified; MIT licence in render/assets/chart.js.LICENSE.md), embedded at build time from
/// render/assets/chart.umd.min.js so reports work offline.
std::string_view chart_js();
/// The Chart.js licence text, shipped inside every report beside the library.
std::string_view chart_js_licence();

}  // namespace trichosim::render::assets
