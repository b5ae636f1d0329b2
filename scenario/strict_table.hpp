#pragma once
// The strict table reader (detail::Fields) with optional results, for the intake and price files whose fields are
// mostly optional: typed, range-checked fields, unknown keys refused, the same messages as every other input file.
// Internal to scenario/ (toml++ types do not leave this folder).
#include <toml++/toml.h>

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "core/input_error.hpp"
#include "core/person.hpp"
#include "scenario/toml_fields.hpp"

namespace trichosim::scenario::detail {

template <std::size_t N>
std::string join_names(const std::array<std::string_view, N>& names) {
  std::string out;
  for (auto n : names) {
    out += (out.empty() ? "" : ", ") + std::string(n);
  }
  return out;
}

class StrictTable {
 public:
  /// `table` may be null (the whole table absent: every field unknown). `path` is the dotted prefix.
  StrictTable(const toml::table* table, std::string path, std::string source)
      : fields_(table, std::move(path), std::move(source)) {}

  std::string field(const std::string& key) const { return fields_.field(key); }
  bool has(const std::string& key) { return fields_.has(key); }

  /// A run seed (Fields::seed); `fallback` when absent.
  std::uint64_t seed(const std::string& key, std::uint64_t fallback) { return fields_.seed(key, fallback); }

  /// A number within [min, max]; nullopt when absent.
  std::optional<double> number(const std::string& key, double min, double max, const char* unit) {
    if (!has(key)) {
      return std::nullopt;
    }
    return fields_.number(key, min, max, unit, std::nullopt);
  }

  double required_number(const std::string& key, double min, double max, const char* unit) {
    return fields_.number(key, min, max, unit, std::nullopt);
  }

  std::optional<bool> flag(const std::string& key) {
    if (!has(key)) {
      return std::nullopt;
    }
    return fields_.flag(key, false);
  }

  std::optional<std::string> text(const std::string& key) {
    if (!has(key)) {
      return std::nullopt;
    }
    return fields_.text(key, std::nullopt);
  }

  template <typename Enum, std::size_t N>
  std::optional<Enum> choice(const std::string& key, const std::array<std::string_view, N>& names) {
    if (!has(key)) {
      return std::nullopt;
    }
    return fields_.choice_of<Enum>(key, names, std::nullopt);
  }

  /// A list of texts, each one of `names`; empty when absent.
  template <std::size_t N>
  std::vector<std::string> choice_list(const std::string& key, const std::array<std::string_view, N>& names) {
    std::vector<std::string> out;
    const toml::array* a = fields_.list(key);
    if (a == nullptr) {
      return out;
    }
    for (std::size_t i = 0; i < a->size(); ++i) {
      const auto v = (*a)[i].value<std::string>();
      const std::string f = field(key) + "[" + std::to_string(i) + "]";
      if (!v || !(*a)[i].is_string()) {
        throw InputError(f + " = " + shown((*a)[i]) + ": must be a text from: " + join_names(names));
      }
      if (!parse_enum<std::uint8_t>(names, *v)) {
        throw InputError(f + " = \"" + *v + "\": allowed values are " + join_names(names));
      }
      out.push_back(*v);
    }
    return out;
  }

  /// A list of any items; null when absent.
  const toml::array* list(const std::string& key) { return fields_.list(key); }

  /// A sub-table; null when absent. Throws when the key holds something else.
  const toml::table* subtable(const std::string& key) { return fields_.table(key); }

  /// An array of tables ([[key]]), possibly empty (`key = []`: nothing of the kind); nullopt when absent.
  std::optional<std::vector<const toml::table*>> table_array(const std::string& key) {
    const toml::array* a = fields_.list(key);
    if (a == nullptr) {
      return std::nullopt;
    }
    std::vector<const toml::table*> out;
    for (std::size_t i = 0; i < a->size(); ++i) {
      const toml::table* t = (*a)[i].as_table();
      if (t == nullptr) {
        throw InputError(field(key) + "[" + std::to_string(i) + "] = " + shown((*a)[i]) + ": must be a table ([[" +
                         key + "]])");
      }
      out.push_back(t);
    }
    return out;
  }

  void refuse_unknown() const { fields_.refuse_unknown(); }

 private:
  Fields fields_;
};

}  // namespace trichosim::scenario::detail
