#include <gtest/gtest.h>

#include <cmath>
#include <set>
#include <utility>

#include "core/simulation.hpp"
#include "tests/support/small_scalp.hpp"

namespace trichosim {
namespace {

std::set<std::pair<std::uint16_t, std::uint16_t>> unit_places(const FollicleStore& s) {
  std::set<std::pair<std::uint16_t, std::uint16_t>> out;
  for (std::size_t u = 0; u < s.unit_count(); ++u) {
    out.emplace(s.unit_x[u], s.unit_y[u]);
  }
  return out;
}

// Target-area mode keeps each follicular unit of the full scalp with probability f, at the same place: the sampled
// units are a subset of the full scalp's, and their number is Binomial(full units, f).
TEST(SampleFraction, KeepsASubsetOfTheFullScalpsUnitsInTheStatedShare) {
  const Parameters p = testing::params_with_area(200.0);
  const Person man = testing::man(30.0, 0.5);
  const Simulation full(man, p, {9, 1, 1.0});
  const auto all = unit_places(full.follicles());
  for (const double f : {0.5, 0.1, 0.01}) {
    SCOPED_TRACE(f);
    const Simulation sampled(man, p, {9, 1, f});
    const auto kept = unit_places(sampled.follicles());
    std::size_t outside = 0;
    for (const auto& place : kept) {
      outside += all.count(place) == 0 ? 1U : 0U;
    }
    EXPECT_EQ(outside, 0U);
    const double n = static_cast<double>(all.size());
    // 4 binomial standard deviations: fails by chance about once in 15,000 seeds.
    EXPECT_NEAR(static_cast<double>(kept.size()), n * f, 4.0 * std::sqrt(n * f * (1.0 - f)));
  }
}

}  // namespace
}  // namespace trichosim
