#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "core/simulation.hpp"
#include "trial/design.hpp"
#include "trial/procedure_reading.hpp"

namespace trichosim::trial {

/// Counts over one site at one instant, from which every endpoint of the table is computed. In target-area mode
/// (SimulationOptions::sample_fraction f < 1) each simulated follicle counts 1/f, so counts are full-scalp
/// equivalents.
struct SiteTally {
  double area_cm2 = 0.0;
  double follicles = 0.0;         ///< follicles not lost
  double hairs = 0.0;             ///< follicles holding a shaft
  double nonvellus = 0.0;         ///< shafts >= shaft.vellus_max_diameter_um (terminal + intermediate)
  double terminal = 0.0;          ///< shafts >= shaft.terminal_min_diameter_um
  double anagen = 0.0;            ///< hairs in anagen
  double telogen = 0.0;           ///< hairs in telogen
  double nonvellus_anagen = 0.0;  ///< shafts >= the vellus maximum in anagen (histology stages these; see endpoints)
  double ceptg_anagen = 0.0;      ///< anagen shafts >= measure.ceptg_min_diameter_um (CE-PTG's counted classes)
  double ceptg_resting = 0.0;     ///< catagen and telogen shafts >= that diameter (not growing: CE-PTG "telogen")
  double nano = 0.0;              ///< shafts thinner than that (CE-PTG's nano-hairs)
  double diameter_sum_um = 0.0;   ///< sum of shaft diameters
  double mass_rate = 0.0;         ///< sum over anagen hairs of diameter² x growth rate (um³/day): hair-weight proxy
  double shed_per_day = 0.0;      ///< hairs shed per day over the shedding window (region rate scaled to the site)
};

/// Positions on the staging scales (measure::Stage::rank): Norwood-Hamilton 0 = I ... 3 = III ... 11 = VII; Ludwig
/// 0 = none, 1 = I, 2 = II, 3 = III; Sinclair 0 = grade 1 ... 4 = grade 5 (measure::norwood_grade and
/// measure::sinclair_grade give the grades studies average).
struct StageRanks {
  int norwood = 0;
  int ludwig = 0;
  int sinclair = 0;
};

/// One reading of a scalp: every region, the whole scalp (index kRegionCount) and the requested circles.
struct ScalpReading {
  std::array<SiteTally, kRegionCount + 1> regions{};
  std::vector<SiteTally> circles;  ///< in the order of the `circles` argument of read_scalp
  std::vector<Site> circle_sites;
  /// Each region's androgen drive relative to the untreated scalp (Modifiers::androgen_drive): the scalp-skin
  /// DHT level a biopsy assay reads, as a fraction of the level without 5-alpha-reductase inhibition.
  std::array<double, kRegionCount> androgen_drive{};
  double age_years = 0.0;
  GraftTally grafts;                           ///< transplanted follicles and the donor region
  std::array<double, kRegionCount> pigment{};  ///< micropigmentation coverage per region (0-1)
  /// Stages by measure/'s classifier (measure::Assessor::stage), when the trial's instruments need them.
  std::optional<StageRanks> stages;

  /// The tally of `site` (a region, the whole scalp, or one of the circles read).
  const SiteTally& at(const Site& site) const;
};

/// Reads the scalp as it stands: one pass over the follicles. Shedding is the engine's shed tally per day of the
/// span it covers (Simulation::shed_rate); `circles` are the circle sites to tally besides the regions. With `units`
/// (units_read), only the follicles of those units are read: the tallies of the sites that units_read was given are
/// exact, every other tally (and the graft tally) partial.
ScalpReading read_scalp(const Simulation& sim, std::span<const Site> circles, const UnitFilter& units = {});

/// The units a reading of `sites` and of the whole regions `regions` needs (Simulation::part_of_scalp): the units
/// within each circle site, the regions of the region sites, and `regions`; every unit when a site is the whole
/// scalp.
UnitFilter units_read(const ScalpGeometry& geometry, std::span<const Site> sites, RegionMask regions);

/// Number of follicles (not lost, with or without a hair) whose unit lies within `site`'s circle — the small
/// circle count of the trials' target areas, computed from FollicleStore positions. To be replaced by measure/'s
/// target-area instrument.
std::size_t follicles_in_circle(const Simulation& sim, const Site& site);

}  // namespace trichosim::trial
