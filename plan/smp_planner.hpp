#pragma once
#include <string>
#include <vector>

#include "plan/smp_pattern.hpp"
#include "plan/transplant_planner.hpp"
#include "scenario/prices.hpp"
#include "scenario/scenario.hpp"

namespace trichosim::plan {

/// Expected look of every area at one moment, as a visual density score (0-10, Liu 2025's scale).
struct SmpLook {
  std::string when;  ///< e.g. "after session 2 (healed)"
  double years = 0.0;
  std::vector<double> area_score;  ///< per area, pigment and remaining hair combined
  double score = 0.0;              ///< area-weighted over all areas
};

/// One planned session.
struct SmpSessionPlan {
  int number = 1;
  double years = 0.0;
  double density_fraction = 0.0;  ///< cumulative share of target dots after it
  double shade = 1.0;             ///< contrast of its pigment (lighter first)
  std::vector<std::size_t> dots;  ///< placed per area
  double cost = 0.0;
};

/// A scalp micropigmentation plan (docs/model.md, "Scalp micropigmentation").
struct SmpPlan {
  std::string person;
  std::vector<SmpArea> areas;
  std::vector<SmpSessionPlan> sessions;
  std::vector<SmpLook> looks;   ///< after each session (immediately and healed), +6 months, +5 and +10 years
  double touch_up_years = 0.0;  ///< from the scenario start, whole plan
  std::vector<double> touch_up_years_by_area;
  double hairline_y_mm = 0.0;
  double depth_mm = 0.0;
  std::vector<std::string> advice;
  std::vector<std::string> warnings;
  std::vector<CostItem> costs;
  std::string currency;
  std::size_t total_dots = 0;
};

/// Plans SMP for the scenario's person and its [plan.smp] request. Throws InputError without that table.
SmpPlan plan_smp(const scenario::Scenario& s, const scenario::PriceTable& prices);

}  // namespace trichosim::plan
