#pragma once
#include <cstdint>
#include <span>
#include <vector>

#include "core/phase.hpp"
#include "core/region.hpp"
#include "core/scalp_geometry.hpp"

namespace trichosim {
class Simulation;
}

namespace trichosim::measure {

/// One follicle as the instruments see it at the moment of measurement. Instruments are pure functions over
/// spans of these, so a test can feed a hand-made list; `view_scalp` reads them from a live simulation.
struct FollicleView {
  MapPoint position;               ///< position of the follicle's unit on the map (mm)
  std::uint32_t unit = 0;          ///< follicular-unit index (follicles sharing one skin opening)
  Region region = Region::Crown;   ///< region of the unit
  Phase phase = Phase::Kenogen;    ///< phase now
  double diameter_um = 0.0;        ///< shaft diameter (0 without a shaft)
  double length_um = 0.0;          ///< visible shaft length, uncut (um)
  double growth_um_per_day = 0.0;  ///< growth rate of the shaft (um/day); it lengthens only in anagen
  double days_left = 0.0;          ///< days until the follicle's next transition (>= 0)
  double anagen_mean_days = 0.0;   ///< mean anagen duration of this follicle's next/current cycle (day)

  bool shaft_broken = false;  ///< an anagen follicle whose shaft broke off and has not regrown (chemotherapy)

  /// True when the follicle holds a shaft (anagen, catagen or telogen) that has not broken off.
  bool has_hair() const { return has_shaft(phase) && !shaft_broken; }
};

/// Every follicle of the simulated scalp at the simulation's current day, in follicle order.
std::vector<FollicleView> view_scalp(const Simulation& sim);

/// A circular measurement site on the scalp map.
struct MeasurementSite {
  MapPoint centre;         ///< centre on the map (mm)
  double radius_mm = 0.0;  ///< circle radius (mm)

  /// Area of the circle (cm²). Example: radius 12.7 mm -> 5.07 cm².
  double area_cm2() const;
  /// True when `p` lies inside the circle.
  bool contains(MapPoint p) const;
};

/// The follicles whose unit lies inside `site`, in input order.
std::vector<FollicleView> select_site(std::span<const FollicleView> follicles, const MeasurementSite& site);

}  // namespace trichosim::measure
