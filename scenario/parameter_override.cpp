#include "scenario/parameter_override.hpp"

#include <charconv>
#include <cmath>
#include <system_error>

#include "core/input_error.hpp"
#include "scenario/toml_fields.hpp"

namespace trichosim::scenario {

std::string parameter_range(Param p) {
  const ParamInfo& info = param_info(p);
  return detail::num(info.min) + " to " + detail::num(info.max) + " (" + std::string(info.unit) + ")";
}

Param known_parameter(std::string_view key, const std::string& field) {
  const auto param = find_param(key);
  if (!param) {
    throw InputError(field + ": unknown registry key (see docs/parameters.md for the list)");
  }
  return *param;
}

void check_parameter_value(Param p, double value, const std::string& field) {
  const ParamInfo& info = param_info(p);
  if (!std::isfinite(value) || value < info.min || value > info.max) {
    throw InputError(field + " = " + detail::num(value) + ": allowed range is " + parameter_range(p));
  }
}

Param checked_parameter(std::string_view key, double value, const std::string& field) {
  const Param param = known_parameter(key, field);
  check_parameter_value(param, value, field);
  return param;
}

std::pair<Param, double> parse_parameter_assignment(std::string_view text) {
  const auto eq = text.find('=');
  const std::string_view key = eq == std::string_view::npos ? text : text.substr(0, eq);
  const std::string field = "--set " + std::string(key);
  if (eq == std::string_view::npos || key.empty()) {
    throw InputError("--set \"" + std::string(text) + "\": expected KEY=VALUE, e.g. cycle.anagen_mean_days=1000");
  }
  const std::string_view number = text.substr(eq + 1);
  double value = 0.0;
  const auto [end, ec] = std::from_chars(number.data(), number.data() + number.size(), value);
  if (number.empty() || ec != std::errc() || end != number.data() + number.size()) {
    const auto param = find_param(key);
    const std::string range = param ? ": give a number from " + parameter_range(*param) : "";
    throw InputError(field + " = \"" + std::string(number) + "\": not a number" + range);
  }
  return {checked_parameter(key, value, field), value};
}

std::vector<std::pair<Param, double>> parse_parameter_assignments(const std::vector<std::string>& texts) {
  std::vector<std::pair<Param, double>> out;
  out.reserve(texts.size());
  for (const auto& text : texts) {
    out.push_back(parse_parameter_assignment(text));
  }
  return out;
}

}  // namespace trichosim::scenario
