#include "core/scalp_editor.hpp"

#include <algorithm>

#include "core/rng.hpp"
#include "core/simulation.hpp"

namespace trichosim {

std::size_t ScalpEditor::end_phase_now(Phase from, double probability, RegionMask regions, std::uint16_t action_id) {
  FollicleStore& s = sim_.store_;
  std::size_t affected = 0;
  for (std::size_t i = 0; i < s.follicle_count(); ++i) {
    if (s.phase[i] != from || !regions.contains(s.region[i])) {
      continue;
    }
    const Draw d(sim_.seed(),
                 {sim_.person().id, static_cast<std::uint32_t>(i), s.cycle[i], DrawSite::EditorAction, action_id});
    if (d.uniform(0) < probability) {
      s.next_day[i] = static_cast<float>(day_);
      ++affected;
    }
  }
  return affected;
}

std::size_t ScalpEditor::break_anagen_shafts(double probability, RegionMask regions, Day regrowth_delay_days,
                                             std::uint16_t action_id) {
  FollicleStore& s = sim_.store_;
  std::size_t broken = 0;
  for (std::size_t i = 0; i < s.follicle_count(); ++i) {
    // A shaft already broken and not yet regrowing has nothing left to break.
    if (s.phase[i] != Phase::Anagen || !regions.contains(s.region[i]) ||
        static_cast<double>(s.shaft_start_day[i]) > day_) {
      continue;
    }
    const Draw d(sim_.seed(),
                 {sim_.person().id, static_cast<std::uint32_t>(i), s.cycle[i], DrawSite::EditorAction, action_id});
    if (d.uniform(0) >= probability) {
      continue;
    }
    ++sim_.shed_[region_index(s.region[i])];
    s.shaft_start_day[i] = static_cast<float>(day_ + regrowth_delay_days);
    // The follicle's anagen clock pauses while it holds no shaft: its remaining anagen resumes at the regrowth
    // day (otherwise every follicle due to end anagen during the pause would end it together on that day and
    // shed a shaft-less club hair in a synchronous wave months later).
    const double remaining = std::max(0.0, static_cast<double>(s.next_day[i]) - day_);
    s.next_day[i] = static_cast<float>(day_ + regrowth_delay_days + remaining);
    ++broken;
  }
  return broken;
}

}  // namespace trichosim
