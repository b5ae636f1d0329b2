#pragma once
#include <array>

#include "core/region.hpp"
#include "core/simulation.hpp"

namespace trichosim::trial {

/// What a transplant left on the scalp, whole scalp, read from the follicle flags (kTransplanted). Counts are
/// full-scalp equivalents in target-area mode (each simulated follicle counts 1/f), though only their ratios
/// are instruments.
struct GraftTally {
  double donor_follicles = 0.0;  ///< living follicles still in the occipital (donor) region
  double moved_follicles = 0.0;  ///< follicles implanted, surviving or not (one per living follicle harvested)
  double moved_units = 0.0;      ///< follicular units implanted (grafts)
  double alive_follicles = 0.0;  ///< implanted follicles not lost by now
};

/// Tallies the transplanted follicles and the donor region as they stand.
GraftTally read_grafts(const Simulation& sim);

/// Pigment coverage (0-1) of each region from the micropigmentation events attached to `sim`, at its current day;
/// several events add up to at most 1.
std::array<double, kRegionCount> read_pigment(const Simulation& sim);

/// Visual density score (0-10) of an area whose pigment covers `pigment_coverage` (0-1) of the target dots and
/// whose remaining hair has `hair_relative_density` (0-1, of normal): 10 x (p + h - p h), the union of two
/// independent covers. A modelling choice (docs/model.md, "Scalp micropigmentation"), not a published formula.
double visual_density_score(double pigment_coverage, double hair_relative_density);

}  // namespace trichosim::trial
