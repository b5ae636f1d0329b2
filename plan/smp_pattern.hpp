#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/parameters.hpp"
#include "core/scalp_geometry.hpp"
#include "core/units.hpp"
#include "treat/pigment_fading.hpp"

namespace trichosim::plan {

/// One pigment dot of scalp micropigmentation: its own data, not a follicle.
struct PigmentDot {
  MapPoint position;         ///< on the scalp map (mm)
  float diameter_mm = 0.5F;  ///< healed dot diameter
  float depth_mm = 0.3F;     ///< pigment depth below the surface
  float shade = 1.0F;        ///< visual contrast of the pigment, 0 (invisible) to 1 (darkest shade)
  std::uint8_t session = 0;  ///< 0-based session that placed it
  std::uint16_t area = 0;    ///< index of the area it belongs to
};

/// An area being pigmented: a region of the map or a scar.
struct SmpArea {
  std::string name;
  bool scar = false;            ///< scar tissue fades faster (smp.scar_fade_factor)
  std::size_t target_dots = 0;  ///< dots at 100% of the target density
  double area_cm2 = 0.0;        ///< target_dots x lattice cell area
};

/// One session of the pattern.
struct SmpSessionSpec {
  Day day = 0.0;
  double cumulative_fraction = 0.0;  ///< share of target dots placed once this session is done
  double shade = 1.0;                ///< contrast of this session's pigment
};

// The fading of a dot and the session curve are shared with the micropigmentation event (treat/pigment_fading.hpp).
using treat::cumulative_fraction;
using treat::PigmentFading;
using treat::session_shade;

/// The dots of a plan: the target lattice of every area, each point assigned to the session that places it.
class SmpPattern {
 public:
  /// `area_of(p)` returns the area index of a map point or -1 outside every area. The lattice spacing is
  /// smp.dot_spacing_mm / sqrt(target_density); dot diameter grows with depth beyond smp.depth_min_mm.
  SmpPattern(const ScalpGeometry& geometry, std::vector<SmpArea> areas, const std::function<int(MapPoint)>& area_of,
             double target_density, double depth_mm, std::vector<SmpSessionSpec> sessions, const Parameters& p);

  const std::vector<PigmentDot>& dots() const { return dots_; }
  const std::vector<SmpArea>& areas() const { return areas_; }
  const std::vector<SmpSessionSpec>& sessions() const { return sessions_; }
  /// Dots placed by session s (0-based) in area a.
  std::size_t dots_placed(std::size_t session, std::size_t area) const;

  /// Pigment coverage of area a at day t: summed dot visibility over target dots (0-1).
  double pigment_coverage(std::size_t area, Day t, const PigmentFading& fading) const;
  /// Visual density score (0-10) of area a: 10 x min(1, pigment coverage + hair_units_per_cm2 / target dots per cm²),
  /// hair counting each follicular unit with a visible shaft as one dot.
  double visual_density_score(std::size_t area, Day t, const PigmentFading& fading, double hair_units_per_cm2) const;

 private:
  std::vector<SmpArea> areas_;
  std::vector<SmpSessionSpec> sessions_;
  std::vector<PigmentDot> dots_;
  double dots_per_cm2_ = 0.0;
};

}  // namespace trichosim::plan
