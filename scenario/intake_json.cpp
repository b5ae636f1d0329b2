// JSON intake (nlohmann-json): converted to a TOML tree and validated by the same reader as TOML intakes.
#include <nlohmann/json.hpp>

#include "core/input_error.hpp"
#include "scenario/intake.hpp"
#include "scenario/intake_parse.hpp"

namespace trichosim::scenario {
namespace {

void add_value(const nlohmann::json& j, const std::string& where, toml::array& out);

/// Inserts one JSON value under `key`; null means "absent" and is skipped.
void insert_value(const nlohmann::json& j, const std::string& key, const std::string& where, toml::table& out) {
  if (j.is_null()) {
    return;
  }
  if (j.is_object()) {
    toml::table t;
    for (const auto& [k, v] : j.items()) {
      insert_value(v, k, where + "." + k, t);
    }
    out.insert_or_assign(key, std::move(t));
  } else if (j.is_array()) {
    toml::array a;
    for (std::size_t i = 0; i < j.size(); ++i) {
      add_value(j[i], where + "[" + std::to_string(i) + "]", a);
    }
    out.insert_or_assign(key, std::move(a));
  } else if (j.is_boolean()) {
    out.insert_or_assign(key, j.get<bool>());
  } else if (j.is_number_integer() || j.is_number_unsigned()) {
    out.insert_or_assign(key, j.get<std::int64_t>());
  } else if (j.is_number()) {
    out.insert_or_assign(key, j.get<double>());
  } else {
    out.insert_or_assign(key, j.get<std::string>());
  }
}

void add_value(const nlohmann::json& j, const std::string& where, toml::array& out) {
  if (j.is_null()) {
    throw InputError(where + ": null is not allowed inside a list");
  }
  toml::table holder;
  insert_value(j, "v", where, holder);
  out.push_back(*holder.get("v"));
}

}  // namespace

Intake parse_intake_json(const std::string& text, const std::string& source) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(text);
  } catch (const nlohmann::json::exception& e) {  // parse_error, and out_of_range for numbers beyond a double
    throw InputError(source + ": not valid JSON: " + e.what());
  }
  if (!j.is_object()) {
    throw InputError(source + ": a JSON intake must be an object ({...})");
  }
  toml::table root;
  for (const auto& [k, v] : j.items()) {
    insert_value(v, k, source + ": " + k, root);
  }
  return read_intake_table(root, text, source);
}

}  // namespace trichosim::scenario
