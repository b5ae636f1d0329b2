#pragma once
#include <array>
#include <cstdint>

namespace trichosim {

/// Every place the engine draws random numbers, with a fixed id that is never reused.
/// A draw is keyed by (seed, person, follicle, cycle, site, slot), so adding a site or a treatment does not
/// reshuffle any other draw. Append new sites with new ids; never renumber.
enum class DrawSite : std::uint16_t {
  UnitPlacement = 1,      ///< jitter and acceptance of a follicular-unit lattice cell
  UnitSize = 2,           ///< hairs in a follicular unit
  FollicleTraits = 3,     ///< vellus-born flag, sensitivity noise
  InitialState = 4,       ///< phase and residual time at the burn-in start
  ShaftTraits = 5,        ///< terminal diameter and growth rate
  AnagenEntry = 6,        ///< miniaturisation step, loss, age dropout and anagen length at a new cycle
  AnagenDuration = 7,     ///< retired (anagen length now comes from AnagenEntry); the id is never reused
  CatagenDuration = 8,    ///< catagen length
  TelogenDuration = 9,    ///< telogen length
  TelogenExit = 10,       ///< kenogen or not, and kenogen length
  EditorAction = 11,      ///< instantaneous actions of interventions (slot = action id)
  MeasurementError = 12,  ///< instrument error (follicle = site id, cycle = occasion, slot = quantity)
  ConsultTwin = 13,       ///< consultation virtual twins (person = twin index)
  RenderHair = 14,        ///< picture-only: a hair's drawn angle, visible share and greying (never the engine)
  CohortPerson = 15,      ///< virtual-population sampling (person = cohort index)
  TrialPatient = 16,      ///< per-patient trial draws: arm adherence, dropout
  UnitSample = 17,        ///< target-area mode: gaps between sampled lattice cells (follicle = gap index / 4)
};

/// All sites, for the uniqueness check below and in tests.
inline constexpr std::array kAllDrawSites = {
    DrawSite::UnitPlacement,   DrawSite::UnitSize,    DrawSite::FollicleTraits, DrawSite::InitialState,
    DrawSite::ShaftTraits,     DrawSite::AnagenEntry, DrawSite::AnagenDuration, DrawSite::CatagenDuration,
    DrawSite::TelogenDuration, DrawSite::TelogenExit, DrawSite::EditorAction,   DrawSite::MeasurementError,
    DrawSite::ConsultTwin,     DrawSite::RenderHair,  DrawSite::CohortPerson,   DrawSite::TrialPatient,
    DrawSite::UnitSample,
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
