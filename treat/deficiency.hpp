#pragma once
#include <memory>

#include "core/intervention.hpp"
#include "treat/event_spec.hpp"

namespace trichosim::treat {

/// Anagen-duration multiplier for a measured level: 1 at or above `adequate`, 1 - max_shortening at or below
/// `deficient`, linear between. Example (adequate 40, deficient 15, max 0.4): 27.5 -> 0.8.
double deficiency_anagen_scale(double level, double adequate, double deficient, double max_shortening);

/// Nutritional deficiencies as chronic telogen-type shedding while they last (procedures.md 5.4); correcting
/// the deficiency is stop_years.
///  - `type = "iron_deficiency"`: ferritin_ng_per_ml (1-300, required);
///  - `type = "vitamin_d_deficiency"`: vitamin_d_ng_per_ml (1-150, required; evidence associational only);
///  - `type = "protein_deficiency"`: no level (no threshold published); anagen scale deficiency.protein_anagen_scale.
std::unique_ptr<Intervention> make_deficiency(const EventSpec& spec, const Parameters& p);

}  // namespace trichosim::treat
