#include "treat/microneedling.hpp"

#include <algorithm>
#include <sstream>

#include "core/input_error.hpp"
#include "core/scalp_editor.hpp"

namespace trichosim::treat {
namespace {

std::string num(double v) {
  std::ostringstream os;
  os << v;
  return os.str();
}

RegionMask all_but_occipital() {
  RegionMask m;
  for (Region r : kAllRegions) {
    if (r != Region::Occipital) {
      m = m.with(r);
    }
  }
  return m;
}

}  // namespace

Microneedling::Microneedling(const EventSpec& spec, const Parameters& p) {
  const std::string device = spec.choice("device", {"roller", "stamp", "pen"}, "roller");
  device_ = device == "pen" ? NeedlingDevice::Pen : device == "stamp" ? NeedlingDevice::Stamp : NeedlingDevice::Roller;
  const double min_mm = p[Param::microneedling_needle_min_mm];
  const double max_mm = p[Param::microneedling_needle_max_mm];
  needle_mm_ = spec.required_number("needle_mm", min_mm, max_mm, "mm; the needle lengths used on the scalp");
  // Safe practice: short needles up to twice a week, longer ones at most weekly, at least monthly.
  const double short_mm = p[Param::microneedling_short_needle_max_mm];
  const bool short_needle = needle_mm_ <= short_mm;
  const double min_week = p[Param::microneedling_min_sessions_per_week];
  const double max_week = short_needle ? p[Param::microneedling_max_sessions_per_week_short]
                                       : p[Param::microneedling_max_sessions_per_week_long];
  const double wide_max =
      std::max(p[Param::microneedling_max_sessions_per_week_short], p[Param::microneedling_max_sessions_per_week_long]);
  schedule_ = read_schedule(spec, min_week, wide_max);
  if (schedule_.sessions_per_week > max_week) {
    throw InputError(spec.where() + ".sessions_per_week = " + num(schedule_.sessions_per_week) + ": with needle_mm = " +
                     num(needle_mm_) + " (" + (short_needle ? "up to " : "longer than ") + num(short_mm) +
                     " mm) the safe range is " + num(min_week) + " to " + num(max_week) + " sessions per week");
  }
  regions_ = spec.regions("regions", all_but_occipital());
  sessions_ = schedule_.days();

  depth_factor_ = std::min(1.0, needle_mm_ / p[Param::microneedling_depth_saturation_mm]);
  activation_share_ = p[Param::microneedling_activation_share_per_session] * depth_factor_;
  activation_window_days_ = p[Param::microneedling_activation_window_days];
  size_gain_ = p[Param::microneedling_size_gain_per_cycle] * depth_factor_;
  absorption_factor_ = p[Param::microneedling_absorption_peak_factor];
  absorption_window_days_ = p[Param::microneedling_absorption_window_days];
  const double e_short = p[Param::microneedling_erythema_days_short];
  const double e_long = p[Param::microneedling_erythema_days_long];
  erythema_days_ = e_short + (e_long - e_short) * (needle_mm_ - min_mm) / (max_mm - min_mm);
}

std::vector<Param> Microneedling::registry_keys() const {
  return {Param::microneedling_needle_min_mm,
          Param::microneedling_needle_max_mm,
          Param::microneedling_short_needle_max_mm,
          Param::microneedling_max_sessions_per_week_short,
          Param::microneedling_max_sessions_per_week_long,
          Param::microneedling_min_sessions_per_week,
          Param::microneedling_depth_saturation_mm,
          Param::microneedling_activation_share_per_session,
          Param::microneedling_activation_window_days,
          Param::microneedling_size_gain_per_cycle,
          Param::microneedling_absorption_peak_factor,
          Param::microneedling_absorption_window_days,
          Param::microneedling_erythema_days_short,
          Param::microneedling_erythema_days_long};
}

std::vector<Day> Microneedling::change_days() const {
  std::vector<Day> out = {schedule_.start};
  if (!sessions_.empty()) {
    out.push_back(sessions_.back() + 7.0 / schedule_.sessions_per_week);
  }
  for (Day d : sessions_) {
    out.push_back(d);
    out.push_back(d + activation_window_days_);
    out.push_back(d + absorption_window_days_);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

bool Microneedling::in_window(Day t, Day length) const {
  // The latest session on or before t.
  const auto it = std::upper_bound(sessions_.begin(), sessions_.end(), t);
  return it != sessions_.begin() && t < *std::prev(it) + length;
}

void Microneedling::modify(Day t, const Person&, RegionalModifiers& m) const {
  if (sessions_.empty() || t < schedule_.start || t >= sessions_.back() + 7.0 / schedule_.sessions_per_week) {
    return;
  }
  const bool activating = in_window(t, activation_window_days_);
  m.for_each(regions_, [&](Modifiers& r) {
    r.size_gain_per_cycle += size_gain_;
    if (activating) {
      r.kenogen_probability_scale = 0.0;  // activated telogen follicles regrow at once after shedding
    }
  });
}

void Microneedling::modify_skin(Day t, const Person&, RegionalModifiers& m) const {
  if (sessions_.empty() || !in_window(t, absorption_window_days_)) {
    return;
  }
  m.for_each(regions_, [&](Modifiers& r) { r.topical_absorption_scale *= absorption_factor_; });
}

void Microneedling::act(Day, std::uint16_t action_id, ScalpEditor& editor) const {
  editor.end_phase_now(Phase::Kenogen, activation_share_, regions_, action_id);
  editor.end_phase_now(Phase::Telogen, activation_share_, regions_, action_id);
}

std::vector<SideEffectWindow> Microneedling::side_effect_windows() const {
  std::vector<SideEffectWindow> out;
  out.reserve(sessions_.size());
  for (Day d : sessions_) {
    out.push_back({d, d + erythema_days_});
  }
  return out;
}

}  // namespace trichosim::treat
