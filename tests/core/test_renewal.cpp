#include <gtest/gtest.h>

#include <array>
#include <cmath>

#include "core/simulation.hpp"
#include "measure/region_summary.hpp"
#include "tests/support/small_scalp.hpp"

namespace trichosim {
namespace {

// A scalp with no miniaturisation, no vellus-born follicles and no age dropout: a pure renewal process.
Parameters renewal_params() {
  Parameters p = testing::params_with_area(300.0);
  p.set(Param::scalp_vellus_follicle_fraction, 0.0);
  p.set(Param::ageing_follicle_loss_per_year, 0.0);
  return p;
}

TEST(Renewal, SteadyStatePhaseFractionsAreMeanDurationOverCycleLength) {
  const Parameters p = renewal_params();
  Simulation sim(testing::man(30.0, 0.0), p, {11, 1});
  sim.advance_to(years_to_days(5.0));
  const FollicleStore& s = sim.follicles();
  std::array<double, kCyclingPhaseCount> count{};
  for (std::size_t i = 0; i < s.follicle_count(); ++i) {
    count[static_cast<std::size_t>(s.phase[i])] += 1.0;
  }
  const double n = static_cast<double>(s.follicle_count());
  // Renewal theory: fraction of phase i = mean_i / sum of means (kenogen weighted by its probability).
  const CycleModel c(p);
  const std::array<double, kCyclingPhaseCount> mean = {c.anagen_mean_days(1.0), c.catagen_mean_days(),
                                                       c.telogen_mean_days(1.0),
                                                       c.kenogen_probability(1.0) * c.kenogen_mean_days(1.0)};
  const double cycle = mean[0] + mean[1] + mean[2] + mean[3];
  for (std::size_t k = 0; k < kCyclingPhaseCount; ++k) {
    const double expected = mean[k] / cycle;
    // Follicles are independent: binomial SE = sqrt(f (1 - f) / n); 4 SE keeps false alarms below 1 in 10,000.
    const double tolerance = 4.0 * std::sqrt(expected * (1.0 - expected) / n);
    EXPECT_NEAR(count[k] / n, expected, tolerance) << phase_name(static_cast<Phase>(k));
  }
}

TEST(Renewal, DailySheddingIsFolliclesOverCycleLength) {
  const Parameters p = renewal_params();
  Simulation sim(testing::man(30.0, 0.0), p, {12, 1});
  sim.advance_to(years_to_days(1.0));
  sim.reset_shed_tally();
  constexpr double kWindow = 28.0;
  sim.advance_to(years_to_days(1.0) + kWindow);
  const auto shed = static_cast<double>(sim.shed_total());
  const CycleModel c(p);
  const double cycle = c.anagen_mean_days(1.0) + c.catagen_mean_days() + c.telogen_mean_days(1.0) +
                       c.kenogen_probability(1.0) * c.kenogen_mean_days(1.0);
  const double expected = static_cast<double>(sim.follicles().follicle_count()) / cycle * kWindow;
  // Shedding events are close to Poisson: SD = sqrt(expected) (~ 30); 4 SD.
  EXPECT_NEAR(shed, expected, 4.0 * std::sqrt(expected));
}

TEST(NormalScalp, ShedsFiftyToOneHundredHairsPerDayWithNormalDensity) {
  // Registry defaults, a 30-year-old man without predisposition: the clinical "50-100 a day" rule
  // (science.md 1.5) and Caucasian density (Barman 1965: 223, range 175-300 /cm2).
  const Parameters p;
  Simulation sim(testing::man(30.0, 0.0), p, {13, 2});
  const std::array<Day, 1> day = {0.0};
  measure::ScalpSummary summary;
  sim.run(day, 7.0, [&](const Simulation& live, Day) { summary = measure::summarise(live); });
  EXPECT_GE(summary.whole().shed_per_day, 50.0);
  EXPECT_LE(summary.whole().shed_per_day, 100.0);
  EXPECT_GT(summary.whole().density_per_cm2, 200.0);
  EXPECT_LT(summary.whole().density_per_cm2, 240.0);
  // Normal telogen share 6-12 % of hairs (histology 6.2-6.5 %; phototrichogram 12 +/- 8 %).
  EXPECT_GT(summary.whole().telogen_percent, 5.0);
  EXPECT_LT(summary.whole().telogen_percent, 12.0);
}

}  // namespace
}  // namespace trichosim
