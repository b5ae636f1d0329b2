#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/intervention.hpp"
#include "core/simulation.hpp"
#include "measure/assessment.hpp"
#include "measure/region_summary.hpp"
#include "scenario/scenario.hpp"

namespace trichosim::app {

/// Where a result came from: enough to reproduce it.
struct RunInfo {
  std::string version;        ///< trichosim version
  std::string git_hash;       ///< commit the binary was built from
  std::string registry_hash;  ///< hash of data/parameters.toml compiled in
  std::string scenario_hash;  ///< FNV-1a 64 of the scenario text and effective seed/horizon
  std::uint64_t seed = 0;
  int threads = 1;
  double engine_seconds = 0.0;  ///< wall time inside the engine (burn-in + forecast)
  std::uint64_t events = 0;     ///< follicle transitions processed
  std::size_t follicles = 0;
  double bytes_per_follicle = 0.0;
};

/// A forecast: the scenario, its provenance and one summary per observation.
struct ForecastResult {
  scenario::Scenario scenario;
  RunInfo info;
  std::vector<measure::ScalpSummary> observations;
  std::vector<measure::Assessment> assessments;  ///< stage and symptoms, one per observation
};

struct ForecastOptions {
  int threads = 1;
  std::optional<std::uint64_t> seed;  ///< overrides the scenario's seed
  std::optional<double> years;        ///< overrides the horizon (observations beyond it are dropped)
  /// Called after each observation with the fraction done (0-1).
  std::function<void(double)> progress;
  /// Called at each observation with the live simulation (pictures, extra instruments).
  std::function<void(const Simulation&, Day)> on_observation;
};

/// Applies the seed and horizon overrides to a scenario (validating the horizon).
void apply_overrides(scenario::Scenario& s, const ForecastOptions& options);

/// Builds and validates the interventions of every scenario event (throws InputError before any run).
std::vector<std::unique_ptr<Intervention>> build_interventions(const scenario::Scenario& s);

/// Runs a validated scenario and summarises each observation.
ForecastResult run_forecast(scenario::Scenario s, const ForecastOptions& options);

/// FNV-1a 64-bit hash, hex.
std::string fnv1a_hex(const std::string& text);

}  // namespace trichosim::app
