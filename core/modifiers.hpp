#pragma once
#include <array>

#include "core/phase.hpp"
#include "core/region.hpp"

namespace trichosim {

/// The effect of everything active at a moment on follicles of one region. Interventions and causes express
/// themselves only through these fields; the engine composes them (factors multiply, gains add).
struct Modifiers {
  /// Multiplier on androgen drive (a 5-alpha-reductase inhibitor lowers it; 1 = no change).
  double androgen_drive = 1.0;
  /// Multiplier on the mean duration of each cycling phase (Anagen, Catagen, Telogen, Kenogen). A change applies
  /// to phases already under way by rescaling their remaining time (an accelerated-failure-time model).
  std::array<double, kCyclingPhaseCount> duration_scale{1.0, 1.0, 1.0, 1.0};
  /// Multiplier on the chance that shedding is followed by kenogen.
  double kenogen_probability_scale = 1.0;
  /// Multiplier on the chance of a miniaturisation step at anagen entry (beyond the androgen drive).
  double miniaturisation_scale = 1.0;
  /// Relative size added at each anagen entry (regrowth of miniaturised follicles), capped at full size.
  double size_gain_per_cycle = 0.0;
  /// Multiplier on shaft growth rate.
  double growth_rate_scale = 1.0;
  /// Multiplier on the diameter of growing (anagen) shafts: the hair at the skin is what the bulb makes now, so a
  /// drug that enlarges the matrix (minoxidil) thickens growing hairs within weeks and the gain goes when it stops.
  /// Club (catagen, telogen) hairs keep the diameter they grew with. Read when shafts are read, like the ageing factor.
  double anagen_diameter_scale = 1.0;
  /// Multiplier on the dose of topically applied drugs that reaches the follicles (1 = as applied to intact
  /// skin). Procedures that open the skin (microneedling) raise it in Intervention::modify_skin, which the engine
  /// runs for every plug-in before any modify; topical plug-ins (minoxidil) multiply their delivered level by it in
  /// modify, so the result does not depend on the order of events. The engine itself does not read it.
  double topical_absorption_scale = 1.0;

  /// The factor on the diameter of a shaft read in phase `ph`: anagen_diameter_scale for a growing hair, 1 for a club
  /// hair. One rule for the scalar and the batched shaft readers.
  double diameter_scale(Phase ph) const { return ph == Phase::Anagen ? anagen_diameter_scale : 1.0; }

  friend bool operator==(const Modifiers&, const Modifiers&) = default;
};

/// Modifiers for every region.
struct RegionalModifiers {
  std::array<Modifiers, kRegionCount> region{};

  Modifiers& operator[](Region r) { return region[region_index(r)]; }
  const Modifiers& operator[](Region r) const { return region[region_index(r)]; }

  friend bool operator==(const RegionalModifiers&, const RegionalModifiers&) = default;

  /// Applies `f(Modifiers&)` to each region in `mask`.
  template <typename F>
  void for_each(RegionMask mask, F&& f) {
    for (Region r : kAllRegions) {
      if (mask.contains(r)) {
        f(region[region_index(r)]);
      }
    }
  }
};

}  // namespace trichosim
