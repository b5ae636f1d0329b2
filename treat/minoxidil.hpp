#pragma once
#include <memory>
#include <string>

#include "core/intervention.hpp"
#include "treat/event_spec.hpp"

namespace trichosim::treat {

/// How minoxidil is taken.
struct MinoxidilProduct {
  std::string route = "topical";       ///< "topical" or "oral"
  double concentration_percent = 5.0;  ///< topical: 1-5 %
  double applications_per_day = 2.0;   ///< topical: 1-2
  std::string form = "solution";       ///< topical: "solution" or "foam"
  double dose_mg = 1.0;                ///< oral: 0.25-5 mg per day
};

/// Strength of a minoxidil product relative to 5 % solution twice daily (= 1), before adherence.
/// Topical: concentration factor (linear through 0 % -> 0, 2 % -> minoxidil.relative_strength_2_percent,
/// 5 % -> 1) x frequency factor (linear from minoxidil.relative_strength_once_daily at 1/day to 1 at 2/day) x
/// form factor (foam: minoxidil.relative_strength_foam). Oral: log-dose interpolation between
/// minoxidil.oral_strength_0_25mg and minoxidil.oral_strength_5mg.
double minoxidil_strength(const Parameters& p, const MinoxidilProduct& product);

/// `type = "minoxidil"`: route ("topical" | "oral", default topical); topical: concentration_percent (1-5,
/// default 5), applications_per_day (1-2, default 2), form ("solution" | "foam"), regions (default all);
/// oral: dose_mg (0.25-5, default 1); both: start_years, stop_years, adherence (fraction of doses taken).
/// Acts on anagen duration, telogen duration (the early shedding after the start), kenogen duration and
/// probability, and follicle size; every effect scales with strength x adherence x the regimen level.
std::unique_ptr<Intervention> make_minoxidil(const EventSpec& spec, const Parameters& p);

}  // namespace trichosim::treat
