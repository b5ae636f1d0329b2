#pragma once
// A strict reader of one TOML table for the intake and price files: typed, range-checked optional fields,
// unknown keys refused. Internal to scenario/ (toml++ types do not leave this folder).
#include <toml++/toml.h>

#include <array>
#include <cmath>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/input_error.hpp"
#include "core/person.hpp"

namespace trichosim::scenario::detail {

inline std::string num(double v) {
  std::ostringstream os;
  os << v;
  return os.str();
}

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
      : table_(table), path_(std::move(path)), source_(std::move(source)) {}

  std::string field(const std::string& key) const { return source_ + ": " + (path_.empty() ? "" : path_ + ".") + key; }
  const toml::node* node(const std::string& key) {
    seen_.insert(key);
    if (table_ == nullptr) {
      return nullptr;
    }
    return table_->get(key);
  }
  bool has(const std::string& key) { return node(key) != nullptr; }

  /// A number within [min, max]; nullopt when absent.
  std::optional<double> number(const std::string& key, double min, double max, const char* unit) {
    const toml::node* n = node(key);
    if (n == nullptr) {
      return std::nullopt;
    }
    const auto v = n->value<double>();
    if (!v || n->is_boolean()) {
      throw InputError(field(key) + ": must be a number from " + num(min) + " to " + num(max) + " (" + unit + ")");
    }
    if (!std::isfinite(*v) || *v < min || *v > max) {
      throw InputError(field(key) + " = " + num(*v) + ": allowed range is " + num(min) + " to " + num(max) + " (" +
                       unit + ")");
    }
    return *v;
  }

  double required_number(const std::string& key, double min, double max, const char* unit) {
    const auto v = number(key, min, max, unit);
    if (!v) {
      throw InputError(field(key) + ": missing; give a number from " + num(min) + " to " + num(max) + " (" + unit +
                       ")");
    }
    return *v;
  }

  std::optional<bool> flag(const std::string& key) {
    const toml::node* n = node(key);
    if (n == nullptr) {
      return std::nullopt;
    }
    if (!n->is_boolean()) {
      throw InputError(field(key) + ": must be true or false");
    }
    return *n->value<bool>();
  }

  std::optional<std::string> text(const std::string& key) {
    const toml::node* n = node(key);
    if (n == nullptr) {
      return std::nullopt;
    }
    const auto v = n->value<std::string>();
    if (!v || !n->is_string()) {
      throw InputError(field(key) + ": must be a text string");
    }
    return *v;
  }

  template <typename Enum, std::size_t N>
  std::optional<Enum> choice(const std::string& key, const std::array<std::string_view, N>& names) {
    const auto given = text(key);
    if (!given) {
      return std::nullopt;
    }
    const auto parsed = parse_enum<Enum>(names, *given);
    if (!parsed) {
      throw InputError(field(key) + " = \"" + *given + "\": allowed values are " + join_names(names));
    }
    return *parsed;
  }

  /// A list of texts, each one of `names`; empty when absent.
  template <std::size_t N>
  std::vector<std::string> choice_list(const std::string& key, const std::array<std::string_view, N>& names) {
    const toml::node* n = node(key);
    std::vector<std::string> out;
    if (n == nullptr) {
      return out;
    }
    const toml::array* a = n->as_array();
    if (a == nullptr) {
      throw InputError(field(key) + ": must be a list of texts from: " + join_names(names));
    }
    for (std::size_t i = 0; i < a->size(); ++i) {
      const auto v = (*a)[i].value<std::string>();
      const std::string f = field(key) + "[" + std::to_string(i) + "]";
      if (!v || !(*a)[i].is_string()) {
        throw InputError(f + ": must be a text from: " + join_names(names));
      }
      if (!parse_enum<std::uint8_t>(names, *v)) {
        throw InputError(f + " = \"" + *v + "\": allowed values are " + join_names(names));
      }
      out.push_back(*v);
    }
    return out;
  }

  /// A sub-table; null when absent. Throws when the key holds something else.
  const toml::table* subtable(const std::string& key) {
    const toml::node* n = node(key);
    if (n == nullptr) {
      return nullptr;
    }
    if (!n->is_table()) {
      throw InputError(field(key) + ": must be a table ([" + (path_.empty() ? "" : path_ + ".") + key + "])");
    }
    return n->as_table();
  }

  /// An array of tables ([[key]]); nullopt when absent.
  std::optional<std::vector<const toml::table*>> table_array(const std::string& key) {
    const toml::node* n = node(key);
    if (n == nullptr) {
      return std::nullopt;
    }
    const toml::array* a = n->as_array();
    std::vector<const toml::table*> out;
    if (a == nullptr) {
      throw InputError(field(key) + ": must be a list of tables ([[" + key + "]])");
    }
    for (std::size_t i = 0; i < a->size(); ++i) {
      const toml::table* t = (*a)[i].as_table();
      if (t == nullptr) {
        throw InputError(field(key) + "[" + std::to_string(i) + "]: must be a table ([[" + key + "]])");
      }
      out.push_back(t);
    }
    return out;
  }

  void refuse_unknown() const {
    if (table_ == nullptr) {
      return;
    }
    for (const auto& [k, v] : *table_) {
      const std::string key(k.str());
      if (!seen_.contains(key)) {
        std::string accepted;
        for (const auto& s : seen_) {
          accepted += (accepted.empty() ? "" : ", ") + s;
        }
        throw InputError(field(key) + ": unknown key; accepted keys here are " + accepted);
      }
    }
  }

 private:
  const toml::table* table_;
  std::string path_;
  std::string source_;
  std::set<std::string> seen_;
};

}  // namespace trichosim::scenario::detail
