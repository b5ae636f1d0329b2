#pragma once
#include "core/parameters.hpp"
#include "core/units.hpp"

namespace trichosim::treat {

/// How a micropigmentation dot's visibility changes: full until its scab sheds (smp.healing_days), then
/// smp.healing_retention of it, fading exponentially with half-life smp.fade_half_life_years (divided by
/// smp.scar_fade_factor in scars). Shared by the micropigmentation event and the SMP planner.
class PigmentFading {
 public:
  explicit PigmentFading(const Parameters& p);
  /// Visibility (0-1) at day `t` of a dot of contrast `shade` placed on day `placed`.
  double visibility(double shade, Day placed, Day t, bool scar) const;
  double healing_days() const { return healing_days_; }

 private:
  double retention_;
  double healing_days_;
  double half_life_days_;
  double scar_factor_;
};

/// Cumulative share of target dots after session k (1-based) of n: Liu 2025's 30% -> 70% -> 100% for three
/// sessions (smp.density_session_1/2); other counts interpolate that curve linearly at k/n (an assumption).
double cumulative_fraction(int k, int n, const Parameters& p);

/// Contrast of session k's shade (1-based) of n: from smp.shade_contrast_lightest at the first to 1 at the last.
double session_shade(int k, int n, const Parameters& p);

}  // namespace trichosim::treat
