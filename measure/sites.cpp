#include "measure/sites.hpp"

#include <cmath>
#include <numbers>

#include "core/units.hpp"

namespace trichosim::measure {

std::optional<NamedSite> parse_site(std::string_view name) {
  for (std::size_t i = 0; i < kNamedSiteCount; ++i) {
    if (kNamedSiteNames[i] == name) {
      return static_cast<NamedSite>(i);
    }
  }
  return std::nullopt;
}

MeasurementSite circle_of_area(MapPoint centre, double area_cm2) {
  return {centre, std::sqrt(area_cm2 * kMm2PerCm2 / std::numbers::pi)};
}

MeasurementSite site_on(NamedSite s, const ScalpGeometry& g, const Parameters& p) {
  const double length = g.length_mm();
  const MapPoint crown{0.0, p[Param::geometry_crown_centre] * length};
  const MapPoint frontal{0.0, p[Param::measure_site_frontal_depth] * length};
  const MapPoint occipital{0.0, p[Param::measure_site_occipital_depth] * length};
  const double unit_circle = p[Param::measure_site_unit_circle_area_cm2];
  const double punch_radius = 0.5 * p[Param::measure_biopsy_punch_diameter_mm];
  const double field = p[Param::measure_trichoscopy_field_area_cm2];
  switch (s) {
    case NamedSite::VertexTargetArea: {
      const double forward = p[Param::measure_site_target_area_offset] * p[Param::geometry_crown_radius] * length;
      return {{0.0, crown.y_mm - forward}, 0.5 * p[Param::measure_site_target_area_diameter_mm]};
    }
    case NamedSite::VertexCircle:
      return circle_of_area(crown, unit_circle);
    case NamedSite::FrontalCircle:
      return circle_of_area(frontal, unit_circle);
    case NamedSite::VertexBiopsy:
      return {crown, punch_radius};
    case NamedSite::OccipitalBiopsy:
      return {occipital, punch_radius};
    case NamedSite::FrontalTrichoscopy:
      return circle_of_area(frontal, field);
    case NamedSite::OccipitalTrichoscopy:
      return circle_of_area(occipital, field);
  }
  return {};
}

}  // namespace trichosim::measure
