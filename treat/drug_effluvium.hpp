#pragma once
#include <memory>

#include "core/intervention.hpp"
#include "treat/event_spec.hpp"

namespace trichosim::treat {

/// Medication-induced telogen effluvium (procedures.md 5.1): `type = "beta_blocker"`, `"antidepressant"`,
/// `"retinoid"` or `"anticoagulant"`; start_years, stop_years = the drug stopped. Models a person who reacts
/// (per-class frequencies were not found): anagen shortened by drug_effluvium.anagen_scale while taken, so
/// shedding rises 1-6 months after the start (from the cycle) and recovers after the stop.
std::unique_ptr<Intervention> make_drug_effluvium(const EventSpec& spec, const Parameters& p);

}  // namespace trichosim::treat
