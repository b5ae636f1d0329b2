#pragma once
#include <string>
#include <vector>

#include "plan/graft_allocation.hpp"
#include "scenario/prices.hpp"
#include "scenario/scenario.hpp"
#include "treat/transplant.hpp"

namespace trichosim::plan {

/// Density of one region at one time, against its original density.
struct RegionLook {
  Region region = Region::FrontalHairline;
  double density_per_cm2 = 0.0;
  double fraction_of_original = 0.0;
  bool transplanted = false;
};

/// The natural-look check at one time after the plan: recipient zones against their untreated neighbours.
struct LookCheck {
  double years = 0.0;  ///< from the scenario start
  double age_years = 0.0;
  std::vector<RegionLook> regions;
  std::vector<std::string> islands;  ///< one sentence per transplanted zone left as an island
};

/// A cost at a date.
struct CostItem {
  double years = 0.0;
  std::string what;
  double amount = 0.0;
};

/// The transplant plan for one person (docs/model.md, "Transplant planner").
struct TransplantPlan {
  std::string person;  ///< e.g. "male, 25 y"
  double age_years = 0.0;
  bool young = false;
  treat::TransplantMethod method = treat::TransplantMethod::Fue;
  bool medical_given = false;  ///< the scenario holds a medical regimen (non-transplant events)
  GraftBudget budget;
  std::vector<RegionNeed> needs;         ///< in priority order
  std::size_t grafts_needed_future = 0;  ///< to cover every region below threshold at +20 y (with treatment)
  Allocation allocation;
  std::vector<LookCheck> checks;  ///< at +10 and +20 years
  std::vector<std::string> advice;
  std::vector<std::string> warnings;
  std::vector<CostItem> costs;
  std::string currency;
};

/// Plans hair transplantation for the scenario's person: forecasts without and with the scenario's medical
/// events, the donor budget, a graft allocation by region and session, and the natural-look check at +10 and
/// +20 years. Throws InputError when the scenario has no [plan.transplant] table.
TransplantPlan plan_transplant(const scenario::Scenario& s, const scenario::PriceTable& prices);

/// The regions in the order a surgeon restores them (frontal frame first, crown last).
const std::vector<Region>& restoration_priority();

/// Untreated neighbours of a region on the scalp map (occipital excluded).
std::vector<Region> neighbours(Region r);

}  // namespace trichosim::plan
