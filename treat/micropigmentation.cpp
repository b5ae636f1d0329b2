#include "treat/micropigmentation.hpp"

#include <algorithm>
#include <cmath>
#include <sstream>

#include "core/input_error.hpp"

namespace trichosim::treat {

Micropigmentation::Micropigmentation(const EventSpec& spec, const Parameters& p) : fading_(p) {
  const double sessions = spec.number("sessions", 1.0, 6.0, "sessions", 3.0);
  if (sessions != std::round(sessions)) {
    std::ostringstream os;
    os << spec.where() << ".sessions = " << sessions << ": must be a whole number of sessions, 1-6";
    throw InputError(os.str());
  }
  const Day interval = spec.number("interval_days", 7.0, 60.0, "days", p[Param::smp_session_interval_days]);
  if (!spec.has("regions")) {
    throw InputError(spec.where() + ".regions: missing; give a list of regions to pigment, e.g. [\"crown\"]");
  }
  regions_ = spec.regions("regions", RegionMask::all());
  // Pigment over scar tissue (a strip or FUE scars) fades faster (smp.scar_fade_factor).
  scar_ = spec.flag("scar", false);
  init(spec.start_day(), static_cast<int>(sessions), interval, p);
}

Micropigmentation::Micropigmentation(Day start, int sessions, Day interval_days, RegionMask regions, bool scar,
                                     const Parameters& p)
    : regions_(regions), scar_(scar), fading_(p) {
  init(start, sessions, interval_days, p);
}

void Micropigmentation::init(Day start, int sessions, Day interval_days, const Parameters& p) {
  double placed = 0.0;
  for (int k = 1; k <= sessions; ++k) {
    const double cumulative = cumulative_fraction(k, sessions, p);
    sessions_.push_back({start + interval_days * (k - 1), cumulative - placed, session_shade(k, sessions, p)});
    placed = cumulative;
  }
}

std::vector<Param> Micropigmentation::registry_keys() const {
  return {Param::smp_density_session_1, Param::smp_density_session_2,    Param::smp_shade_contrast_lightest,
          Param::smp_healing_retention, Param::smp_healing_days,         Param::smp_fade_half_life_years,
          Param::smp_scar_fade_factor,  Param::smp_session_interval_days};
}

double Micropigmentation::coverage(Day t, Region r) const {
  if (!regions_.contains(r)) {
    return 0.0;
  }
  double c = 0.0;
  for (const PigmentSession& s : sessions_) {
    c += s.added_fraction * fading_.visibility(s.shade, s.day, t, scar_);
  }
  return c;
}

double pigment_coverage(std::span<const std::unique_ptr<Intervention>> interventions, Day t, Region r) {
  double coverage = 0.0;
  for (const auto& iv : interventions) {
    if (const auto* smp = dynamic_cast<const Micropigmentation*>(iv.get())) {
      coverage += smp->coverage(t, r);
    }
  }
  return std::min(1.0, coverage);
}

double visual_density_score(double pigment_coverage, double hair_relative_density) {
  constexpr double kScale = 10.0;
  const double p = std::clamp(pigment_coverage, 0.0, 1.0);
  const double h = std::clamp(hair_relative_density, 0.0, 1.0);
  return kScale * (p + h - p * h);
}

}  // namespace trichosim::treat
