#include "trial/procedure_reading.hpp"

#include "treat/micropigmentation.hpp"

namespace trichosim::trial {

GraftCounter::GraftCounter(const Simulation& sim) : store_(sim.follicles()), weight_(1.0 / sim.sample_fraction()) {}

void GraftCounter::add(std::size_t i) {
  const bool alive = store_.phase[i] != Phase::Lost;
  if ((store_.flags[i] & kTransplanted) == 0U) {
    tally_.donor_follicles += alive && store_.region[i] == Region::Occipital ? weight_ : 0.0;
    return;
  }
  if (grafted_unit_.empty()) {
    grafted_unit_.assign(store_.unit_count(), 0);
  }
  tally_.moved_follicles += weight_;
  tally_.alive_follicles += alive ? weight_ : 0.0;
  if (grafted_unit_[store_.unit[i]] == 0) {
    grafted_unit_[store_.unit[i]] = 1;
    tally_.moved_units += weight_;
  }
}

GraftTally read_grafts(const Simulation& sim) {
  GraftCounter counter(sim);
  for (std::size_t i = 0; i < sim.follicles().follicle_count(); ++i) {
    counter.add(i);
  }
  return counter.tally();
}

std::array<double, kRegionCount> read_pigment(const Simulation& sim) {
  std::array<double, kRegionCount> coverage{};
  for (std::size_t r = 0; r < kRegionCount; ++r) {
    coverage[r] = treat::pigment_coverage(sim.interventions(), sim.now(), kAllRegions[r]);
  }
  return coverage;
}

}  // namespace trichosim::trial
