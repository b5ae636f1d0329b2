#include "treat/effluvium.hpp"

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

std::vector<Day> Effluvium::action_days() const {
  if (std::isnan(spec_.shock_day) || spec_.shock_fraction <= 0.0) {
    return {};
  }
  return {spec_.shock_day};
}

void Effluvium::act(Day /*t*/, std::uint16_t action_id, ScalpEditor& editor) const {
  editor.end_phase_now(Phase::Anagen, spec_.shock_fraction, RegionMask::all(), action_id);
}

}  // namespace trichosim::treat
