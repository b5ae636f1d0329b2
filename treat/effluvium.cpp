#include "treat/effluvium.hpp"

#include <algorithm>
#include <cmath>

#include "core/phase.hpp"
#include "core/scalp_editor.hpp"

namespace trichosim::treat {

std::vector<Day> Effluvium::change_days() const {
  std::vector<Day> days;
  if (!std::isnan(spec_.chronic_from)) {
    days.push_back(spec_.chronic_from);
    if (std::isfinite(spec_.chronic_until)) {
      days.push_back(spec_.chronic_until);
    }
  }
  return days;
}

void Effluvium::modify(Day t, const Person& /*person*/, RegionalModifiers& m) const {
  if (std::isnan(spec_.chronic_from) || t < spec_.chronic_from || t >= spec_.chronic_until) {
    return;
  }
  m.for_each(RegionMask::all(),
             [&](Modifiers& r) { r.duration_scale[static_cast<std::size_t>(Phase::Anagen)] *= spec_.anagen_scale; });
}

namespace {

constexpr Day kReleaseStepDays = 7.0;

std::size_t release_steps(Day window_days) {
  return std::max<std::size_t>(1, static_cast<std::size_t>(std::lround(window_days / kReleaseStepDays)));
}

}  // namespace

std::vector<Day> Effluvium::action_days() const {
  if (std::isnan(spec_.shock_day) || spec_.shock_fraction <= 0.0) {
    return {};
  }
  // Each step stands for a week of the window and falls at its middle, so the mean release day is window / 2; a
  // window of 0 gives one step on shock_day.
  const std::size_t steps = release_steps(spec_.shock_window_days);
  std::vector<Day> days(steps);
  for (std::size_t k = 0; k < steps; ++k) {
    days[k] = spec_.shock_day + spec_.shock_window_days * (static_cast<double>(k) + 0.5) / static_cast<double>(steps);
  }
  return days;
}

double Effluvium::release_per_step() const {
  const auto steps = static_cast<double>(release_steps(spec_.shock_window_days));
  return 1.0 - std::pow(1.0 - spec_.shock_fraction, 1.0 / steps);
}

void Effluvium::act(Day /*t*/, std::uint16_t action_id, ScalpEditor& editor) const {
  editor.end_phase_now(Phase::Anagen, release_per_step(), RegionMask::all(), action_id);
}

}  // namespace trichosim::treat
