#pragma once
// Small simulated scalps shared by the render tests: a 200 cm² scalp (about 40,000 follicles) keeps each test
// under a second or two, even under the sanitizers.
#include <vector>

#include "core/simulation.hpp"
#include "tests/support/small_scalp.hpp"

namespace trichosim::testing {

/// A man of `age_years` with `predisposition`, run forward `years` on a 200 cm² scalp.
inline Simulation man_after(double age_years, double predisposition, double years, std::uint64_t seed = 7) {
  Simulation sim(man(age_years, predisposition), params_with_area(200.0), {seed, 2});
  const std::vector<Day> days = {years_to_days(years)};
  sim.run(days, 7.0, [](const Simulation&, Day) {});
  return sim;
}

}  // namespace trichosim::testing
