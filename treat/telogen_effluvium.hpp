#pragma once
#include <memory>

#include "core/intervention.hpp"
#include "treat/event_spec.hpp"

namespace trichosim::treat {

/// `type = "telogen_effluvium"`: course ("acute" | "chronic", default acute); trigger ("illness" | "surgery" |
/// "crash_diet" | "stress" | "haemorrhage" | "other", a label: no per-trigger numbers are published);
/// acute: start_years = the trigger day, severity (share of anagen follicles released, 0.01-0.9, default
/// effluvium.acute_anagen_fraction); chronic: start_years, stop_years (the cause removed), anagen_duration_scale
/// (0.1-1, default effluvium.chronic_anagen_scale).
std::unique_ptr<Intervention> make_telogen_effluvium(const EventSpec& spec, const Parameters& p);

}  // namespace trichosim::treat
