#include <gtest/gtest.h>

#include <vector>

#include "core/simulation.hpp"
#include "measure/region_summary.hpp"
#include "tests/support/family_history.hpp"
#include "tests/support/small_scalp.hpp"

namespace trichosim {
namespace {

std::vector<measure::ScalpSummary> forecast(const Person& person, const Parameters& p, double years) {
  Simulation sim(person, p, {31, 2});
  const std::vector<Day> days = {0.0, years_to_days(years)};
  std::vector<measure::ScalpSummary> out;
  sim.run(days, 7.0, [&](const Simulation& live, Day) { out.push_back(measure::summarise(live)); });
  return out;
}

double relative_change(const std::vector<measure::ScalpSummary>& f, Region r) {
  return f.back()[r].density_per_cm2 / f.front()[r].density_per_cm2 - 1.0;
}

TEST(Miniaturisation, PredisposedManLosesCrownAndHairlineFasterThanOcciput) {
  const Parameters p;
  const auto f = forecast(testing::man(25.0, testing::strong_family_history(p)), p, 15.0);
  const double crown = relative_change(f, Region::Crown);
  const double hairline = relative_change(f, Region::FrontalHairline);
  const double occiput = relative_change(f, Region::Occipital);
  EXPECT_LT(crown, -0.20);
  EXPECT_LT(hairline, -0.20);
  EXPECT_GT(occiput, -0.08);
  // Mean diameter falls with miniaturisation at the crown far more than at the occiput.
  EXPECT_LT(f.back()[Region::Crown].mean_diameter_um, f.back()[Region::Occipital].mean_diameter_um - 10.0);
}

TEST(Miniaturisation, WomanThinsOverTheTopWhileTheFrontalHairlineIsKept) {
  const Parameters p;
  Person woman;
  woman.sex = Sex::Female;
  woman.age_years = 50.0;
  woman.predisposition = 0.7;
  const auto f = forecast(woman, p, 15.0);
  const auto& end = f.back();
  EXPECT_LT(end[Region::MidScalp].density_per_cm2, 0.8 * end[Region::FrontalHairline].density_per_cm2);
  EXPECT_LT(relative_change(f, Region::MidScalp), relative_change(f, Region::FrontalHairline));
}

TEST(Miniaturisation, NoPredispositionMeansNoPatternLoss) {
  const Parameters p;
  const auto f = forecast(testing::man(25.0, 0.0), p, 10.0);
  for (Region r : kAllRegions) {
    // Only age dropout (0.22 %/y) and sampling noise: within 6 % over ten years.
    EXPECT_GT(relative_change(f, r), -0.06) << region_name(r);
  }
}

}  // namespace
}  // namespace trichosim
