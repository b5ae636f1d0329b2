#pragma once
// Helpers that build small, fast scalps for tests: the registry defaults with a chosen scalp area.
#include <cmath>
#include <memory>
#include <vector>

#include "core/parameters.hpp"
#include "core/simulation.hpp"

namespace trichosim::testing {

/// Registry defaults with the hair-bearing area set to `area_cm2` (200-800).
inline Parameters params_with_area(double area_cm2) {
  Parameters p;
  p.set(Param::scalp_area_cm2, area_cm2);
  return p;
}

/// Predisposition of a Caucasian man with a strong family history, on the registry's fitted scale:
/// Phi(shift + scale x cohort.family_history_liability_strong), as scenario files read family_history = "strong".
/// Tests that need "a predisposed man" use it, so after a recalibration their man keeps his place in the population.
inline double strong_family_history(const Parameters& p) {
  const double z = p[Param::cohort_predisposition_liability_shift] +
                   p[Param::cohort_predisposition_liability_scale] * p[Param::cohort_family_history_liability_strong];
  return 0.5 * std::erfc(-z / std::sqrt(2.0));
}

inline Person man(double age_years, double predisposition) {
  Person p;
  p.sex = Sex::Male;
  p.age_years = age_years;
  p.predisposition = predisposition;
  return p;
}

}  // namespace trichosim::testing
