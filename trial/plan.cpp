#include "trial/plan.hpp"

#include <algorithm>

#include "trial/reading.hpp"

namespace trichosim::trial {
namespace {

// The units the instruments `used` read at `sites`, when that is less than the whole scalp (every instrument reads
// its site and whole regions at most, and every site it reads is a circle or a region); empty otherwise.
UnitFilter units_needed(const ScalpGeometry& geometry, const std::vector<const Endpoint*>& used,
                        const std::vector<Site>& sites) {
  bool part = !used.empty();
  std::vector<Site> read_sites;
  RegionMask regions;
  for (std::size_t k = 0; k < used.size(); ++k) {
    const Footprint& reads = used[k]->reads;
    part = part && !reads.whole_scalp && (!reads.site || sites[k].circle_cm2 > 0.0 || sites[k].region);
    if (reads.site) {
      read_sites.push_back(sites[k]);
    }
    if (reads.occipital_field) {
      read_sites.push_back(occipital_field(sites[k]));
    }
    regions = regions.with(reads.regions);
  }
  return part ? units_read(geometry, read_sites, regions) : UnitFilter{};
}

}  // namespace

Plan make_plan(const TrialDesign& d, const InterventionFactory& factory) {
  Plan plan{d, factory, {}, {}, {}, {}, d.shedding_window(), false, false, {}, {}, {}, {}};
  auto add_circle = [&plan](const Site& s) {
    if (s.circle_cm2 > 0.0 && std::find(plan.circles.begin(), plan.circles.end(), s) == plan.circles.end()) {
      plan.circles.push_back(s);
    }
  };
  auto add_circles = [&add_circle](const Endpoint* e, const Site& s) {
    add_circle(s);
    if (e->reads.occipital_field) {
      add_circle(occipital_field(s));
    }
  };
  for (const auto& e : d.endpoints) {
    plan.endpoints.push_back(find_endpoint(e.instrument));
    add_circles(plan.endpoints.back(), e.site);
  }
  for (const auto& c : d.inclusion.screening) {
    plan.screening.push_back(find_endpoint(c.instrument));
    add_circles(plan.screening.back(), c.site);
  }
  auto any_needs_stages = [](const std::vector<const Endpoint*>& list) {
    return std::any_of(list.begin(), list.end(), [](const Endpoint* e) { return e->needs_stages; });
  };
  plan.endpoint_stages = any_needs_stages(plan.endpoints);
  plan.screening_stages = any_needs_stages(plan.screening);
  std::vector<Site> screening_sites;
  for (const auto& c : d.inclusion.screening) {
    screening_sites.push_back(c.site);
  }
  std::vector<Site> endpoint_sites;
  for (const auto& e : d.endpoints) {
    endpoint_sites.push_back(e.site);
  }
  const ScalpGeometry geometry(d.parameters);
  plan.screening_units = units_needed(geometry, plan.screening, screening_sites);
  if (plan.screening_units) {
    plan.other_units = [read = plan.screening_units](MapPoint at, Region r) { return !read(at, r); };
  }
  plan.endpoint_units = units_needed(geometry, plan.endpoints, endpoint_sites);
  if (plan.endpoint_units && (plan.screening.empty() || plan.screening_units)) {
    std::vector<const Endpoint*> used = plan.screening;
    used.insert(used.end(), plan.endpoints.begin(), plan.endpoints.end());
    std::vector<Site> sites = screening_sites;
    sites.insert(sites.end(), endpoint_sites.begin(), endpoint_sites.end());
    plan.trial_units = units_needed(geometry, used, sites);
  }
  for (double y : d.visit_years) {
    plan.visit_days.push_back(years_to_days(y));
  }
  return plan;
}

}  // namespace trichosim::trial
