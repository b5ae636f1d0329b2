#include "plan/graft_allocation.hpp"

#include <algorithm>
#include <cmath>

namespace trichosim::plan {

GraftBudget donor_budget(std::size_t donor_units, const Parameters& p, bool young) {
  GraftBudget b;
  const auto d = static_cast<double>(donor_units);
  b.donor_units = donor_units;
  b.lifetime = static_cast<std::size_t>(std::floor(d * p[Param::transplant_donor_lifetime_extraction_fraction]));
  b.per_session =
      std::min(b.lifetime,
               static_cast<std::size_t>(std::floor(std::min(d * p[Param::transplant_donor_session_extraction_fraction],
                                                            p[Param::transplant_max_grafts_per_session]))));
  b.reserve =
      young
          ? static_cast<std::size_t>(std::ceil(static_cast<double>(b.lifetime) * p[Param::plan_young_reserve_fraction]))
          : 0U;
  b.reserve = std::min(b.reserve, b.lifetime);
  return b;
}

std::size_t RegionNeed::grafts_to_cover(double fraction, double fu_per_cm2) const {
  const double missing = std::clamp(1.0 - fraction, 0.0, 1.0);
  return static_cast<std::size_t>(std::lround(area_cm2 * fu_per_cm2 * missing));
}

std::size_t SessionPlan::total() const {
  std::size_t n = 0;
  for (const auto& r : regions) {
    n += r.grafts;
  }
  return n;
}

Allocation allocate_grafts(const std::vector<RegionNeed>& needs, const GraftBudget& budget, double fu_per_cm2,
                           double start_years, double interval_years, int max_sessions) {
  Allocation a;
  for (const RegionNeed& need : needs) {
    a.requested += need.include ? need.grafts_to_cover(need.fraction_now, fu_per_cm2) : 0U;
  }
  std::size_t left = budget.usable_now();
  std::size_t session_left = 0;
  for (const RegionNeed& need : needs) {
    if (!need.include) {
      continue;
    }
    std::size_t want = need.grafts_to_cover(need.fraction_now, fu_per_cm2);
    while (want > 0 && left > 0) {
      if (session_left == 0) {
        if (static_cast<int>(a.sessions.size()) == max_sessions) {
          return a;
        }
        a.sessions.push_back({start_years + interval_years * static_cast<double>(a.sessions.size()), {}});
        session_left = budget.per_session;
      }
      const std::size_t take = std::min({want, left, session_left});
      if (take == 0) {
        break;
      }
      a.sessions.back().regions.push_back({need.region, take});
      want -= take;
      left -= take;
      session_left -= take;
      a.total += take;
    }
  }
  return a;
}

}  // namespace trichosim::plan
