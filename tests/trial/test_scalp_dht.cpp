#include <gtest/gtest.h>

#include <cmath>
#include <memory>
#include <vector>

#include "tests/support/small_scalp.hpp"
#include "tests/treat/event_helpers.hpp"
#include "treat/finasteride.hpp"
#include "treat/registry.hpp"
#include "trial/endpoints.hpp"
#include "trial/reading.hpp"

namespace trichosim::trial {
namespace {

using testing::event;
using testing::Fields;

double dht_at(const Simulation& sim, const Site& site) {
  const ScalpReading r = read_scalp(sim, {});
  const Endpoint* e = find_endpoint("relative_scalp_dht");
  EXPECT_NE(e, nullptr);
  return e->value(site, r.at(site), r, sim.parameters());
}

std::vector<std::unique_ptr<Intervention>> finasteride(double dose_mg, double start_years, const Parameters& p,
                                                       const char* regions) {
  Fields f{{"start_years", start_years}, {"dose_mg", dose_mg}};
  if (regions != nullptr) {
    f["regions"] = std::vector<std::string>{regions};
  }
  std::vector<std::unique_ptr<Intervention>> ivs;
  ivs.push_back(treat::make_intervention(event("finasteride", f), p));
  return ivs;
}

// Untreated, the scalp reads 100 % of its DHT everywhere; 42 days into 1 mg/day (onset time constant a few days)
// the treated region reads 100 x (1 - the registry's net reduction), untreated regions still 100.
TEST(RelativeScalpDht, ReadsTheDrugsNetReductionInTheTreatedRegionOnly) {
  const Parameters p = testing::params_with_area(200.0);
  SimulationOptions o;
  o.sample_fraction = 0.05;
  Simulation untreated(testing::man(30.0, 0.5), p, o);
  untreated.advance_to(0.0);
  EXPECT_DOUBLE_EQ(dht_at(untreated, Site{Region::Crown, 0.0}), 100.0);
  EXPECT_DOUBLE_EQ(dht_at(untreated, Site{}), 100.0);

  Simulation treated(testing::man(30.0, 0.5), p, o, finasteride(1.0, 0.0, p, "crown"));
  treated.run(std::vector<Day>{42.0}, 30.0, [&](const Simulation& sim, Day) {
    const double expected = 100.0 * (1.0 - treat::finasteride_scalp_dht_reduction(p, 1.0));
    EXPECT_NEAR(dht_at(sim, Site{Region::Crown, 0.0}), expected, 0.5);
    EXPECT_DOUBLE_EQ(dht_at(sim, Site{Region::Occipital, 0.0}), 100.0);
    const double whole = dht_at(sim, Site{});
    EXPECT_GT(whole, expected);
    EXPECT_LT(whole, 100.0);
  });
}

}  // namespace
}  // namespace trichosim::trial
