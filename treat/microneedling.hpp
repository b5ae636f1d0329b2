#pragma once
#include <string>
#include <vector>

#include "core/intervention.hpp"
#include "treat/event_spec.hpp"
#include "treat/session_schedule.hpp"

namespace trichosim::treat {

/// Devices that puncture the scalp with needles of a set length.
enum class NeedlingDevice : std::uint8_t { Roller = 0, Stamp = 1, Pen = 2 };

/// A period of transient redness and swelling after a session — reported, not modelled as biology.
struct SideEffectWindow {
  Day start = 0.0;  ///< session day
  Day end = 0.0;    ///< day the redness has resolved
};

/// Microneedling / derma rolling (docs/model.md, "Microneedling"). At each session a share of the kenogen and
/// telogen follicles of the treated regions is moved into anagen (wound-induced activation; the share rises with
/// needle length up to microneedling.depth_saturation_mm); while the regimen runs, follicles regain size at each
/// anagen entry; after each session topical drugs are absorbed better (Modifiers::topical_absorption_scale).
///
/// Scenario event (all lengths in mm):
/// ```toml
/// [[events]]
/// type = "microneedling"
/// device = "roller"          # roller | stamp | pen
/// needle_mm = 1.5            # 0.25-2.5
/// sessions_per_week = 1      # 0.23-1 (needles > 0.5 mm) or 0.23-2 (<= 0.5 mm)
/// start_years = 0
/// duration_weeks = 12        # or stop_years
/// regions = ["crown", "mid_scalp"]   # default: every region but the occipital
/// ```
class Microneedling final : public Intervention {
 public:
  Microneedling(const EventSpec& spec, const Parameters& params);

  std::string_view name() const override { return "microneedling"; }
  std::vector<Param> registry_keys() const override;
  std::vector<Day> change_days() const override;
  void modify(Day t, const Person& person, RegionalModifiers& m) const override;
  /// Raises topical absorption in the window after each session.
  void modify_skin(Day t, const Person& person, RegionalModifiers& m) const override;
  std::vector<Day> action_days() const override { return sessions_; }
  bool acts_per_follicle() const override { return true; }
  void act(Day t, std::uint16_t action_id, ScalpEditor& editor) const override;

  /// Share of kenogen and telogen follicles activated per session at this needle length (0-1).
  double activation_share() const { return activation_share_; }
  /// Depth factor: needle length over the saturation length, at most 1.
  double depth_factor() const { return depth_factor_; }
  /// Days of redness and swelling after a session at this needle length.
  double erythema_days() const { return erythema_days_; }
  /// One redness window per session.
  std::vector<SideEffectWindow> side_effect_windows() const;
  NeedlingDevice device() const { return device_; }
  double needle_mm() const { return needle_mm_; }
  double sessions_per_week() const { return schedule_.sessions_per_week; }

 private:
  bool in_window(Day t, Day length) const;

  NeedlingDevice device_;
  double needle_mm_;
  SessionSchedule schedule_;
  std::vector<Day> sessions_;
  RegionMask regions_;
  double depth_factor_;
  double activation_share_;
  double activation_window_days_;
  double size_gain_;
  double absorption_factor_;
  double absorption_window_days_;
  double erythema_days_;
};

}  // namespace trichosim::treat
