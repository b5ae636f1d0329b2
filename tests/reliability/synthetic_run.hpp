#pragma once
// Synthetic forecast results for the storage reliability tests: every stored number is a known function of
// (run, observation, region), so a reader can tell an intact run from a torn one without re-simulating.
#include <string>

#include "app/forecast.hpp"

namespace trichosim::testing {

/// The density stored for region `k` (0..kRegionCount) of observation `obs` of run `run` (hairs/cm2).
inline double synthetic_density(int run, int obs, std::size_t k) {
  return 100.0 * run + obs + 0.01 * static_cast<double>(k);
}

/// A forecast result named "synthetic run <run>" with `observations` observations one year apart.
inline app::ForecastResult synthetic_run(int run, int observations) {
  app::ForecastResult r;
  r.scenario.name = "synthetic run " + std::to_string(run);
  r.scenario.source = "<synthetic>";
  r.scenario.text = "name = \"synthetic run " + std::to_string(run) + "\"\n";
  r.scenario.seed = static_cast<std::uint64_t>(run);
  r.scenario.horizon_years = observations;
  r.info.version = "test";
  r.info.git_hash = "test";
  r.info.registry_hash = "test";
  r.info.scenario_hash = app::fnv1a_hex(r.scenario.text);
  r.info.seed = r.scenario.seed;
  for (int obs = 0; obs < observations; ++obs) {
    measure::ScalpSummary s;
    s.day = years_to_days(obs);
    s.age_years = 30.0 + obs;
    for (std::size_t k = 0; k <= kRegionCount; ++k) {
      s.regions[k].follicles = static_cast<std::uint32_t>(run * 1000 + obs);
      s.regions[k].density_per_cm2 = synthetic_density(run, obs, k);
    }
    r.observations.push_back(s);
  }
  return r;
}

}  // namespace trichosim::testing
