#pragma once
#include <array>
#include <optional>
#include <string_view>

#include "core/parameters.hpp"
#include "core/scalp_geometry.hpp"
#include "measure/follicle_view.hpp"

namespace trichosim::measure {

/// The named measurement sites of clinics and trials (docs/measurement.md, "Sites").
enum class NamedSite : std::uint8_t {
  VertexTargetArea = 0,      ///< 1-inch (5.07 cm²) circle at the anterior edge of the vertex (finasteride trials)
  VertexCircle = 1,          ///< 1-cm² circle at the crown centre (Van Neste 2000 phototrichogram)
  FrontalCircle = 2,         ///< 1-cm² circle on the mid-frontal scalp (Leyden 1999)
  VertexBiopsy = 3,          ///< 4-mm punch at the crown centre
  OccipitalBiopsy = 4,       ///< 4-mm punch in the occiput
  FrontalTrichoscopy = 5,    ///< frontal trichoscopy field (Rakowska 2009)
  OccipitalTrichoscopy = 6,  ///< occipital trichoscopy field (Rakowska 2009)
};

inline constexpr std::size_t kNamedSiteCount = 7;
inline constexpr std::array<std::string_view, kNamedSiteCount> kNamedSiteNames = {
    "vertex_target_area", "vertex_circle",       "frontal_circle",       "vertex_biopsy",
    "occipital_biopsy",   "frontal_trichoscopy", "occipital_trichoscopy"};

constexpr std::string_view site_name(NamedSite s) { return kNamedSiteNames[static_cast<std::size_t>(s)]; }

/// Parses a site name ("vertex_target_area", ...); nullopt when unknown.
std::optional<NamedSite> parse_site(std::string_view name);

/// The circle of a named site on this scalp, from the geometry and the registry's measure.site_* entries.
MeasurementSite site_on(NamedSite s, const ScalpGeometry& geometry, const Parameters& p);

/// A circle of `area_cm2` centred at `centre`. Example: `circle_of_area({0, 100}, 1.0)` has radius 5.64 mm.
MeasurementSite circle_of_area(MapPoint centre, double area_cm2);

}  // namespace trichosim::measure
