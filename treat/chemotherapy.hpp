#pragma once
#include <memory>

#include "core/intervention.hpp"
#include "treat/event_spec.hpp"

namespace trichosim::treat {

/// `type = "chemotherapy"` (anagen effluvium, procedures.md 5.3): start_years, stop_years (required: the last
/// dose), cycle_days (7-42, default chemotherapy.cycle_days), severity (share of anagen shafts broken per cycle,
/// 0.05-1, default chemotherapy.anagen_break_fraction). From chemotherapy.onset_days after the start and then
/// once per cycle until the stop, anagen shafts break; the follicles stay in anagen and regrow a shaft from
/// chemotherapy.regrowth_start_days after the stop.
std::unique_ptr<Intervention> make_chemotherapy(const EventSpec& spec, const Parameters& p);

}  // namespace trichosim::treat
