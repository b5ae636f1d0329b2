#pragma once
// Helpers that build small, fast scalps for tests: the registry defaults with a chosen scalp area.
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

inline Person man(double age_years, double predisposition) {
  Person p;
  p.sex = Sex::Male;
  p.age_years = age_years;
  p.predisposition = predisposition;
  return p;
}

inline Person woman(double age_years, double predisposition) {
  Person p = man(age_years, predisposition);
  p.sex = Sex::Female;
  return p;
}

}  // namespace trichosim::testing
