#pragma once
#include <vector>

#include "core/units.hpp"
#include "treat/event_spec.hpp"

namespace trichosim::treat {

/// How fast a product's effect builds after the first dose and fades after the last one: exponential approach
/// with these time constants (days). Belongs to the product (half-life, DHT recovery), not to the regimen.
struct Kinetics {
  Day onset_days = 7.0;   ///< time constant of the rise after the start, > 0
  Day offset_days = 7.0;  ///< time constant of the fall after the stop, > 0
};

/// When and how faithfully a product is taken: start, stop, adherence (fraction of doses taken) and a
/// frequency in the product's own unit. Shared by every drug; the dose-response lives in the product's file.
///
/// The effect level L(t) in [0, 1] is 0 before the start, 1 - exp(-(t - start) / onset) while taken, and
/// L(stop) x exp(-(t - stop) / offset) after the stop. The engine needs piecewise-constant modifiers, so L is
/// held in steps of `step_days` (the value at each step's midpoint) for five time constants after the start and
/// after the stop, and snaps to its limit after that.
class Regimen {
 public:
  Regimen(Day start_day, Day stop_day, double adherence, double frequency);

  /// Reads start_years (required), stop_years (optional), adherence (0-1, default 1) and, when `frequency_key`
  /// is not empty, a frequency in [min, max] `unit` with default `fallback`.
  static Regimen read(const EventSpec& spec, const char* frequency_key = "", double min = 0.0, double max = 0.0,
                      const char* unit = "", double fallback = 0.0);

  Day start_day() const { return start_; }
  /// +infinity when the product is never stopped.
  Day stop_day() const { return stop_; }
  /// Fraction of doses taken, 0-1.
  double adherence() const { return adherence_; }
  /// Doses per the product's frequency unit (per day, per week).
  double frequency() const { return frequency_; }
  bool active(Day t) const { return t >= start_ && t < stop_; }

  /// The days on which the held level changes, ascending: the start, the ramp steps, the stop and its steps.
  std::vector<Day> change_days(const Kinetics& k, Day step_days) const;
  /// The effect level L held from change day `t` until the next change day (see the class comment).
  double held_level(Day t, const Kinetics& k, Day step_days) const;
  /// The continuous level L(t).
  double level(Day t, const Kinetics& k) const;

 private:
  Day start_;
  Day stop_;
  double adherence_;
  double frequency_;
};

}  // namespace trichosim::treat
