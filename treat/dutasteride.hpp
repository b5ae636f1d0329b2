#pragma once
#include <memory>

#include "core/intervention.hpp"
#include "treat/event_spec.hpp"

namespace trichosim::treat {

/// Fractional fall of DHT reaching scalp follicles with dutasteride at `dose_mg` per day (0.05-5 mg),
/// interpolated in log-dose between the registry points dutasteride.dht_reduction_* (Clark 2004 serum DHT at
/// 0.5 and 5 mg; lower doses derived from the Olsen 2006 dose-ranging hair counts).
double dutasteride_dht_reduction(const Parameters& p, double dose_mg);

/// `type = "dutasteride"`: dose_mg (0.05-5, default 0.5), start_years, stop_years, adherence, regions.
/// Its long half-life (4-5 weeks) makes DHT recover slowly after the stop (dutasteride.dht_offset_days).
std::unique_ptr<Intervention> make_dutasteride(const EventSpec& spec, const Parameters& p);

}  // namespace trichosim::treat
