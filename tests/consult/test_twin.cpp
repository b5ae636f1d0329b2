#include <gtest/gtest.h>

#include <iostream>

#include "consult/twin.hpp"
#include "core/simulation.hpp"
#include "measure/region_summary.hpp"
#include "tests/support/small_scalp.hpp"

namespace trichosim::consult {
namespace {

// A hidden person (man, predisposition 0.6, registry density) is simulated with a seed the twin never uses; his
// crown density is read at three yearly visits. The twin, fitted by ABC to those counts with an unknown family
// history (uniform prior), must put the hidden predisposition inside its stated 80 % band, and its 5-year
// forecast band must be narrower than the population band; one count alone must give a wider band than three.
TEST(Twin, FitToThreeYearlyCountsRecoversPredispositionAndNarrowsTheForecastBand) {
  Parameters p;
  p.set(Param::consult_twin_grid_points, 7);  // fewer emulator runs keep the test fast; the method is the same
  constexpr double kHidden = 0.6;
  const Person hidden = testing::man(28.0, kHidden);
  Simulation sim(hidden, testing::params_with_area(200), {987654, 1});
  const std::vector<Day> days = {0.0, years_to_days(1.0), years_to_days(2.0)};
  std::vector<double> crown;
  const double window = p[Param::measure_shedding_window_days];
  sim.run(days, window, [&](const Simulation& live, Day) {
    crown.push_back(measure::summarise(live)[Region::Crown].density_per_cm2);
  });

  scenario::Intake in;
  in.sex = Sex::Male;
  in.age_years = 30.0;
  in.seed = 3;
  for (std::size_t i = 0; i < crown.size(); ++i) {
    in.history.push_back({2.0 - static_cast<double>(i), Region::Crown, scenario::CountKind::Total, crown[i]});
  }
  const TwinFit fit = fit_twin(in, p, Region::Crown);
  scenario::Intake one = in;
  one.history = {in.history.back()};
  const TwinFit fit_one = fit_twin(one, p, Region::Crown);

  std::cout << "hidden predisposition " << kHidden << "; crown " << crown[0] << ", " << crown[1] << ", " << crown[2]
            << "\nthree counts: predisposition " << fit.predisposition.median << " (" << fit.predisposition.lower << "-"
            << fit.predisposition.upper << "), ESS " << fit.effective_sample_size
            << "\none count: " << fit_one.predisposition.median << " (" << fit_one.predisposition.lower << "-"
            << fit_one.predisposition.upper << ")\n5-year band width: three counts " << fit.natural_course[2].width()
            << ", one count " << fit_one.natural_course[2].width() << ", population "
            << fit.population_course[2].width() << "\n";
  EXPECT_TRUE(fit.from_history);
  EXPECT_LE(fit.predisposition.lower, kHidden);
  EXPECT_GE(fit.predisposition.upper, kHidden);
  EXPECT_LT(fit.natural_course[2].width(), fit.population_course[2].width());
  EXPECT_LT(fit.natural_course[2].width(), fit_one.natural_course[2].width());
}

TEST(Twin, WithoutHistoryTheBandIsThePopulationBand) {
  Parameters p;
  p.set(Param::consult_twin_grid_points, 3);
  scenario::Intake in;
  in.sex = Sex::Female;
  in.age_years = 40.0;
  const TwinFit fit = fit_twin(in, p, Region::MidScalp);
  EXPECT_FALSE(fit.from_history);
  for (std::size_t y = 0; y < kForecastYears.size(); ++y) {
    EXPECT_DOUBLE_EQ(fit.natural_course[y].lower, fit.population_course[y].lower);
    EXPECT_DOUBLE_EQ(fit.natural_course[y].upper, fit.population_course[y].upper);
  }
  EXPECT_NEAR(fit.effective_sample_size, p[Param::consult_twin_particles], 1e-6);
}

TEST(Twin, WeightedQuantileOfHandBuiltSet) {
  // Values 1, 2, 3 with weights 1, 1, 2: cumulative 0.25, 0.5, 1.0.
  EXPECT_DOUBLE_EQ(weighted_quantile({{3.0, 2.0}, {1.0, 1.0}, {2.0, 1.0}}, 0.25), 1.0);
  EXPECT_DOUBLE_EQ(weighted_quantile({{3.0, 2.0}, {1.0, 1.0}, {2.0, 1.0}}, 0.5), 2.0);
  EXPECT_DOUBLE_EQ(weighted_quantile({{3.0, 2.0}, {1.0, 1.0}, {2.0, 1.0}}, 0.51), 3.0);
}

}  // namespace
}  // namespace trichosim::consult
