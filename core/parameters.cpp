#include "core/parameters.hpp"

#include <cassert>

namespace trichosim {

std::optional<Param> find_param(std::string_view key) {
  for (std::size_t i = 0; i < kParamTable.size(); ++i) {
    if (kParamTable[i].key == key) {
      return static_cast<Param>(i);
    }
  }
  return std::nullopt;
}

const ParamInfo& param_info(Param p) { return kParamTable[static_cast<std::size_t>(p)]; }

Parameters::Parameters() {
  for (std::size_t i = 0; i < kParamTable.size(); ++i) {
    values_[i] = kParamTable[i].default_value;
  }
}

void Parameters::set(Param p, double value) {
  const ParamInfo& info = param_info(p);
  assert(value >= info.min && value <= info.max && "parameter overrides are range-checked by the scenario layer");
  (void)info;
  values_[static_cast<std::size_t>(p)] = value;
}

void Parameters::set_all(std::span<const std::pair<Param, double>> values) {
  for (const auto& [p, value] : values) {
    set(p, value);
  }
}

bool Parameters::is_default() const {
  for (std::size_t i = 0; i < kParamTable.size(); ++i) {
    if (values_[i] != kParamTable[i].default_value) {
      return false;
    }
  }
  return true;
}

}  // namespace trichosim
