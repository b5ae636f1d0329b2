#pragma once
#include <functional>
#include <memory>
#include <span>
#include <vector>

#include "core/intervention.hpp"
#include "core/simulation.hpp"
#include "measure/region_summary.hpp"
#include "scenario/scenario.hpp"

namespace trichosim::plan {

/// The scalp of a scenario's person at chosen times, as the planners need it.
struct ScalpForecast {
  measure::ScalpSummary original;             ///< at the burn-in start (before androgen-driven loss)
  std::vector<measure::ScalpSummary> points;  ///< one per requested year
  std::vector<double> years;                  ///< the requested years (from the scenario start)
  std::size_t donor_units = 0;                ///< living, never-harvested occipital units at the first point

  /// Summary at requested year index k.
  const measure::ScalpSummary& at(std::size_t k) const { return points[k]; }
};

/// Called at each requested year with the live simulation (extra counting by the planners).
using ForecastProbe = std::function<void(const Simulation&, std::size_t year_index)>;

/// Runs the scenario's person with `interventions` and summarises the scalp at `years` (ascending, >= 0).
ScalpForecast forecast_scalp(const scenario::Scenario& s, std::vector<std::unique_ptr<Intervention>> interventions,
                             std::span<const double> years, const ForecastProbe& probe = {});

/// Living occipital follicular units never harvested (the donor supply), counted in the simulation as it stands.
std::size_t count_donor_units(const Simulation& sim);

/// The scenario's events built as interventions, leaving out those of type `skip` (e.g. "transplant").
std::vector<std::unique_ptr<Intervention>> scenario_interventions(const scenario::Scenario& s, const std::string& skip);

}  // namespace trichosim::plan
