#pragma once
#include <memory>

#include "core/intervention.hpp"
#include "treat/event_spec.hpp"

namespace trichosim::treat {

/// `type = "postpartum"`: start_years = delivery; severity (0.01-0.9, default effluvium.postpartum_anagen_fraction):
/// the anagen prolonged by pregnancy ends after delivery, spread in weekly steps over
/// effluvium.postpartum_release_window_days.
std::unique_ptr<Intervention> make_postpartum(const EventSpec& spec, const Parameters& p);

}  // namespace trichosim::treat
