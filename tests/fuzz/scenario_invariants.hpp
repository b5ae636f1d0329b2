#pragma once
// What every scenario accepted by parse_scenario must satisfy, whatever the input: the promises the engine and
// the stores rely on. A broken promise aborts, which libFuzzer reports as a crash.
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "app/forecast.hpp"
#include "core/units.hpp"
#include "scenario/scenario.hpp"

namespace trichosim::fuzz {

inline void require(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    std::abort();
  }
}

inline bool within(double v, double lo, double hi) { return std::isfinite(v) && v >= lo && v <= hi; }

/// Checks a validated scenario, then builds its interventions (validation of events; no simulation is run).
inline void check_accepted_scenario(const scenario::Scenario& s) {
  for (std::size_t i = 0; i < kParamCount; ++i) {
    const ParamInfo& info = kParamTable[i];
    require(within(s.parameters[static_cast<Param>(i)], info.min, info.max) ||
                s.parameters[static_cast<Param>(i)] == info.default_value,
            "a parameter outside its registry range");
  }
  require(within(s.person.age_years, 0.0, 110.0), "person.age_years outside 0-110");
  require(within(s.person.predisposition, 0.0, 1.0), "person.predisposition outside 0-1");
  require(within(s.person.androgen_level, 0.0, 3.0), "person.androgen_level outside 0-3");
  require(within(s.horizon_years, 1.0 / 12.0, 80.0), "simulation.horizon_years outside 1/12-80");
  require(!s.observe_years.empty() && s.observe_years.size() <= 1001, "observation count outside 1-1001");
  double previous_day = -1.0;
  for (double y : s.observe_years) {
    require(within(y, 0.0, s.horizon_years), "an observation outside the horizon");
    const Day day = years_to_days(y);
    require(day > previous_day, "observation days do not strictly increase");
    previous_day = day;
  }
  (void)app::build_interventions(s);
}

}  // namespace trichosim::fuzz
