#pragma once
#include <array>
#include <cstdint>

namespace trichosim {

/// Every place the engine draws random numbers, with a fixed id that is never reused.
/// A draw is keyed by (seed, person, follicle, cycle, site, slot), so adding a site or a treatment does not
/// reshuffle any other draw. Append new sites with new ids; never renumber.
enum class DrawSite : std::uint16_t {
  UnitPlacement = 1,    ///< jitter and acceptance of a follicular-unit lattice cell
  UnitSize = 2,         ///< hairs in a follicular unit
  FollicleTraits = 3,   ///< vellus-born flag, sensitivity noise
  InitialState = 4,     ///< phase and residual time at the burn-in start
  ShaftTraits = 5,      ///< terminal diameter and growth rate
  AnagenEntry = 6,      ///< miniaturisation step, loss, age dropout at a new cycle
  AnagenDuration = 7,   ///< anagen length of a cycle
  CatagenDuration = 8,  ///< catagen length
  TelogenDuration = 9,  ///< telogen length
  TelogenExit = 10,     ///< kenogen or not, and kenogen length
  EditorAction = 11,    ///< instantaneous actions of interventions (slot = action id)
  CohortPerson = 12,    ///< a virtual patient's age, sex, ethnicity and liability (follicle = cycle = 0)
  TrialPatient = 13,    ///< a trial patient's adherence and dropout time, shared by every arm
};

/// All sites, for the uniqueness check below and in tests.
inline constexpr std::array kAllDrawSites = {
    DrawSite::UnitPlacement,   DrawSite::UnitSize,    DrawSite::FollicleTraits, DrawSite::InitialState,
    DrawSite::ShaftTraits,     DrawSite::AnagenEntry, DrawSite::AnagenDuration, DrawSite::CatagenDuration,
    DrawSite::TelogenDuration, DrawSite::TelogenExit, DrawSite::EditorAction,   DrawSite::CohortPerson,
    DrawSite::TrialPatient,
};

constexpr bool draw_site_ids_unique() {
  for (std::size_t i = 0; i < kAllDrawSites.size(); ++i) {
    for (std::size_t j = i + 1; j < kAllDrawSites.size(); ++j) {
      if (kAllDrawSites[i] == kAllDrawSites[j]) {
        return false;
      }
    }
  }
  return true;
}
static_assert(draw_site_ids_unique(), "each draw site needs its own id");

}  // namespace trichosim
