#include "treat/dose_response.hpp"

#include <cassert>
#include <cmath>

namespace trichosim::treat {

double interpolate_log_dose(std::span<const DosePoint> table, double dose_mg) {
  assert(!table.empty() && "a dose-response needs at least one point");
  if (dose_mg <= 0.0) {
    return 0.0;
  }
  if (dose_mg <= table.front().dose_mg) {
    return table.front().effect * dose_mg / table.front().dose_mg;
  }
  for (std::size_t i = 1; i < table.size(); ++i) {
    const DosePoint& lo = table[i - 1];
    const DosePoint& hi = table[i];
    if (dose_mg <= hi.dose_mg) {
      const double f = std::log(dose_mg / lo.dose_mg) / std::log(hi.dose_mg / lo.dose_mg);
      return lo.effect + f * (hi.effect - lo.effect);
    }
  }
  return table.back().effect;
}

}  // namespace trichosim::treat
