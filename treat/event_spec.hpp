#pragma once
#include <map>
#include <string>
#include <variant>
#include <vector>

#include "core/region.hpp"
#include "core/units.hpp"

namespace trichosim::treat {

/// A field value of a scheduled event, as parsed from a scenario (scenario/ parses; treat/ interprets).
using FieldValue = std::variant<double, bool, std::string, std::vector<std::string>>;

/// One `[[events]]` entry: its type, where it came from (for messages) and its fields. The accessors check
/// type and range and mark the field as used; `check_all_used` then rejects unknown keys (typos).
class EventSpec {
 public:
  EventSpec(std::string type, std::string where, std::map<std::string, FieldValue> fields);

  const std::string& type() const { return type_; }
  /// Location used in messages, e.g. "events[2] (finasteride)".
  const std::string& where() const { return where_; }

  /// A number within [min, max] in `unit`; `fallback` when absent. Throws InputError naming field and range.
  double number(const std::string& key, double min, double max, const char* unit, double fallback) const;
  /// A required number within [min, max].
  double required_number(const std::string& key, double min, double max, const char* unit) const;
  /// A text that must be one of `allowed`; `fallback` when absent.
  std::string choice(const std::string& key, const std::vector<std::string>& allowed,
                     const std::string& fallback) const;
  /// true or false; `fallback` when absent. Throws InputError naming the field when it is anything else.
  bool flag(const std::string& key, bool fallback) const;
  /// A list of region names (or "all"); `fallback` when absent.
  RegionMask regions(const std::string& key, RegionMask fallback) const;
  /// Start day from `start_years` (required, -100 to 100 years from the scenario start).
  Day start_day() const;
  /// Stop day from `stop_years` (optional, after the start); +infinity when absent.
  Day stop_day() const;
  bool has(const std::string& key) const { return fields_.contains(key); }

  /// Throws InputError for any field no accessor asked for, listing the accepted ones.
  void check_all_used() const;

 private:
  const FieldValue* find(const std::string& key) const;
  std::string type_;
  std::string where_;
  std::map<std::string, FieldValue> fields_;
  mutable std::vector<std::string> used_;
};

}  // namespace trichosim::treat
