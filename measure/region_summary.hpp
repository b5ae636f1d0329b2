#pragma once
#include <array>
#include <cstdint>

#include "core/region.hpp"
#include "core/simulation.hpp"

namespace trichosim::measure {

/// What a clinician would tabulate for one region at one observation, read from the simulated state.
struct RegionSummary {
  double area_cm2 = 0.0;
  std::uint32_t follicles = 0;        ///< follicles not lost (with or without a hair)
  std::uint32_t hairs = 0;            ///< follicles holding a shaft (anagen, catagen, telogen)
  double density_per_cm2 = 0.0;       ///< hairs / area
  double terminal_per_cm2 = 0.0;      ///< shafts >= shaft.terminal_min_diameter_um (60 um)
  double intermediate_per_cm2 = 0.0;  ///< shafts between the vellus and terminal thresholds
  double vellus_per_cm2 = 0.0;        ///< shafts < shaft.vellus_max_diameter_um (30 um)
  double mean_diameter_um = 0.0;      ///< over hairs present
  double anagen_percent = 0.0;        ///< anagen hairs / hairs present x 100
  double telogen_percent = 0.0;       ///< telogen hairs / hairs present x 100
  double kenogen_percent = 0.0;       ///< empty follicles / follicles not lost x 100
  double shed_per_day = 0.0;          ///< hairs shed per day over the shedding window
};

/// Summary of every region and of the whole scalp (index kRegionCount).
struct ScalpSummary {
  double day = 0.0;
  double age_years = 0.0;
  std::array<RegionSummary, kRegionCount + 1> regions{};
  const RegionSummary& whole() const { return regions[kRegionCount]; }
  const RegionSummary& operator[](Region r) const { return regions[region_index(r)]; }
};

/// Summarises the simulation as it stands. Shedding is the engine's shed tally per day of the span it covers
/// (Simulation::shed_rate): the window run() was asked for, or less when observations are nearer than that.
ScalpSummary summarise(const Simulation& sim);

}  // namespace trichosim::measure
