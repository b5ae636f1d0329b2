#pragma once
#include <cstdint>
#include <vector>

#include "core/simulation.hpp"
#include "render/hair_flow.hpp"
#include "render/style.hpp"

namespace trichosim::render {

/// Diameter class of a shaft, by the registry's thresholds (shaft.vellus_max_diameter_um,
/// shaft.terminal_min_diameter_um).
enum class HairClass : std::uint8_t { Vellus = 0, Intermediate = 1, Terminal = 2 };

/// One visible hair as the pictures draw it.
struct HairSample {
  std::uint32_t follicle = 0;
  MapPoint root;           ///< its follicular unit's position on the map (mm)
  Direction direction;     ///< which way it lies on the map (flow convention + keyed jitter)
  double length_mm = 0.0;  ///< shaft length, capped at the style's cut length
  double lie = 1.0;        ///< share of the length seen from above (0.55-1; hair stands up a little), keyed
  double diameter_um = 0.0;
  HairClass hair_class = HairClass::Terminal;
  bool grey = false;  ///< drawn unpigmented (style.grey_fraction, keyed per follicle)
};

/// Every follicle that holds a shaft now, with its drawing attributes. Randomness (angle jitter, lie, greying)
/// comes from the Philox draw at DrawSite::RenderHair keyed by (seed, person, follicle), so a hair keeps its
/// angle from one observation to the next and the pictures of a seed are identical run to run.
/// `combed_back` replaces the flow with "towards the nape" (the hairline view's convention).
std::vector<HairSample> sample_hairs(const Simulation& sim, const ScalpStyle& style, bool combed_back = false);

/// Diameter class of a shaft diameter (um) under the simulation's registry thresholds.
HairClass classify(const Parameters& p, double diameter_um);

}  // namespace trichosim::render
