#pragma once
#include <vector>

#include "measure/assessment.hpp"
#include "measure/instrument_report.hpp"
#include "scenario/scenario.hpp"

namespace trichosim::app {

/// What `trichosim measure` asks for.
struct MeasurementRequest {
  std::vector<double> years;              ///< measurement times (year since the scenario start, 0-80), any order
  std::vector<measure::NamedSite> sites;  ///< sites to read (empty = all)
  bool with_error = true;                 ///< apply the registry's reading errors
  int threads = 1;
};

/// The instrument readings, stage and symptoms at each requested year.
struct MeasurementResult {
  scenario::Scenario scenario;
  std::vector<measure::InstrumentReport> reports;  ///< one per year, ascending
  std::vector<measure::Assessment> assessments;    ///< one per year, ascending
};

/// Parses site names (throws InputError naming `--site`, the value and the known names).
std::vector<measure::NamedSite> parse_sites(const std::vector<std::string>& names);

/// Re-runs the (deterministic) scenario and measures it at the requested years. Runs do not store follicle state,
/// so measuring means simulating again; the same scenario and seed give the same scalp. Throws InputError for a
/// year outside [0, 80] before any work.
MeasurementResult run_measurement(scenario::Scenario s, MeasurementRequest request);

}  // namespace trichosim::app
