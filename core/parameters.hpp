#pragma once
#include <array>
#include <optional>
#include <span>
#include <string_view>
#include <utility>

#include "core/registry_keys.hpp"

namespace trichosim {

/// One registry entry as compiled in from data/parameters.toml.
struct ParamInfo {
  std::string_view key;         ///< dotted key, e.g. "cycle.anagen_mean_days"
  double default_value;         ///< value in `unit`
  std::string_view unit;        ///< engine unit (core/units.hpp)
  double min;                   ///< smallest allowed override
  double max;                   ///< largest allowed override
  std::string_view provenance;  ///< source | derived | fitted | assumption
  std::string_view note;        ///< the citation, derivation, fitting targets or reason
};

/// The registry table, in declaration order of `Param`.
extern const std::array<ParamInfo, kParamCount> kParamTable;

/// Finds a registry entry by its dotted key; nullopt when the key is unknown.
std::optional<Param> find_param(std::string_view key);

/// Registry metadata of one parameter.
const ParamInfo& param_info(Param p);

/// A full set of model parameters: the registry defaults, possibly with validated overrides.
/// Values are checked against their ranges by the scenario layer before they get here.
class Parameters {
 public:
  /// All registry defaults.
  Parameters();

  /// The value of `p` in its registry unit.
  double operator[](Param p) const { return values_[static_cast<std::size_t>(p)]; }

  /// Overrides one value. Precondition: `value` lies within the entry's range (checked by the caller).
  void set(Param p, double value);

  /// Overrides values in order (a later value for the same parameter wins), with set's precondition.
  void set_all(std::span<const std::pair<Param, double>> values);

  /// True when every value equals its registry default.
  bool is_default() const;

  friend bool operator==(const Parameters&, const Parameters&) = default;

 private:
  std::array<double, kParamCount> values_{};
};

}  // namespace trichosim
