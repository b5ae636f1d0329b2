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

// Follicles of `part` that differ from their whole-scalp selves in `whole` (matched by key_id): in phase, next
// transition, size, cycle, shaft start, region, place, shaft diameter or length.
std::size_t follicles_unlike_whole(const Simulation& part, const Simulation& whole) {
  const FollicleStore& s = part.follicles();
  const FollicleStore& w = whole.follicles();
  std::size_t differing = 0;
  for (std::size_t j = 0; j < s.follicle_count(); ++j) {
    const std::size_t i = s.key_id[j];
    if (i >= w.follicle_count()) {
      ADD_FAILURE() << "follicle " << j << " of the part has key " << i << ", beyond the whole scalp";
      ++differing;
      continue;
    }
    const Shaft a = part.shaft(j);
    const Shaft b = whole.shaft(i);
    differing += s.phase[j] != w.phase[i] || s.next_day[j] != w.next_day[i] || s.size[j] != w.size[i] ||
                 s.cycle[j] != w.cycle[i] || s.shaft_start_day[j] != w.shaft_start_day[i] ||
                 s.region[j] != w.region[i] || s.position(j).x_mm != w.position(i).x_mm ||
                 a.diameter_um != b.diameter_um || a.length_um != b.length_um;
  }
  return differing;
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

    std::size_t occipital_whole = 0;
    std::size_t occipital_part = 0;
    for (std::size_t j = 0; j < s.follicle_count(); ++j) {
      occipital_part += s.region[j] == Region::Occipital;
    }
    for (std::size_t i = 0; i < w.follicle_count(); ++i) {
      occipital_whole += w.region[i] == Region::Occipital;
    }
    EXPECT_EQ(follicles_unlike_whole(part, whole), 0U) << "sample fraction " << fraction;
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
  const FollicleStore& s = part_treated.follicles();
  std::size_t cycled = 0;
  for (std::size_t j = 0; j < s.follicle_count(); ++j) {
    cycled += s.cycle[j] > 0;
  }
  EXPECT_EQ(follicles_unlike_whole(part_treated, whole_treated), 0U);
  EXPECT_GT(cycled, s.follicle_count() / 4);
}

// A treatment acting follicle by follicle (an effluvium shock, broken shafts, activated telogen), forked onto part of
// the scalp, gives each follicle of the part the life it has on the whole scalp under it, and the occiput (kept
// whole) the whole scalp's shedding.
TEST(PartOfScalp, TreatedFollicleByFollicleEachFollicleLivesItsWholeScalpLife) {
  const Parameters p = testing::params_with_area(300.0);
  const Person man = testing::man(36.0, 1.3);
  const Day shock_day = 30.0;
  const std::vector<Day> read = {shock_day + 100.0, years_to_days(1.0)};
  for (const double fraction : {1.0, 0.4}) {
    Simulation whole(man, p, {13, 1, fraction});
    Simulation part = Simulation::part_of_scalp(man, p, {13, 1, fraction}, occiput_and_crown_disc(p));
    whole.burn_in_to(0.0, 30.0);
    part.burn_in_to(0.0, 30.0);
    Simulation untreated = part.fork({});
    std::vector<std::unique_ptr<Intervention>> on_whole;
    on_whole.push_back(std::make_unique<testing::Shock>(shock_day));
    std::vector<std::unique_ptr<Intervention>> on_part;
    on_part.push_back(std::make_unique<testing::Shock>(shock_day));
    Simulation whole_treated = std::move(whole).fork(std::move(on_whole));
    Simulation part_treated = std::move(part).fork(std::move(on_part));
    std::vector<std::uint64_t> occipital_shed_whole;
    std::vector<std::uint64_t> occipital_shed_part;
    const auto occipital_shed = [](std::vector<std::uint64_t>& out) {
      return [&out](const Simulation& sim, Day) { out.push_back(sim.shed_tally()[region_index(Region::Occipital)]); };
    };
    whole_treated.run(read, 30.0, occipital_shed(occipital_shed_whole));
    part_treated.run(read, 30.0, occipital_shed(occipital_shed_part));
    untreated.run(read, 30.0, [](const Simulation&, Day) {});
    const FollicleStore& s = part_treated.follicles();
    std::size_t shocked = 0;  // follicles whose life the shock changed
    for (std::size_t j = 0; j < s.follicle_count(); ++j) {
      shocked += s.cycle[j] != untreated.follicles().cycle[j] || s.next_day[j] != untreated.follicles().next_day[j];
    }
    EXPECT_EQ(follicles_unlike_whole(part_treated, whole_treated), 0U) << "sample fraction " << fraction;
    EXPECT_GT(shocked, s.follicle_count() / 5) << "sample fraction " << fraction;
    EXPECT_EQ(occipital_shed_part, occipital_shed_whole) << "sample fraction " << fraction;
    EXPECT_GT(occipital_shed_part.front(), 0U);
  }
}

TEST(PartOfScalp, TakesOnlyTreatmentsActingFollicleByFollicleAndJoinsOnlyAnotherUntreatedPart) {
  const Parameters p = testing::params_with_area(200.0);
  const Person man = testing::man(30.0, 1.0);
  const Simulation part = Simulation::part_of_scalp(man, p, {3, 1, 1.0}, occiput_and_crown_disc(p));
  EXPECT_THROW(static_cast<void>(part.fork(testing::regrowth_from(0.0, 30.0))), std::invalid_argument);
  EXPECT_NO_THROW(static_cast<void>(part.fork(testing::regrowth_from(0.0))));
  std::vector<std::unique_ptr<Intervention>> shock;
  shock.push_back(std::make_unique<testing::Shock>(30.0));
  EXPECT_NO_THROW(static_cast<void>(part.fork(std::move(shock))));
  EXPECT_THROW(static_cast<void>(Simulation::part_of_scalp(man, p, {3, 1, 1.0}, {})), std::invalid_argument);
  EXPECT_THROW(static_cast<void>(Simulation::join(part.fork({}), Simulation(man, p, {3, 1, 1.0}))),
               std::invalid_argument);
  EXPECT_THROW(static_cast<void>(Simulation::join(part.fork(testing::regrowth_from(0.0)), part.fork({}))),
               std::invalid_argument);
}

}  // namespace
}  // namespace trichosim
