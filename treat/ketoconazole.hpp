#pragma once
#include <memory>

#include "core/intervention.hpp"
#include "treat/event_spec.hpp"

namespace trichosim::treat {

/// Fractional fall of the androgen signal with 2 % ketoconazole shampoo used `times_per_week` (0-7):
/// ketoconazole.androgen_reduction_per_weekly_use x min(times, ketoconazole.max_effective_uses_per_week).
/// No effect sizes were retrieved (science.md Gaps 10): the per-use value is an assumption.
double ketoconazole_androgen_reduction(const Parameters& p, double times_per_week);

/// `type = "ketoconazole"`: times_per_week (1-7, default 3), start_years, stop_years, adherence (fraction of
/// planned washes done), regions (default all).
std::unique_ptr<Intervention> make_ketoconazole(const EventSpec& spec, const Parameters& p);

}  // namespace trichosim::treat
