#pragma once
// What every simulation of one trial shares, resolved once per run: the instruments, the sites to tally, the visit
// days, which readings need stages, and the parts of the scalp the instruments read (trial/runner.cpp).
#include <vector>

#include "core/simulation.hpp"
#include "trial/design.hpp"
#include "trial/endpoints.hpp"
#include "trial/runner.hpp"

namespace trichosim::trial {

struct Plan {
  const TrialDesign& design;
  const InterventionFactory& factory;
  std::vector<const Endpoint*> endpoints;
  std::vector<const Endpoint*> screening;
  std::vector<Site> circles;
  std::vector<Day> visit_days;
  double shed_window_days = 0.0;
  // Which readings need measure/'s stage classifier: those of every visit, or the screening reading only.
  bool endpoint_stages = false;
  bool screening_stages = false;
  // The units the screening reads, when that is less than the whole scalp (screening on part of the scalp), and the
  // rest of the scalp; the units the endpoints read, when that is less than the whole scalp (readings skip the
  // other follicles).
  UnitFilter screening_units;
  UnitFilter other_units;
  UnitFilter endpoint_units;
  // The units the screening and the endpoints read together, when that is less than the whole scalp: a patient whose
  // arms all act through modifiers or follicle by follicle (Simulation::acts_per_follicle) is then simulated on those
  // units only.
  UnitFilter trial_units;
};

/// The plan of design `d` with arms built by `factory` (both must outlive it).
Plan make_plan(const TrialDesign& d, const InterventionFactory& factory);

}  // namespace trichosim::trial
