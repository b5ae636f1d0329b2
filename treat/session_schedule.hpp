#pragma once
#include <vector>

#include "core/units.hpp"
#include "treat/event_spec.hpp"

namespace trichosim::treat {

/// The regimen part shared by session-based procedures (microneedling, laser): when sessions happen.
struct SessionSchedule {
  Day start = 0.0;               ///< first session (days from the scenario start)
  Day stop = 0.0;                ///< no session on or after this day
  double sessions_per_week = 1;  ///< evenly spaced

  /// Session days, start + k x 7 / sessions_per_week, before stop.
  std::vector<Day> days() const;
};

/// Reads start_years and either stop_years or duration_weeks (1-520 weeks; one of them is required) and the
/// sessions_per_week field within [min, max] (its range is named in the error).
SessionSchedule read_schedule(const EventSpec& spec, double min_per_week, double max_per_week);

}  // namespace trichosim::treat
