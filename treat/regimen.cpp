#include "treat/regimen.hpp"

#include <algorithm>
#include <cmath>

namespace trichosim::treat {
namespace {

// Time constants over which the level is stepped; after five the remaining gap is below 1 %.
constexpr double kRampTimeConstants = 5.0;

}  // namespace

Regimen::Regimen(Day start_day, Day stop_day, double adherence, double frequency)
    : start_(start_day), stop_(stop_day), adherence_(adherence), frequency_(frequency) {}

Regimen Regimen::read(const EventSpec& spec, const char* frequency_key, double min, double max, const char* unit,
                      double fallback) {
  const Day start = spec.start_day();
  const Day stop = spec.stop_day();
  const double adherence = spec.number("adherence", 0.0, 1.0, "fraction of doses taken", 1.0);
  const double frequency = frequency_key[0] == '\0' ? 0.0 : spec.number(frequency_key, min, max, unit, fallback);
  return Regimen(start, stop, adherence, frequency);
}

double Regimen::level(Day t, const Kinetics& k) const {
  if (t < start_) {
    return 0.0;
  }
  const double on = -std::expm1(-(std::min(t, stop_) - start_) / k.onset_days);
  if (t < stop_) {
    return on;
  }
  return on * std::exp(-(t - stop_) / k.offset_days);
}

std::vector<Day> Regimen::change_days(const Kinetics& k, Day step_days) const {
  std::vector<Day> days;
  const Day ramp_end = std::min(stop_, start_ + kRampTimeConstants * k.onset_days);
  for (Day d = start_; d < ramp_end; d += step_days) {
    days.push_back(d);
  }
  days.push_back(ramp_end);
  if (!std::isfinite(stop_)) {
    return days;
  }
  if (days.back() != stop_) {
    days.push_back(stop_);
  }
  const Day end = stop_ + kRampTimeConstants * k.offset_days;
  for (Day d = stop_ + step_days; d < end; d += step_days) {
    days.push_back(d);
  }
  days.push_back(end);
  return days;
}

double Regimen::held_level(Day t, const Kinetics& k, Day step_days) const {
  if (t < start_) {
    return 0.0;
  }
  const std::vector<Day> days = change_days(k, step_days);
  const auto next = std::upper_bound(days.begin(), days.end(), t);
  if (next == days.end()) {
    // Past the last step: the limit (0 after a stop, 1 while still taken).
    return std::isfinite(stop_) ? 0.0 : 1.0;
  }
  const Day here = *std::prev(next);
  const Day ramp_end = std::min(stop_, start_ + kRampTimeConstants * k.onset_days);
  if (here >= ramp_end && t < stop_) {
    return 1.0;  // the plateau between the end of the rise and the stop
  }
  return level(0.5 * (here + *next), k);
}

}  // namespace trichosim::treat
