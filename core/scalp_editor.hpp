#pragma once
#include <cstddef>
#include <cstdint>

#include "core/phase.hpp"
#include "core/region.hpp"
#include "core/units.hpp"

namespace trichosim {

class Simulation;

/// The controlled way an intervention acts on the scalp at one instant. Every random choice is keyed by
/// (seed, person, follicle, cycle, EditorAction, action id), so two runs that differ in one action share all
/// other draws.
class ScalpEditor {
 public:
  ScalpEditor(Simulation& sim, Day day) : sim_(sim), day_(day) {}

  /// Ends, now, the current phase of each follicle in phase `from` within `regions`, with probability
  /// `probability` (0-1) each; the follicle then moves on by the normal rules (anagen -> catagen: a telogen
  /// effluvium trigger; kenogen -> anagen: an activation). Returns the number of follicles affected.
  std::size_t end_phase_now(Phase from, double probability, RegionMask regions, std::uint16_t action_id);

  /// Anagen effluvium: breaks the shaft of each anagen follicle within `regions` with probability `probability`;
  /// the broken hair counts as shed and the follicle regrows a shaft from `regrowth_delay_days` after now,
  /// staying in anagen; its remaining anagen time is kept and resumes at the regrowth day. Returns the number of
  /// shafts broken.
  std::size_t break_anagen_shafts(double probability, RegionMask regions, Day regrowth_delay_days,
                                  std::uint16_t action_id);

  Day day() const { return day_; }

 private:
  Simulation& sim_;
  Day day_;
};

}  // namespace trichosim
