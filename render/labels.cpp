#include "render/labels.hpp"

#include <fmt/format.h>

#include <cmath>

namespace trichosim::render {

std::string years_text(double years) {
  // Rounded to tenths first, so 2.96 reads "3", not "3.0"; adding 0 turns a rounded -0 into 0.
  const double tenths = std::round(years * 10.0) / 10.0 + 0.0;
  return tenths == std::round(tenths) ? fmt::format("{:.0f}", tenths) : fmt::format("{:.1f}", tenths);
}

}  // namespace trichosim::render
