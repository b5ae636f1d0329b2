#pragma once
// Hand-made follicle lists for instrument tests: each entry states phase, diameter, growth and timing directly.
#include <cstdint>

#include "measure/follicle_view.hpp"

namespace trichosim::testing {

/// A follicle at `where` in unit `unit`, in `phase`, with a shaft of `diameter_um` (ignored without a shaft).
inline measure::FollicleView follicle(Phase phase, double diameter_um, std::uint32_t unit = 0,
                                      double growth_um_per_day = 0.0, double days_left = 100.0,
                                      MapPoint where = {0.0, 0.0}) {
  measure::FollicleView f;
  f.position = where;
  f.unit = unit;
  f.phase = phase;
  f.diameter_um = has_shaft(phase) ? diameter_um : 0.0;
  f.growth_um_per_day = growth_um_per_day;
  f.days_left = days_left;
  return f;
}

}  // namespace trichosim::testing
