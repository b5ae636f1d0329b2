#include "web/scenario_form.hpp"

#include <fmt/format.h>

#include <array>
#include <charconv>
#include <cmath>
#include <optional>
#include <string_view>

#include "core/input_error.hpp"

namespace trichosim::web {
namespace {

struct FormField {
  std::string_view table;  ///< "" for top-level keys
  std::string_view key;
  bool numeric;
};

constexpr std::array<FormField, 10> kFields = {{
    {"", "name", false},
    {"", "seed", true},
    {"person", "sex", false},
    {"person", "age_years", true},
    {"person", "ethnicity", false},
    {"person", "family_history", false},
    {"person", "androgen_level", true},
    {"person", "menopause_age_years", true},
    {"simulation", "horizon_years", true},
    {"simulation", "observe_every_years", true},
}};

std::string full_name(const FormField& f) {
  std::string name(f.table);
  return name.empty() ? name.append(f.key) : name.append(".").append(f.key);
}

// A number as a person types it ("25", "0.5", ".5", "007"), written back in TOML's stricter syntax; nullopt when
// the text is not a finite number.
std::optional<std::string> toml_number(const std::string& text) {
  double v = 0.0;
  const char* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, v);
  if (text.empty() || ec != std::errc() || ptr != end || !std::isfinite(v)) {
    return std::nullopt;
  }
  return fmt::format("{}", v);
}

}  // namespace

std::string toml_string(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (u < 0x20 || u == 0x7F) {
      out += fmt::format("\\u{:04X}", static_cast<unsigned>(u));
    } else {
      out += c;
    }
  }
  return out + "\"";
}

std::string scenario_toml_from_fields(const std::map<std::string, std::string>& fields) {
  for (const auto& [key, value] : fields) {
    bool known = false;
    for (const auto& f : kFields) {
      known = known || full_name(f) == key;
    }
    if (!known) {
      std::string accepted;
      for (const auto& f : kFields) {
        accepted.append(accepted.empty() ? "" : ", ").append(full_name(f));
      }
      throw InputError("fields." + key + ": unknown field; accepted fields are " + accepted);
    }
  }
  std::string toml = "format = \"trichosim-scenario/1\"\n";
  std::string_view table;
  for (const auto& f : kFields) {
    if (f.table != table) {
      table = f.table;
      toml.append("[").append(table).append("]\n");
    }
    const auto it = fields.find(full_name(f));
    if (it == fields.end() || it->second.empty()) {
      continue;
    }
    const std::optional<std::string> number = f.numeric ? toml_number(it->second) : std::nullopt;
    toml.append(f.key).append(" = ").append(number ? *number : toml_string(it->second)).append("\n");
  }
  return toml;
}

}  // namespace trichosim::web
