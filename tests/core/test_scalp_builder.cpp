#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>

#include "core/follicle_store.hpp"
#include "core/rng.hpp"
#include "core/simulation.hpp"
#include "tests/support/small_scalp.hpp"

namespace trichosim {
namespace {

// Stored positions round to the nearest of 65,536 steps per axis, halves away from zero (std::lround), clamped
// to the map; computed without the library call, so checked against it, halves and their neighbours included.
TEST(FollicleStorePositions, RoundAsLroundAtEveryStepAndHalfStep) {
  FollicleStore s;
  s.half_width_mm = 70.0;
  s.length_mm = 180.0;
  const auto by_lround = [&s](MapPoint p) {
    const auto q = [](double value, double lo, double hi) {
      const double t = std::clamp((value - lo) / (hi - lo), 0.0, 1.0);
      return static_cast<std::uint16_t>(std::lround(t * kPositionSteps));
    };
    return s.grid_point(q(p.x_mm, -s.half_width_mm, s.half_width_mm), q(p.y_mm, 0.0, s.length_mm));
  };
  for (int k = 0; k <= 2 * 65535; ++k) {
    const double y = s.length_mm * (k / 2.0) / kPositionSteps;
    for (const double at : {std::nextafter(y, -1.0), y, std::nextafter(y, 1e9)}) {
      const MapPoint p{s.half_width_mm * (2.0 * at / s.length_mm - 1.0), at};
      const MapPoint got = s.stored_position(p);
      const MapPoint want = by_lround(p);
      ASSERT_EQ(got.x_mm, want.x_mm) << "x " << p.x_mm;
      ASSERT_EQ(got.y_mm, want.y_mm) << "y " << p.y_mm;
    }
  }
  for (const MapPoint outside : {MapPoint{-1e9, -5.0}, MapPoint{1e9, 1e9}}) {
    EXPECT_EQ(s.stored_position(outside).x_mm, by_lround(outside).x_mm);
    EXPECT_EQ(s.stored_position(outside).y_mm, by_lround(outside).y_mm);
  }
}

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
