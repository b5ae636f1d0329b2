#include "treat/pigment_fading.hpp"

#include <cmath>
#include <numbers>

namespace trichosim::treat {

PigmentFading::PigmentFading(const Parameters& p)
    : retention_(p[Param::smp_healing_retention]),
      healing_days_(p[Param::smp_healing_days]),
      half_life_days_(years_to_days(p[Param::smp_fade_half_life_years])),
      scar_factor_(p[Param::smp_scar_fade_factor]) {}

double PigmentFading::visibility(double shade, Day placed, Day t, bool scar) const {
  if (t < placed) {
    return 0.0;
  }
  const double healed = t < placed + healing_days_ ? 1.0 : retention_;
  const double rate = std::numbers::ln2 / half_life_days_ * (scar ? scar_factor_ : 1.0);
  return shade * healed * std::exp(-rate * (t - placed));
}

double cumulative_fraction(int k, int n, const Parameters& p) {
  // Liu 2025's curve through (0, 0), (1/3, f1), (2/3, f2), (1, 1), read at k/n.
  const double x = static_cast<double>(k) / static_cast<double>(n);
  const double xs[] = {0.0, 1.0 / 3.0, 2.0 / 3.0, 1.0};
  const double ys[] = {0.0, p[Param::smp_density_session_1], p[Param::smp_density_session_2], 1.0};
  for (int i = 1; i < 4; ++i) {
    if (x <= xs[i] + 1e-12) {
      const double w = (x - xs[i - 1]) / (xs[i] - xs[i - 1]);
      return ys[i - 1] + w * (ys[i] - ys[i - 1]);
    }
  }
  return 1.0;
}

double session_shade(int k, int n, const Parameters& p) {
  const double lightest = p[Param::smp_shade_contrast_lightest];
  return n <= 1 ? 1.0 : lightest + (1.0 - lightest) * static_cast<double>(k - 1) / static_cast<double>(n - 1);
}

}  // namespace trichosim::treat
