#pragma once
// Internal to scenario/: a strict reader of TOML tables for the trial and validation-case parsers. Typed,
// range-checked fields; unknown keys refused; every message names the file and the field. Not a public header
// (it exposes toml++).
#include <toml++/toml.h>

#include <array>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/parameters.hpp"
#include "core/person.hpp"
#include "treat/event_spec.hpp"

namespace trichosim::scenario::detail {

/// Formats a number as messages show it ("5.07", "1e+06").
std::string num(double v);

/// A TOML value as written, for messages (e.g. "\"25\"" for a string given where a number belongs), cut at 40
/// characters.
std::string shown(const toml::node& node);

/// Strict reader of one TOML table at `path` ("design", "arms[1]") in file `source`.
class Fields {
 public:
  Fields(const toml::table* table, std::string path, std::string source);

  /// "SOURCE: path.key" for messages.
  std::string field(const std::string& key) const;
  /// True when present; marks `key` as accepted either way.
  bool has(const std::string& key);
  /// A number in [min, max] (unit for messages); `fallback` when absent, else "missing".
  double number(const std::string& key, double min, double max, const char* unit, std::optional<double> fallback);
  /// A whole number in [min, max].
  std::size_t count(const std::string& key, std::size_t min, std::size_t max, std::optional<std::size_t> fallback);
  /// A run seed: a whole number from 0 to kMaxSeed (scenario/limits.hpp), read as an integer (a float such as 1.5
  /// is refused, not truncated); `fallback` when absent. One reader for every input file that takes a seed.
  std::uint64_t seed(const std::string& key, std::uint64_t fallback);
  /// true or false; `fallback` when absent.
  bool flag(const std::string& key, bool fallback);
  /// A text string; `fallback` when absent, else "missing".
  std::string text(const std::string& key, std::optional<std::string> fallback);
  /// A text that must be one of `allowed`.
  std::string choice(const std::string& key, const std::vector<std::string>& allowed,
                     std::optional<std::string> fallback);
  /// The enum value whose name (`names`, in enum order) is given; `fallback` when absent, else "missing".
  template <typename Enum, std::size_t N>
  Enum choice_of(const std::string& key, const std::array<std::string_view, N>& names, std::optional<Enum> fallback) {
    std::optional<std::string> fallback_name;
    if (fallback) {
      fallback_name = std::string(names[static_cast<std::size_t>(*fallback)]);
    }
    return *parse_enum<Enum>(names, choice(key, std::vector<std::string>(names.begin(), names.end()), fallback_name));
  }
  /// A list of numbers each in [min, max]; strictly increasing when `increasing`; empty when absent.
  std::vector<double> numbers(const std::string& key, double min, double max, const char* unit, bool increasing);
  /// A list of any items (nullptr when absent); refuses a non-list.
  const toml::array* list(const std::string& key);
  /// A sub-table (nullptr when absent); refuses a non-table.
  const toml::table* table(const std::string& key);
  /// An array of tables (nullptr when absent); refuses anything else.
  const toml::array* tables(const std::string& key);
  /// Throws for any key not asked for, listing the accepted ones.
  void refuse_unknown() const;

 private:
  const toml::table* table_;
  std::string path_;
  std::string source_;
  std::set<std::string> seen_;
};

/// Parses text as TOML; a syntax error becomes an InputError "SOURCE:LINE:COL: not valid TOML: ...".
toml::table parse_toml(const std::string& text, const std::string& source);

/// Reads an array of event tables ([[arms.events]]) as scenario events; `where` prefixes messages.
std::vector<treat::EventSpec> read_events(const toml::array* events, const std::string& where);

/// Applies a [parameters] table of registry overrides to `params`, recording the keys in `overridden`.
void read_parameter_overrides(const toml::table* table, const std::string& source, Parameters& params,
                              std::vector<std::string>& overridden);

}  // namespace trichosim::scenario::detail
