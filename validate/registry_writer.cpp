#include "validate/registry_writer.hpp"

#include <fmt/format.h>

#include "core/input_error.hpp"

namespace trichosim::validate {
namespace {

constexpr const char* kMarker = "; last calibrated: ";

// [start, end) of the line holding `prefix` inside the table that starts at `table`, or npos.
std::pair<std::size_t, std::size_t> find_line(const std::string& text, std::size_t table, const std::string& prefix) {
  std::size_t pos = text.find('\n', table);
  while (pos != std::string::npos && pos + 1 < text.size()) {
    const std::size_t begin = pos + 1;
    const std::size_t end = std::min(text.find('\n', begin), text.size());
    if (text.compare(begin, 1, "[") == 0) {
      return {std::string::npos, std::string::npos};  // next table: not found in this one
    }
    if (text.compare(begin, prefix.size(), prefix) == 0) {
      return {begin, end};
    }
    pos = end == text.size() ? std::string::npos : end;
  }
  return {std::string::npos, std::string::npos};
}

}  // namespace

std::string with_fitted_values(const std::string& registry_text,
                               const std::vector<std::pair<std::string, double>>& values, const std::string& note) {
  std::string text = registry_text;
  for (const auto& [key, value] : values) {
    const std::string header = "\n[" + key + "]";
    const std::size_t table = text.find(header);
    if (table == std::string::npos) {
      throw InputError("data/parameters.toml: [" + key + "]: no such registry entry");
    }
    const auto [fb, fe] = find_line(text, table + 1, "fitted = \"");
    if (fb == std::string::npos) {
      throw InputError("data/parameters.toml: [" + key + "]: not marked fitted; only fitted entries may be calibrated");
    }
    std::string fitted = text.substr(fb, fe - fb);
    const std::size_t marker = fitted.find(kMarker);
    fitted = (marker == std::string::npos ? fitted.substr(0, fitted.size() - 1) : fitted.substr(0, marker)) + kMarker +
             note + "\"";
    text.replace(fb, fe - fb, fitted);
    const auto [vb, ve] = find_line(text, table + 1, "value = ");
    if (vb == std::string::npos) {
      throw InputError("data/parameters.toml: [" + key + "]: has no value line");
    }
    text.replace(vb, ve - vb, fmt::format("value = {:.6g}", value));
  }
  return text;
}

}  // namespace trichosim::validate
