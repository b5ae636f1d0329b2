#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <vector>

#include "core/scalp_editor.hpp"
#include "core/simulation.hpp"
#include "tests/support/small_scalp.hpp"

namespace trichosim {
namespace {

// Breaks half the anagen shafts at `day` (regrowth 60 days later) and slows shaft growth and thickens growing shafts
// from then on, so the batched reader meets broken shafts, the growth and diameter modifiers and every phase.
class BreakAndSlow final : public Intervention {
 public:
  explicit BreakAndSlow(Day day) : day_(day) {}
  std::string_view name() const override { return "break_and_slow"; }
  std::vector<Param> registry_keys() const override { return {}; }
  std::vector<Day> change_days() const override { return {day_}; }
  void modify(Day t, const Person&, RegionalModifiers& m) const override {
    if (t >= day_) {
      m.for_each(RegionMask::all(), [](Modifiers& r) {
        r.growth_rate_scale *= 0.7;
        r.anagen_diameter_scale *= 1.2;
      });
    }
  }
  std::vector<Day> action_days() const override { return {day_}; }
  void act(Day, std::uint16_t action_id, ScalpEditor& editor) const override {
    editor.break_anagen_shafts(0.5, RegionMask::all(), 60.0, action_id);
  }

 private:
  Day day_;
};

// Compares Simulation::shafts with Simulation::shaft over every follicle, in spans of `span` (the last one short).
std::size_t differing_shafts(const Simulation& sim, std::size_t span) {
  const std::size_t n = sim.follicles().follicle_count();
  std::vector<Shaft> batch(span);
  std::size_t differing = 0;
  for (std::size_t first = 0; first < n; first += span) {
    const std::size_t count = std::min(span, n - first);
    sim.shafts(first, std::span(batch.data(), count));
    for (std::size_t k = 0; k < count; ++k) {
      const Shaft one = sim.shaft(first + k);
      differing += one.diameter_um != batch[k].diameter_um || one.length_um != batch[k].length_um ||
                   one.growth_um_per_day != batch[k].growth_um_per_day;
    }
  }
  return differing;
}

TEST(ShaftBatch, EqualsTheOneFollicleShaftBitForBit) {
  std::vector<std::unique_ptr<Intervention>> events;
  events.push_back(std::make_unique<BreakAndSlow>(years_to_days(3.0)));
  Simulation sim(testing::man(30.0, 0.9), testing::params_with_area(200.0), {11, 1}, std::move(events));
  std::size_t broken_seen = 0;
  const std::vector<Day> days = {0.0, years_to_days(3.0) + 10.0, years_to_days(8.0)};
  sim.run(days, 7.0, [&](const Simulation& live, Day day) {
    for (std::size_t i = 0; i < live.follicles().follicle_count(); ++i) {
      broken_seen += live.follicles().phase[i] == Phase::Anagen && !live.holds_hair(i);
    }
    EXPECT_EQ(differing_shafts(live, 1000), 0U) << "at day " << day;
    EXPECT_EQ(differing_shafts(live, 7), 0U) << "at day " << day;
  });
  EXPECT_GT(broken_seen, 1000U);  // the broken shafts were met (ten days after the break)
}

TEST(ShaftBatch, FollicleWithoutHairReadsZero) {
  Simulation sim(testing::man(30.0, 0.9), testing::params_with_area(200.0), {3, 1});
  sim.advance_to(years_to_days(5.0));
  const std::size_t n = sim.follicles().follicle_count();
  std::vector<Shaft> all(n);
  sim.shafts(0, all);
  std::size_t without_hair = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (!sim.holds_hair(i)) {
      ++without_hair;
      EXPECT_EQ(all[i].diameter_um, 0.0);
      EXPECT_EQ(all[i].length_um, 0.0);
    } else {
      EXPECT_GT(all[i].diameter_um, 0.0);
    }
  }
  EXPECT_GT(without_hair, 100U);  // kenogen and lost follicles exist on a miniaturising scalp of 35
}

// Thickens growing hairs by `scale` from `day`; nothing else, so the follicles live the same lives as without it.
class Thicken final : public Intervention {
 public:
  Thicken(Day day, double scale) : day_(day), scale_(scale) {}
  std::string_view name() const override { return "thicken"; }
  std::vector<Param> registry_keys() const override { return {}; }
  std::vector<Day> change_days() const override { return {day_}; }
  void modify(Day t, const Person&, RegionalModifiers& m) const override {
    if (t >= day_) {
      m.for_each(RegionMask::all(), [this](Modifiers& r) { r.anagen_diameter_scale *= scale_; });
    }
  }

 private:
  Day day_;
  double scale_;
};

TEST(ShaftBatch, DiameterScaleThickensGrowingHairsOnly) {
  const Day day = years_to_days(2.0);
  std::vector<std::unique_ptr<Intervention>> events;
  events.push_back(std::make_unique<Thicken>(day, 1.25));
  Simulation thick(testing::man(30.0, 0.9), testing::params_with_area(200.0), {5, 1}, std::move(events));
  Simulation plain(testing::man(30.0, 0.9), testing::params_with_area(200.0), {5, 1});
  const std::vector<Day> read_day = {day + 30.0};
  thick.run(read_day, 7.0, [](const Simulation&, Day) {});
  plain.run(read_day, 7.0, [](const Simulation&, Day) {});
  const std::size_t n = plain.follicles().follicle_count();
  std::vector<Shaft> a(n);
  std::vector<Shaft> b(n);
  thick.shafts(0, a);
  plain.shafts(0, b);
  std::size_t growing = 0;
  std::size_t club = 0;
  for (std::size_t i = 0; i < n; ++i) {
    ASSERT_EQ(thick.follicles().phase[i], plain.follicles().phase[i]) << "follicle " << i;
    if (!plain.holds_hair(i)) {
      continue;
    }
    if (plain.follicles().phase[i] == Phase::Anagen) {
      ++growing;
      EXPECT_NEAR(a[i].diameter_um, 1.25 * b[i].diameter_um, 1e-9 * b[i].diameter_um) << "follicle " << i;
    } else {
      ++club;
      EXPECT_EQ(a[i].diameter_um, b[i].diameter_um) << "follicle " << i;
    }
    EXPECT_EQ(a[i].length_um, b[i].length_um) << "follicle " << i;
  }
  EXPECT_GT(growing, 1000U);
  EXPECT_GT(club, 50U);
}

}  // namespace
}  // namespace trichosim
