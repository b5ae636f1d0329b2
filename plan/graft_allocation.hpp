#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "core/parameters.hpp"
#include "core/region.hpp"

namespace trichosim::plan {

/// The donor supply of one person in follicular units (grafts).
struct GraftBudget {
  std::size_t donor_units = 0;  ///< living occipital units before any harvest
  std::size_t lifetime = 0;     ///< safe lifetime harvest: transplant.donor_lifetime_extraction_fraction x donor
  std::size_t per_session = 0;  ///< safe single harvest: min(session fraction x donor, max grafts per session)
  std::size_t reserve = 0;      ///< kept back for later loss (young patients: plan.young_reserve_fraction)
  std::size_t usable_now() const { return lifetime - reserve; }
};

/// Donor budget from the donor unit count; `young` keeps plan.young_reserve_fraction of the lifetime budget back.
GraftBudget donor_budget(std::size_t donor_units, const Parameters& p, bool young);

/// How much one region needs, from the forecasts (densities as fractions of the region's original density).
struct RegionNeed {
  Region region = Region::FrontalHairline;
  double area_cm2 = 0.0;
  double fraction_now = 1.0;     ///< at the plan start
  double fraction_future = 1.0;  ///< at the far horizon (+20 years), with medical treatment when given
  bool include = false;          ///< planned now (decided by the planner's rules)
  std::string reason;            ///< why it is or is not included
  /// Grafts to cover the region at `fu_per_cm2`, in proportion to its missing density at `fraction`.
  std::size_t grafts_to_cover(double fraction, double fu_per_cm2) const;
};

/// Grafts to one region in one session.
struct RegionGrafts {
  Region region = Region::FrontalHairline;
  std::size_t grafts = 0;
};

/// One planned session.
struct SessionPlan {
  double years = 0.0;  ///< from the scenario start
  std::vector<RegionGrafts> regions;
  std::size_t total() const;
};

/// A graft allocation over sessions.
struct Allocation {
  std::vector<SessionPlan> sessions;
  std::size_t total = 0;
  std::size_t requested = 0;  ///< grafts the included regions would need at full coverage now
};

/// Allocates grafts to the included regions in the order given (priority order), session by session, never
/// more than budget.per_session in a session nor budget.usable_now() in all. Sessions start at `start_years`
/// and follow every `interval_years`, at most `max_sessions`.
Allocation allocate_grafts(const std::vector<RegionNeed>& needs, const GraftBudget& budget, double fu_per_cm2,
                           double start_years, double interval_years, int max_sessions);

}  // namespace trichosim::plan
