#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "core/scalp_editor.hpp"
#include "core/simulation.hpp"
#include "tests/support/small_scalp.hpp"

namespace trichosim {
namespace {

// Doubles kenogen durations from `start` on, everywhere.
class SlowKenogen final : public Intervention {
 public:
  explicit SlowKenogen(Day start) : start_(start) {}
  std::string_view name() const override { return "slow_kenogen"; }
  std::vector<Param> registry_keys() const override { return {}; }
  std::vector<Day> change_days() const override { return {start_}; }
  void modify(Day t, const Person&, RegionalModifiers& m) const override {
    if (t >= start_) {
      m.for_each(RegionMask::all(), [](Modifiers& r) { r.duration_scale[3] *= 2.0; });
    }
  }

 private:
  Day start_;
};

// Pushes anagen follicles of the crown into catagen on one day (a telogen-effluvium trigger).
class CrownTrigger final : public Intervention {
 public:
  CrownTrigger(Day day, double probability) : day_(day), probability_(probability) {}
  std::string_view name() const override { return "crown_trigger"; }
  std::vector<Param> registry_keys() const override { return {}; }
  std::vector<Day> change_days() const override { return {}; }
  void modify(Day, const Person&, RegionalModifiers&) const override {}
  std::vector<Day> action_days() const override { return {day_}; }
  void act(Day, std::uint16_t action_id, ScalpEditor& editor) const override {
    affected = editor.end_phase_now(Phase::Anagen, probability_, RegionMask::of(Region::Crown), action_id);
  }
  mutable std::size_t affected = 0;

 private:
  Day day_;
  double probability_;
};

TEST(Interventions, ADurationChangeRescalesTheRemainingTimeOfPhasesUnderWay) {
  const Parameters p = testing::params_with_area(200.0);
  const Day change = 100.0;
  Simulation plain(testing::man(30.0, 0.0), p, {41, 1});
  std::vector<std::unique_ptr<Intervention>> iv;
  iv.push_back(std::make_unique<SlowKenogen>(change));
  Simulation slowed(testing::man(30.0, 0.0), p, {41, 1}, std::move(iv));
  const std::vector<Day> days = {change};
  plain.run(days, 1.0, [](const Simulation&, Day) {});
  slowed.run(days, 1.0, [](const Simulation&, Day) {});
  const auto& a = plain.follicles();
  const auto& b = slowed.follicles();
  std::size_t checked = 0;
  for (std::size_t i = 0; i < a.follicle_count(); ++i) {
    if (a.phase[i] == Phase::Kenogen) {
      // remaining' = remaining x 2 (accelerated failure time), exact up to float rounding.
      EXPECT_NEAR(static_cast<double>(b.next_day[i]) - change, 2.0 * (static_cast<double>(a.next_day[i]) - change),
                  1e-2);
      ++checked;
    } else {
      EXPECT_EQ(b.next_day[i], a.next_day[i]);
    }
  }
  EXPECT_GT(checked, 1000U);
}

TEST(Interventions, WorldsDifferingByOneTriggerShareEveryOtherDraw) {
  // The starsim "worlds" test: a crown-only trigger leaves every follicle outside the crown untouched.
  const Parameters p = testing::params_with_area(200.0);
  const Day trigger = 200.0;
  auto make = [&](bool with_trigger) {
    std::vector<std::unique_ptr<Intervention>> iv;
    if (with_trigger) {
      iv.push_back(std::make_unique<CrownTrigger>(trigger, 0.3));
    }
    return Simulation(testing::man(30.0, 0.6), p, {42, 1}, std::move(iv));
  };
  Simulation base = make(false);
  Simulation triggered = make(true);
  const std::vector<Day> days = {trigger, years_to_days(3.0)};
  base.run(days, 7.0, [](const Simulation&, Day) {});
  triggered.run(days, 7.0, [](const Simulation&, Day) {});
  const auto& a = base.follicles();
  const auto& b = triggered.follicles();
  std::size_t crown_different = 0;
  for (std::size_t i = 0; i < a.follicle_count(); ++i) {
    if (a.region[i] != Region::Crown) {
      ASSERT_EQ(a.next_day[i], b.next_day[i]) << "follicle " << i << " outside the crown changed";
      ASSERT_EQ(a.size[i], b.size[i]);
    } else if (a.next_day[i] != b.next_day[i]) {
      ++crown_different;
    }
  }
  EXPECT_GT(crown_different, 100U);
}

TEST(Interventions, TriggerMovesTheStatedShareOfAnagenFolliclesIntoCatagen) {
  const Parameters p = testing::params_with_area(200.0);
  std::vector<std::unique_ptr<Intervention>> iv;
  auto trigger = std::make_unique<CrownTrigger>(50.0, 0.3);
  const CrownTrigger* handle = trigger.get();
  iv.push_back(std::move(trigger));
  Simulation sim(testing::man(30.0, 0.0), p, {43, 1}, std::move(iv));
  std::size_t crown_anagen = 0;
  const std::vector<Day> days = {50.0};
  sim.advance_to(50.0);
  for (std::size_t i = 0; i < sim.follicles().follicle_count(); ++i) {
    crown_anagen += sim.follicles().region[i] == Region::Crown && sim.follicles().phase[i] == Phase::Anagen ? 1U : 0U;
  }
  sim.run(days, 1.0, [](const Simulation&, Day) {});
  const double n = static_cast<double>(crown_anagen);
  // Binomial(n, 0.3): 4 SE.
  EXPECT_NEAR(static_cast<double>(handle->affected), 0.3 * n, 4.0 * std::sqrt(n * 0.3 * 0.7));
}

}  // namespace
}  // namespace trichosim
