#pragma once
#include <vector>

#include "core/intervention.hpp"
#include "treat/event_spec.hpp"
#include "treat/session_schedule.hpp"

namespace trichosim::treat {

/// Low-level laser (light) therapy devices: hand-held comb, cap or helmet; laser diodes only or mixed with LEDs.
enum class LaserDevice : std::uint8_t { Comb = 0, Cap = 1, Helmet = 2 };

/// Low-level laser therapy (docs/model.md, "Low-level laser therapy"). While used, follicles in the treated
/// regions leave kenogen sooner and more often skip it (proposed shift into anagen), and regain size at each
/// anagen entry. The effect scales with sessions per week relative to the trials' 3 per week (capped at 1) and
/// is weaker for devices mixing LEDs with laser diodes. Modifiers only; no instantaneous action.
///
/// ```toml
/// [[events]]
/// type = "laser"
/// device = "comb"            # comb | cap | helmet
/// light = "laser"            # laser | laser_led
/// sessions_per_week = 3      # 1-7
/// start_years = 0
/// duration_weeks = 26        # or stop_years
/// ```
class Laser final : public Intervention {
 public:
  Laser(const EventSpec& spec, const Parameters& params);

  std::string_view name() const override { return "laser"; }
  std::vector<Param> registry_keys() const override;
  std::vector<Day> change_days() const override { return {schedule_.start, schedule_.stop}; }
  void modify(Day t, const Person& person, RegionalModifiers& m) const override;

  /// Effect strength relative to the trials' schedule and device (0-1).
  double dose() const { return dose_; }
  LaserDevice device() const { return device_; }

 private:
  LaserDevice device_;
  SessionSchedule schedule_;
  RegionMask regions_;
  double dose_;
  double kenogen_gain_;
  double size_gain_;
};

}  // namespace trichosim::treat
