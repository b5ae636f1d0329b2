#include <gtest/gtest.h>

#include <cmath>
#include <memory>
#include <stdexcept>
#include <vector>

#include "core/simulation.hpp"
#include "tests/support/regrowth.hpp"
#include "tests/support/same_store.hpp"
#include "tests/support/small_scalp.hpp"

namespace trichosim {
namespace {

// The occiput and a 15 mm disc around the crown's centre: the part a trial's screening on relative density reads.
UnitFilter occiput_and_crown_disc(const Parameters& p) {
  const ScalpGeometry geometry(p);
  const MapPoint crown = geometry.region_centre()[region_index(Region::Crown)];
  return [crown](MapPoint at, Region r) {
    return r == Region::Occipital || std::hypot(at.x_mm - crown.x_mm, at.y_mm - crown.y_mm) <= 15.0;
  };
}

// Each follicle of part of the scalp lives, event for event, the life of the same follicle on the whole scalp.
TEST(PartOfScalp, EachFollicleLivesItsWholeScalpLife) {
  const Parameters p = testing::params_with_area(300.0);
  const Person man = testing::man(34.0, 1.1);
  for (const double fraction : {1.0, 0.3}) {
    Simulation whole(man, p, {77, 1, fraction});
    Simulation part = Simulation::part_of_scalp(man, p, {77, 1, fraction}, occiput_and_crown_disc(p));
    const FollicleStore& w = whole.follicles();
    const FollicleStore& s = part.follicles();
    ASSERT_EQ(s.key_id.size(), s.follicle_count());
    ASSERT_GT(s.follicle_count(), 100U);
    ASSERT_LT(s.follicle_count(), w.follicle_count() / 2);  // the part is a part
    whole.burn_in_to(0.0, 30.0);
    part.burn_in_to(0.0, 30.0);

    std::size_t differing = 0;
    std::size_t occipital_whole = 0;
    std::size_t occipital_part = 0;
    for (std::size_t j = 0; j < s.follicle_count(); ++j) {
      const std::size_t i = s.key_id[j];
      ASSERT_LT(i, w.follicle_count());
      const Shaft a = part.shaft(j);
      const Shaft b = whole.shaft(i);
      differing += s.phase[j] != w.phase[i] || s.next_day[j] != w.next_day[i] || s.size[j] != w.size[i] ||
                   s.cycle[j] != w.cycle[i] || s.shaft_start_day[j] != w.shaft_start_day[i] ||
                   s.region[j] != w.region[i] || s.position(j).x_mm != w.position(i).x_mm ||
                   a.diameter_um != b.diameter_um || a.length_um != b.length_um;
      occipital_part += s.region[j] == Region::Occipital;
    }
    for (std::size_t i = 0; i < w.follicle_count(); ++i) {
      occipital_whole += w.region[i] == Region::Occipital;
    }
    EXPECT_EQ(differing, 0U) << "sample fraction " << fraction;
    EXPECT_EQ(occipital_part, occipital_whole) << "sample fraction " << fraction;  // every occipital follicle kept
    const std::size_t occ = region_index(Region::Occipital);
    EXPECT_EQ(part.shed_tally()[occ], whole.shed_tally()[occ]);
    EXPECT_GT(part.events_processed(), 0U);
    EXPECT_LT(part.events_processed(), whole.events_processed());

    // The batched shafts agree with the scalar ones on part of a scalp too.
    std::vector<Shaft> batch(s.follicle_count());
    part.shafts(0, batch);
    std::size_t batch_differing = 0;
    for (std::size_t j = 0; j < s.follicle_count(); ++j) {
      batch_differing += batch[j].diameter_um != part.shaft(j).diameter_um;
    }
    EXPECT_EQ(batch_differing, 0U);
  }
}

// A part and the rest of the scalp, simulated apart and joined, are the whole scalp's simulation: the same store
// (units numbered alike), the same shed tally and event count.
TEST(PartOfScalp, APartJoinedWithTheRestIsTheWholeScalp) {
  const Parameters p = testing::params_with_area(300.0);
  const Person man = testing::man(38.0, 1.2);
  const UnitFilter screened = occiput_and_crown_disc(p);
  for (const double fraction : {1.0, 0.3}) {
    const SimulationOptions o{5, 1, fraction};
    Simulation whole(man, p, o);
    Simulation part = Simulation::part_of_scalp(man, p, o, screened);
    Simulation rest = Simulation::part_of_scalp(man, p, o, [&](MapPoint at, Region r) { return !screened(at, r); });
    whole.burn_in_to(0.0, 30.0);
    part.burn_in_to(0.0, 30.0);
    rest.burn_in_to(0.0, 30.0);
    const Simulation joined = Simulation::join(std::move(part), std::move(rest));
    EXPECT_TRUE(joined.follicles().key_id.empty());
    testing::expect_same_store(joined.follicles(), whole.follicles());
    EXPECT_EQ(joined.shed_tally(), whole.shed_tally());
    EXPECT_EQ(joined.events_processed(), whole.events_processed());
  }
}

// A treatment acting through modifiers, forked onto part of the scalp at baseline, gives each follicle of the part
// the life it has on the whole scalp under the same treatment.
TEST(PartOfScalp, TreatedThroughModifiersEachFollicleLivesItsWholeScalpLife) {
  const Parameters p = testing::params_with_area(300.0);
  const Person man = testing::man(36.0, 1.3);
  Simulation whole(man, p, {11, 1, 0.5});
  Simulation part = Simulation::part_of_scalp(man, p, {11, 1, 0.5}, occiput_and_crown_disc(p));
  whole.burn_in_to(0.0, 30.0);
  part.burn_in_to(0.0, 30.0);
  Simulation whole_treated = std::move(whole).fork(testing::regrowth_from(0.0));
  Simulation part_treated = std::move(part).fork(testing::regrowth_from(0.0));
  whole_treated.advance_to(years_to_days(1.5));
  part_treated.advance_to(years_to_days(1.5));
  const FollicleStore& w = whole_treated.follicles();
  const FollicleStore& s = part_treated.follicles();
  std::size_t differing = 0;
  std::size_t cycled = 0;
  for (std::size_t j = 0; j < s.follicle_count(); ++j) {
    const std::size_t i = s.key_id[j];
    differing += s.phase[j] != w.phase[i] || s.next_day[j] != w.next_day[i] || s.size[j] != w.size[i] ||
                 s.cycle[j] != w.cycle[i] || part_treated.shaft(j).length_um != whole_treated.shaft(i).length_um;
    cycled += s.cycle[j] > 0;
  }
  EXPECT_EQ(differing, 0U);
  EXPECT_GT(cycled, s.follicle_count() / 4);
}

TEST(PartOfScalp, TakesOnlyModifierTreatmentsAndJoinsOnlyAnotherUntreatedPart) {
  const Parameters p = testing::params_with_area(200.0);
  const Person man = testing::man(30.0, 1.0);
  const Simulation part = Simulation::part_of_scalp(man, p, {3, 1, 1.0}, occiput_and_crown_disc(p));
  EXPECT_THROW(static_cast<void>(part.fork(testing::regrowth_from(0.0, 30.0))), std::invalid_argument);
  EXPECT_NO_THROW(static_cast<void>(part.fork(testing::regrowth_from(0.0))));
  EXPECT_THROW(static_cast<void>(Simulation::part_of_scalp(man, p, {3, 1, 1.0}, {})), std::invalid_argument);
  EXPECT_THROW(static_cast<void>(Simulation::join(part.fork({}), Simulation(man, p, {3, 1, 1.0}))),
               std::invalid_argument);
  EXPECT_THROW(static_cast<void>(Simulation::join(part.fork(testing::regrowth_from(0.0)), part.fork({}))),
               std::invalid_argument);
}

}  // namespace
}  // namespace trichosim
