#include "trial/procedure_reading.hpp"

#include <algorithm>
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
  for (const auto& iv : sim.interventions()) {
    const auto* smp = dynamic_cast<const treat::Micropigmentation*>(iv.get());
    if (smp == nullptr) {
      continue;
    }
    for (std::size_t r = 0; r < kRegionCount; ++r) {
      coverage[r] = std::min(1.0, coverage[r] + smp->coverage(sim.now(), kAllRegions[r]));
    }
  }
  return coverage;
}

double visual_density_score(double pigment_coverage, double hair_relative_density) {
  constexpr double kScale = 10.0;
  const double p = std::clamp(pigment_coverage, 0.0, 1.0);
  const double h = std::clamp(hair_relative_density, 0.0, 1.0);
  return kScale * (p + h - p * h);
}

}  // namespace trichosim::trial
