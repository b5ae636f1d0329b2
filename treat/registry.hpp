#pragma once
#include <memory>
#include <string>
#include <vector>

#include "core/intervention.hpp"
#include "treat/event_spec.hpp"

namespace trichosim::treat {

/// Names of every event type a scenario may schedule, in the order of the explicit list in registry.cpp.
std::vector<std::string> known_event_types();

/// Builds the intervention for one scenario event. Throws InputError for an unknown type (listing the known
/// ones) or a bad field (naming it, its value and the allowed range).
std::unique_ptr<Intervention> make_intervention(const EventSpec& spec, const Parameters& params);

}  // namespace trichosim::treat
