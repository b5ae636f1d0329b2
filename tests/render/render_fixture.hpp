#pragma once
// Small simulated scalps shared by the render tests: a 200 cm² scalp (about 40,000 follicles) keeps each test
// under a second or two, even under the sanitizers.
#include <memory>
#include <utility>
#include <vector>

#include "core/simulation.hpp"
#include "tests/support/small_scalp.hpp"
#include "treat/micropigmentation.hpp"

namespace trichosim::testing {

/// A man of `age_years` with `predisposition`, run forward `years` on a 200 cm² scalp.
inline Simulation man_after(double age_years, double predisposition, double years, std::uint64_t seed = 7) {
  Simulation sim(man(age_years, predisposition), params_with_area(200.0), {seed, 2});
  const std::vector<Day> days = {years_to_days(years)};
  sim.run(days, 7.0, [](const Simulation&, Day) {});
  return sim;
}

/// A bald man of 55 (predisposition 1) 60 days after three sessions of micropigmentation over `region`, two weeks
/// apart (first), and the same man without them (second).
inline std::pair<Simulation, Simulation> micropigmentation_and_without(Region region = Region::Crown) {
  const Parameters p = params_with_area(200.0);
  const Person bald = man(55.0, 1.0);
  std::vector<std::unique_ptr<Intervention>> iv;
  iv.push_back(std::make_unique<treat::Micropigmentation>(0.0, 3, 14.0, RegionMask::of(region), false, p));
  std::pair<Simulation, Simulation> out{Simulation(bald, p, {3, 1}, std::move(iv)), Simulation(bald, p, {3, 1})};
  const std::vector<Day> days = {60.0};
  out.first.run(days, 7.0, [](const Simulation&, Day) {});
  out.second.run(days, 7.0, [](const Simulation&, Day) {});
  return out;
}

}  // namespace trichosim::testing
