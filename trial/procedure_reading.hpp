#pragma once
#include <array>
#include <cstdint>
#include <vector>

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

/// Builds a GraftTally follicle by follicle, so that read_scalp's one pass over the follicles serves it too.
class GraftCounter {
 public:
  explicit GraftCounter(const Simulation& sim);
  /// Counts follicle i (lost or not).
  void add(std::size_t i);
  const GraftTally& tally() const { return tally_; }

 private:
  const FollicleStore& store_;
  double weight_;                           // 1 / sample fraction
  std::vector<std::uint8_t> grafted_unit_;  // per unit, 1 once counted; allocated at the first moved follicle
  GraftTally tally_;
};

/// Tallies the transplanted follicles and the donor region as they stand.
GraftTally read_grafts(const Simulation& sim);

/// Pigment coverage (0-1) of each region from the micropigmentation events attached to `sim`, at its current day;
/// several events add up to at most 1.
std::array<double, kRegionCount> read_pigment(const Simulation& sim);

}  // namespace trichosim::trial
