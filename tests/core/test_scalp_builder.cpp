#include <gtest/gtest.h>

#include <array>
#include <cmath>

#include "core/rng.hpp"
#include "core/simulation.hpp"
#include "tests/support/small_scalp.hpp"

namespace trichosim {
namespace {

// The builder lays follicles in blocks with batched draws. This test lays each follicle again, one at a time, from
// its two keyed draws with the plain scalar functions (the model's definition, docs/model.md §5), and
// requires the same store bit for bit; the sensitivity only to the 16-bit quantisation of the stored position.
TEST(ScalpBuilder, EachFollicleIsLaidFromItsOwnKeyedDraws) {
  const Parameters p = testing::params_with_area(250.0);
  const Person person = testing::man(28.0, 0.7);
  const std::uint64_t seed = 77;
  const Simulation sim(person, p, {seed, 1});
  const FollicleStore& s = sim.follicles();
  const CycleModel& c = sim.cycle_model();
  const Day start = sim.burn_in_start();
  const auto vellus_size = static_cast<float>(p[Param::scalp_vellus_size]);
  ASSERT_GT(s.follicle_count(), 20000U);

  std::size_t differing = 0;
  std::size_t vellus = 0;
  std::array<std::size_t, kCyclingPhaseCount> in_phase{};
  for (std::size_t i = 0; i < s.follicle_count(); ++i) {
    const auto fid = static_cast<std::uint32_t>(i);
    const Draw traits(seed, {person.id, fid, 0, DrawSite::FollicleTraits, 0});
    const bool is_vellus = traits.uniform(2) < p[Param::scalp_vellus_follicle_fraction];
    vellus += is_vellus;
    const float size = is_vellus ? vellus_size : 1.0F;
    const double sensitivity = person.predisposition * sim.pattern().at(s.position(i)) *
                               median_one_lognormal(traits.normal01(), p[Param::miniaturisation_sensitivity_log_sd]);
    EXPECT_NEAR(static_cast<double>(s.sensitivity[i]), sensitivity, 1e-3 * sensitivity + 1e-9) << "follicle " << i;

    const Draw init(seed, {person.id, fid, 0, DrawSite::InitialState, 0});
    const double sz = static_cast<double>(size);
    const std::array<double, kCyclingPhaseCount> weight = {c.anagen_mean_days(sz), c.catagen_mean_days(),
                                                           c.telogen_mean_days(sz),
                                                           c.kenogen_probability(sz) * c.kenogen_mean_days(sz)};
    double pick = init.uniform(2) * (weight[0] + weight[1] + weight[2] + weight[3]);
    std::size_t k = 0;
    while (k + 1 < kCyclingPhaseCount && pick >= weight[k]) {
      pick -= weight[k];
      ++k;
    }
    ++in_phase[k];
    const auto phase = static_cast<Phase>(k);
    const double sd = c.log_sd(phase);
    const double whole = lognormal_from_normal(init.normal01(), c.mean_days(phase, sz) * std::exp(sd * sd), sd);
    const double residual = init.uniform(3) * whole;
    const bool same = s.phase[i] == phase && s.size[i] == size && ((s.flags[i] & kVellusBorn) != 0U) == is_vellus &&
                      s.next_day[i] == static_cast<float>(start + residual);
    differing += same ? 0U : 1U;
    if (phase == Phase::Anagen) {
      differing += s.shaft_start_day[i] == static_cast<float>(start - (whole - residual)) ? 0U : 1U;
    }
  }
  EXPECT_EQ(differing, 0U);
  // Every phase and both kinds of follicle were met.
  EXPECT_GT(vellus, 100U);
  for (std::size_t n : in_phase) {
    EXPECT_GT(n, 100U);
  }
}

}  // namespace
}  // namespace trichosim
