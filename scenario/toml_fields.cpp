#include "scenario/toml_fields.hpp"

#include <cmath>
#include <cstdint>
#include <map>
#include <sstream>

#include "core/input_error.hpp"
#include "scenario/limits.hpp"
#include "scenario/parameter_override.hpp"
#include "scenario/parameter_rules.hpp"

namespace trichosim::scenario::detail {

std::string num(double v) {
  std::ostringstream os;
  os << v;
  return os.str();
}

std::string shown(const toml::node& node) {
  std::ostringstream os;
  if (const auto* s = node.as_string()) {
    os << '"' << s->get() << '"';
  } else {
    node.visit([&os](const auto& n) { os << n; });
  }
  std::string text = os.str();
  constexpr std::size_t kMaxShown = 40;
  return text.size() > kMaxShown ? text.substr(0, kMaxShown) + "..." : text;
}

namespace {

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items) {
    out += (out.empty() ? "" : ", ") + s;
  }
  return out;
}

}  // namespace

Fields::Fields(const toml::table* table, std::string path, std::string source)
    : table_(table), path_(std::move(path)), source_(std::move(source)) {}

std::string Fields::field(const std::string& key) const {
  return source_ + ": " + (path_.empty() ? "" : path_ + ".") + key;
}

bool Fields::has(const std::string& key) {
  seen_.insert(key);
  return table_ != nullptr && table_->contains(key);
}

double Fields::number(const std::string& key, double min, double max, const char* unit,
                      std::optional<double> fallback) {
  const std::string range = num(min) + " to " + num(max) + " (" + unit + ")";
  if (!has(key)) {
    if (fallback) {
      return *fallback;
    }
    throw InputError(field(key) + ": missing; give a number from " + range);
  }
  const auto& node = *table_->get(key);
  const auto v = node.value<double>();
  if (!v || node.is_boolean()) {
    throw InputError(field(key) + " = " + shown(node) + ": must be a number from " + range);
  }
  if (!std::isfinite(*v) || *v < min || *v > max) {
    throw InputError(field(key) + " = " + num(*v) + ": allowed range is " + range);
  }
  return *v;
}

std::uint64_t Fields::seed(const std::string& key, std::uint64_t fallback) {
  if (!has(key)) {
    return fallback;
  }
  const toml::node& node = *table_->get(key);
  // value<int64_t>() only on integers: on a float toml++ casts without a range check (fuzz finding 2).
  const auto v = node.is_integer() ? node.value<std::int64_t>() : std::nullopt;
  if (!v || !seed_in_range(*v)) {
    throw InputError(field(key) + " = " + (v ? std::to_string(*v) : shown(node)) + ": " + seed_range_text());
  }
  return static_cast<std::uint64_t>(*v);
}

std::size_t Fields::count(const std::string& key, std::size_t min, std::size_t max,
                          std::optional<std::size_t> fallback) {
  const std::string range = "a whole number from " + std::to_string(min) + " to " + std::to_string(max);
  if (!has(key)) {
    if (fallback) {
      return *fallback;
    }
    throw InputError(field(key) + ": missing; give " + range);
  }
  const auto& node = *table_->get(key);
  const auto v = node.value<double>();
  if (!v || node.is_boolean()) {
    throw InputError(field(key) + " = " + shown(node) + ": must be " + range);
  }
  if (!std::isfinite(*v) || std::floor(*v) != *v || *v < static_cast<double>(min) || *v > static_cast<double>(max)) {
    throw InputError(field(key) + " = " + num(*v) + ": must be " + range);
  }
  return static_cast<std::size_t>(*v);
}

bool Fields::flag(const std::string& key, bool fallback) {
  if (!has(key)) {
    return fallback;
  }
  const auto v = table_->get(key)->value<bool>();
  if (!v) {
    throw InputError(field(key) + " = " + shown(*table_->get(key)) + ": must be true or false");
  }
  return *v;
}

std::string Fields::text(const std::string& key, std::optional<std::string> fallback) {
  if (!has(key)) {
    if (fallback) {
      return *fallback;
    }
    throw InputError(field(key) + ": missing");
  }
  const auto v = table_->get(key)->value<std::string>();
  if (!v) {
    throw InputError(field(key) + " = " + shown(*table_->get(key)) + ": must be a text string");
  }
  return *v;
}

std::string Fields::choice(const std::string& key, const std::vector<std::string>& allowed,
                           std::optional<std::string> fallback) {
  if (!has(key) && fallback) {
    return *fallback;
  }
  std::string given = text(key, std::nullopt);
  for (const auto& a : allowed) {
    if (a == given) {
      return given;
    }
  }
  throw InputError(field(key) + " = \"" + given + "\": allowed values are " + join(allowed));
}

std::vector<double> Fields::numbers(const std::string& key, double min, double max, const char* unit, bool increasing) {
  std::vector<double> out;
  if (!has(key)) {
    return out;
  }
  const toml::array* list = table_->get(key)->as_array();
  if (list == nullptr || list->empty()) {
    throw InputError(field(key) + ": must be a non-empty list of numbers from " + num(min) + " to " + num(max) + " (" +
                     unit + ")");
  }
  for (std::size_t i = 0; i < list->size(); ++i) {
    const auto v = (*list)[i].value<double>();
    const std::string f = field(key) + "[" + std::to_string(i) + "]";
    if (!v || (*list)[i].is_boolean() || !std::isfinite(*v) || *v < min || *v > max) {
      throw InputError(f + (v ? " = " + num(*v) : std::string()) + ": allowed range is " + num(min) + " to " +
                       num(max) + " (" + unit + ")");
    }
    if (increasing && !out.empty() && *v <= out.back()) {
      throw InputError(f + " = " + num(*v) + ": values must increase");
    }
    out.push_back(*v);
  }
  return out;
}

const toml::array* Fields::list(const std::string& key) {
  if (!has(key)) {
    return nullptr;
  }
  const toml::array* a = table_->get(key)->as_array();
  if (a == nullptr) {
    throw InputError(field(key) + " = " + shown(*table_->get(key)) + ": must be a list");
  }
  return a;
}

const toml::table* Fields::table(const std::string& key) {
  if (!has(key)) {
    return nullptr;
  }
  const toml::table* t = table_->get(key)->as_table();
  if (t == nullptr) {
    throw InputError(field(key) + ": must be a table ([" + (path_.empty() ? "" : path_ + ".") + key + "])");
  }
  return t;
}

const toml::array* Fields::tables(const std::string& key) {
  if (!has(key)) {
    return nullptr;
  }
  const toml::array* a = table_->get(key)->as_array();
  if (a == nullptr || !a->is_array_of_tables()) {
    throw InputError(field(key) + ": must be an array of tables ([[" + (path_.empty() ? "" : path_ + ".") + key +
                     "]])");
  }
  return a;
}

void Fields::refuse_unknown() const {
  if (table_ == nullptr) {
    return;
  }
  for (const auto& [k, v] : *table_) {
    const std::string key(k.str());
    if (!seen_.contains(key)) {
      std::vector<std::string> accepted(seen_.begin(), seen_.end());
      throw InputError(field(key) + ": unknown key; accepted keys here are " + join(accepted));
    }
  }
}

toml::table parse_toml(const std::string& text, const std::string& source) {
  try {
    return toml::parse(text, source);
  } catch (const toml::parse_error& e) {
    std::ostringstream os;
    os << source << ":" << e.source().begin.line << ":" << e.source().begin.column
       << ": not valid TOML: " << e.description();
    throw InputError(os.str());
  }
}

std::vector<treat::EventSpec> read_events(const toml::array* events, const std::string& where) {
  std::vector<treat::EventSpec> out;
  if (events == nullptr) {
    return out;
  }
  for (std::size_t i = 0; i < events->size(); ++i) {
    const std::string at = where + "[" + std::to_string(i) + "]";
    const toml::table* t = (*events)[i].as_table();
    if (t == nullptr) {
      throw InputError(at + ": must be a table ([[events]])");
    }
    const auto type = (*t)["type"].value<std::string>();
    if (!type) {
      throw InputError(at + ".type: missing; every event needs a type");
    }
    std::map<std::string, treat::FieldValue> fields;
    for (const auto& [k, node] : *t) {
      const std::string key(k.str());
      if (key == "type") {
        continue;
      }
      if (node.is_boolean()) {
        fields.emplace(key, *node.value<bool>());
      } else if (node.is_number()) {
        const auto v = node.value<double>();
        if (!v) {  // an integer a double cannot hold exactly (beyond 2^53): toml++ refuses the lossy conversion
          throw InputError(at + "." + key + " = " + std::to_string(*node.value<std::int64_t>()) +
                           ": allowed range is -9007199254740992 to 9007199254740992 (whole numbers beyond 2^53 "
                           "cannot be held exactly)");
        }
        fields.emplace(key, *v);
      } else if (node.is_string()) {
        fields.emplace(key, *node.value<std::string>());
      } else if (const toml::array* a = node.as_array()) {
        std::vector<std::string> items;
        for (const auto& item : *a) {
          const auto str = item.value<std::string>();
          if (!str) {
            throw InputError(at + "." + key + ": lists may hold only text items");
          }
          items.push_back(*str);
        }
        fields.emplace(key, std::move(items));
      } else {
        throw InputError(at + "." + key + ": must be a number, text, true/false or a list of texts");
      }
    }
    out.emplace_back(*type, at + " (" + *type + ")", std::move(fields));
  }
  return out;
}

void read_parameter_overrides(const toml::table* table, const std::string& source, Parameters& params,
                              std::vector<std::string>& overridden) {
  if (table == nullptr) {
    return;
  }
  for (const auto& [k, node] : *table) {
    const std::string key(k.str());
    const std::string field = source + ": parameters.\"" + key + "\"";
    const Param param = known_parameter(key, field);
    const auto v = node.value<double>();
    if (!v || node.is_boolean()) {
      throw InputError(field + " = " + shown(node) + ": must be a number from " + parameter_range(param));
    }
    check_parameter_value(param, *v, field);
    params.set(param, *v);
    overridden.push_back(key);
  }
  check_parameter_rules(params, source);
}

}  // namespace trichosim::scenario::detail
