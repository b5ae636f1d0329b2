#pragma once
#include <memory>

#include "core/intervention.hpp"
#include "treat/event_spec.hpp"

namespace trichosim::treat {

/// Fractional fall of scalp-skin DHT attributable to finasteride at `dose_mg` per day (0-5 mg), net of the
/// placebo arm: 1 - (1 + change at dose) / (1 + change on placebo), with the change at dose interpolated in
/// log-dose between the Drake 1999 arms (finasteride.scalp_dht_change_*). Example: 1 mg -> 1 - 0.359/0.87 = 0.587.
double finasteride_scalp_dht_reduction(const Parameters& p, double dose_mg);

/// `type = "finasteride"`: dose_mg (0.01-5, default 1), start_years, stop_years, adherence (fraction of daily
/// doses taken; the mean daily dose dose_mg x adherence enters the dose-response), regions (default all).
std::unique_ptr<Intervention> make_finasteride(const EventSpec& spec, const Parameters& p);

}  // namespace trichosim::treat
