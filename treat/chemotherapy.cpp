#include "treat/chemotherapy.hpp"

#include <algorithm>

#include "core/input_error.hpp"
#include "core/scalp_editor.hpp"

namespace trichosim::treat {
namespace {

class Chemotherapy final : public Intervention {
 public:
  Chemotherapy(Day start, Day stop, Day cycle_days, double severity, const Parameters& p)
      : stop_(stop), severity_(severity), regrowth_day_(stop + p[Param::chemotherapy_regrowth_start_days]) {
    const Day first = start + p[Param::chemotherapy_onset_days];
    days_.push_back(first);
    for (Day d = first + cycle_days; d < stop_; d += cycle_days) {
      days_.push_back(d);
    }
  }

  std::string_view name() const override { return "chemotherapy"; }
  std::vector<Param> registry_keys() const override {
    return {Param::chemotherapy_onset_days, Param::chemotherapy_regrowth_start_days, Param::chemotherapy_cycle_days,
            Param::chemotherapy_anagen_break_fraction};
  }
  std::vector<Day> change_days() const override { return {}; }
  void modify(Day /*t*/, const Person& /*person*/, RegionalModifiers& /*m*/) const override {}
  std::vector<Day> action_days() const override { return days_; }
  bool acts_per_follicle() const override { return true; }
  void act(Day t, std::uint16_t action_id, ScalpEditor& editor) const override {
    editor.break_anagen_shafts(severity_, RegionMask::all(), std::max(0.0, regrowth_day_ - t), action_id);
  }

 private:
  Day stop_;
  double severity_;
  Day regrowth_day_;
  std::vector<Day> days_;
};

}  // namespace

std::unique_ptr<Intervention> make_chemotherapy(const EventSpec& spec, const Parameters& p) {
  const Day start = spec.start_day();
  if (!spec.has("stop_years")) {
    spec.stop_day();  // marks the field as known for the message below
    throw InputError(spec.where() + ".stop_years: missing; chemotherapy needs the day of the last dose (years)");
  }
  const Day stop = spec.stop_day();
  const Day cycle = spec.number("cycle_days", 7.0, 42.0, "day", p[Param::chemotherapy_cycle_days]);
  const double severity = spec.number("severity", 0.05, 1.0, "share of anagen shafts broken per cycle",
                                      p[Param::chemotherapy_anagen_break_fraction]);
  return std::make_unique<Chemotherapy>(start, stop, cycle, severity, p);
}

}  // namespace trichosim::treat
