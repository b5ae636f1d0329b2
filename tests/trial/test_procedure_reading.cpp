#include <gtest/gtest.h>

#include <cmath>
#include <memory>
#include <vector>

#include "cohort/stage_proxy.hpp"
#include "tests/support/small_scalp.hpp"
#include "treat/micropigmentation.hpp"
#include "treat/transplant.hpp"
#include "trial/endpoints.hpp"
#include "trial/procedure_reading.hpp"
#include "trial/reading.hpp"

namespace trichosim::trial {
namespace {

constexpr double kTolerance = 1e-12;

double instrument(std::string_view name, const Site& site, const ScalpReading& r, const Parameters& p) {
  const Endpoint* e = find_endpoint(name);
  EXPECT_NE(e, nullptr) << name;
  return e->value(site, r.at(site), r, p);
}

// A reading by hand: 60 donor follicles left, 40 moved in 20 units, 30 of them alive.
TEST(ProcedureInstruments, GraftInstrumentsFromAHandTally) {
  ScalpReading r;
  r.grafts = {60.0, 40.0, 20.0, 30.0};
  const Parameters p;
  const Site whole;
  EXPECT_NEAR(instrument("extracted_percent", whole, r, p), 40.0, kTolerance);
  EXPECT_NEAR(instrument("hairs_per_graft", whole, r, p), 2.0, kTolerance);
  EXPECT_NEAR(instrument("graft_survival_percent", whole, r, p), 75.0, kTolerance);
  r.grafts = {};
  EXPECT_TRUE(std::isnan(instrument("hairs_per_graft", whole, r, p)));  // nothing moved: no value, not 0
}

// The crown by hand: half covered by pigment, its non-vellus density 0.4 of normal (the occiput's 100/cm2 times
// the crown's regional weight): 10 x (0.5 + 0.4 - 0.2) = 7. Mid scalp unpigmented at normal density: 10.
TEST(ProcedureInstruments, VisualDensityScoreCombinesTheSitePigmentWithItsRelativeDensity) {
  const Parameters p;
  ScalpReading r;
  const auto occ = region_index(Region::Occipital);
  r.regions[occ].area_cm2 = 1.0;
  r.regions[occ].nonvellus = 100.0;
  const auto crown = region_index(Region::Crown);
  r.regions[crown].area_cm2 = 2.0;
  r.regions[crown].nonvellus = 2.0 * 0.4 * 100.0 * cohort::normal_density_ratio(Region::Crown, p);
  r.pigment[crown] = 0.5;
  const auto mid = region_index(Region::MidScalp);
  r.regions[mid].area_cm2 = 1.0;
  r.regions[mid].nonvellus = 100.0 * cohort::normal_density_ratio(Region::MidScalp, p);
  EXPECT_NEAR(instrument("visual_density_score", Site{Region::Crown, 0.0}, r, p), 7.0, 1e-9);
  EXPECT_NEAR(instrument("visual_density_score", Site{Region::MidScalp, 0.0}, r, p), 10.0, 1e-9);
}

TEST(ProcedureInstruments, ReadingTalliesTheGraftsATransplantMoved) {
  const Parameters p = trichosim::testing::params_with_area(250.0);
  auto owned = std::make_unique<treat::Transplant>(treat::TransplantMethod::Fue, 300,
                                                   RegionMask::of(Region::FrontalHairline), 5.0, 30.0, p);
  const treat::Transplant& t = *owned;
  std::vector<std::unique_ptr<Intervention>> iv;
  iv.push_back(std::move(owned));
  Simulation sim(trichosim::testing::man(40.0, 0.8), p, {7, 1}, std::move(iv));
  std::vector<GraftTally> tallies;  // the day before the session and the session day
  const std::vector<Day> days = {4.0, 5.0};
  sim.run(days, 1.0, [&](const Simulation& live, Day) { tallies.push_back(read_grafts(live)); });
  ASSERT_EQ(tallies.size(), 2U);
  const GraftTally& g = tallies[1];
  const double donor_before = tallies[0].donor_follicles;
  const auto& report = t.report();
  EXPECT_EQ(g.moved_units, static_cast<double>(report.grafts_extracted));
  EXPECT_EQ(g.moved_follicles, static_cast<double>(report.follicles_implanted));
  EXPECT_EQ(g.alive_follicles, static_cast<double>(report.follicles_surviving));
  // The harvest takes the moved follicles from the donor; natural follicle loss in the day between is a handful.
  EXPECT_NEAR(g.donor_follicles, donor_before - g.moved_follicles, 5.0);
  EXPECT_LE(g.donor_follicles, donor_before - g.moved_follicles);
}

TEST(ProcedureInstruments, ReadingTakesThePigmentOfTheMicropigmentationEvents) {
  const Parameters p = trichosim::testing::params_with_area(250.0);
  const RegionMask crown = RegionMask::of(Region::Crown);
  const treat::Micropigmentation reference(0.0, 3, 14.0, crown, false, p);
  std::vector<std::unique_ptr<Intervention>> iv;
  iv.push_back(std::make_unique<treat::Micropigmentation>(0.0, 3, 14.0, crown, false, p));
  Simulation sim(trichosim::testing::man(40.0, 0.8), p, {7, 1}, std::move(iv));
  const std::vector<Day> days = {28.0, 200.0};
  std::vector<double> crown_cover;
  sim.run(days, 1.0, [&](const Simulation& live, Day day) {
    const auto pigment = read_pigment(live);
    crown_cover.push_back(pigment[region_index(Region::Crown)]);
    EXPECT_EQ(pigment[region_index(Region::MidScalp)], 0.0);
    EXPECT_NEAR(crown_cover.back(), reference.coverage(day, Region::Crown), kTolerance);
  });
  ASSERT_EQ(crown_cover.size(), 2U);
  EXPECT_LT(crown_cover[1], crown_cover[0]);
}

}  // namespace
}  // namespace trichosim::trial
