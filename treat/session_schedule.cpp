#include "treat/session_schedule.hpp"

#include <cmath>

#include "core/input_error.hpp"

namespace trichosim::treat {

std::vector<Day> SessionSchedule::days() const {
  std::vector<Day> out;
  const double step = 7.0 / sessions_per_week;
  for (std::size_t k = 0;; ++k) {
    const Day d = start + static_cast<double>(k) * step;
    if (d >= stop) {
      break;
    }
    out.push_back(d);
  }
  return out;
}

SessionSchedule read_schedule(const EventSpec& spec, double min_per_week, double max_per_week) {
  constexpr double kMaxWeeks = 520.0;
  SessionSchedule s;
  s.start = spec.start_day();
  const bool has_stop = spec.has("stop_years");
  const bool has_weeks = spec.has("duration_weeks");
  if (has_stop && has_weeks) {
    throw InputError(spec.where() + ".duration_weeks: give either stop_years or duration_weeks, not both");
  }
  if (!has_stop && !has_weeks) {
    throw InputError(spec.where() + ".duration_weeks: missing; give duration_weeks (1 to 520) or stop_years");
  }
  s.stop = has_stop ? spec.stop_day() : s.start + 7.0 * spec.required_number("duration_weeks", 1.0, kMaxWeeks, "week");
  if (!has_stop) {
    spec.stop_day();  // marks the field as known for the unknown-field check
  } else {
    spec.number("duration_weeks", 1.0, kMaxWeeks, "week", 0.0);
  }
  s.sessions_per_week = spec.required_number("sessions_per_week", min_per_week, max_per_week, "sessions per week");
  return s;
}

}  // namespace trichosim::treat
