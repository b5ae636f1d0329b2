#pragma once
#include <memory>

#include "core/intervention.hpp"
#include "treat/event_spec.hpp"

namespace trichosim::treat {

/// Fractional fall of the androgen signal at follicles with spironolactone (an androgen-receptor blocker) at
/// `dose_mg` per day: an Emax curve max x dose / (dose + half_effect_dose). With the fitted registry values (1, 1 mg,
/// both at their bounds: docs/model.md) 25 mg -> 0.96, 100 mg -> 0.99.
double spironolactone_androgen_reduction(const Parameters& p, double dose_mg);

/// `type = "spironolactone"` (women; procedures.md 4.3): dose_mg (25-200, default 100), start_years,
/// stop_years, adherence. For a man the same arithmetic applies; it is not a male treatment.
std::unique_ptr<Intervention> make_spironolactone(const EventSpec& spec, const Parameters& p);

}  // namespace trichosim::treat
