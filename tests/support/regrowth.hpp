#pragma once
// A test-only treatment with the shape of a hair-growth drug, without its numbers, for the core tests of forking
// and of parts of the scalp.
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "core/intervention.hpp"
#include "core/scalp_editor.hpp"

namespace trichosim::testing {

/// From `start`: kenogen five times shorter, size regained at each anagen entry, androgen drive halved (all through
/// modifiers). With `action_day`, it also has an action that day (acting on follicles directly), which does nothing.
class Regrowth final : public Intervention {
 public:
  explicit Regrowth(Day start, std::optional<Day> action_day = std::nullopt) : start_(start), action_day_(action_day) {}
  std::string_view name() const override { return "regrowth"; }
  std::vector<Param> registry_keys() const override { return {}; }
  std::vector<Day> change_days() const override { return {start_}; }
  std::vector<Day> action_days() const override {
    return action_day_ ? std::vector<Day>{*action_day_} : std::vector<Day>{};
  }
  void modify(Day t, const Person&, RegionalModifiers& m) const override {
    if (t >= start_) {
      m.for_each(RegionMask::all(), [](Modifiers& r) {
        r.duration_scale[3] *= 0.2;
        r.size_gain_per_cycle += 0.3;
        r.androgen_drive *= 0.5;
      });
    }
  }

 private:
  Day start_;
  std::optional<Day> action_day_;
};

/// On `day`, a shock decided follicle by follicle: a third of anagen follicles end anagen at once (an effluvium) and
/// half the crown's anagen shafts break, regrowing 60 days later (chemotherapy); a third of telogen follicles end
/// telogen (a microneedling session). No modifiers.
class Shock final : public Intervention {
 public:
  explicit Shock(Day day) : day_(day) {}
  std::string_view name() const override { return "shock"; }
  std::vector<Param> registry_keys() const override { return {}; }
  std::vector<Day> change_days() const override { return {}; }
  void modify(Day, const Person&, RegionalModifiers&) const override {}
  std::vector<Day> action_days() const override { return {day_}; }
  void act(Day, std::uint16_t action_id, ScalpEditor& editor) const override {
    editor.end_phase_now(Phase::Anagen, 1.0 / 3.0, RegionMask::all(), action_id);
    editor.break_anagen_shafts(0.5, RegionMask::of(Region::Crown), 60.0, action_id);
    editor.end_phase_now(Phase::Telogen, 1.0 / 3.0, RegionMask::all(), action_id);
  }
  bool acts_per_follicle() const override { return true; }

 private:
  Day day_;
};

/// Regrowth from `start` as the only intervention.
inline std::vector<std::unique_ptr<Intervention>> regrowth_from(Day start,
                                                                std::optional<Day> action_day = std::nullopt) {
  std::vector<std::unique_ptr<Intervention>> out;
  out.push_back(std::make_unique<Regrowth>(start, action_day));
  return out;
}

}  // namespace trichosim::testing
