#include "trial/procedure_reading.hpp"

#include <vector>

#include "treat/micropigmentation.hpp"

namespace trichosim::trial {

GraftTally read_grafts(const Simulation& sim) {
  GraftTally g;
  const FollicleStore& s = sim.follicles();
  const double w = 1.0 / sim.sample_fraction();
  std::vector<std::uint8_t> grafted_unit;
  for (std::size_t i = 0; i < s.follicle_count(); ++i) {
    const bool moved = (s.flags[i] & kTransplanted) != 0U;
    const bool alive = s.phase[i] != Phase::Lost;
    if (!moved) {
      g.donor_follicles += alive && s.region[i] == Region::Occipital ? w : 0.0;
      continue;
    }
    if (grafted_unit.empty()) {
      grafted_unit.assign(s.unit_count(), 0);
    }
    g.moved_follicles += w;
    g.alive_follicles += alive ? w : 0.0;
    if (grafted_unit[s.unit[i]] == 0) {
      grafted_unit[s.unit[i]] = 1;
      g.moved_units += w;
    }
  }
  return g;
}

std::array<double, kRegionCount> read_pigment(const Simulation& sim) {
  std::array<double, kRegionCount> coverage{};
  for (std::size_t r = 0; r < kRegionCount; ++r) {
    coverage[r] = treat::pigment_coverage(sim.interventions(), sim.now(), kAllRegions[r]);
  }
  return coverage;
}

}  // namespace trichosim::trial
