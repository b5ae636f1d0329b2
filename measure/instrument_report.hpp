#pragma once
#include <array>
#include <optional>
#include <span>
#include <vector>

#include "measure/counts.hpp"
#include "measure/measurement_error.hpp"
#include "measure/shedding.hpp"
#include "measure/sites.hpp"
#include "measure/trichoscopy.hpp"

namespace trichosim {
class Simulation;
}

namespace trichosim::measure {

/// The instrument a named site is made for: trials count and photograph circles, pathologists cut punches,
/// trichoscopists read fields.
enum class SiteKind : std::uint8_t { TargetArea, Biopsy, Trichoscopy };

/// The kind of a named site.
SiteKind site_kind(NamedSite s);

/// The readings at one named site (only those of its kind are filled).
struct SiteReading {
  NamedSite site = NamedSite::VertexTargetArea;
  MeasurementSite circle;
  std::optional<TargetAreaCount> count;
  std::optional<Phototrichogram> phototrichogram;
  std::optional<HairMass> hair_mass;
  std::optional<BiopsyCounts> biopsy;
  std::optional<Trichoscopy> trichoscopy;
};

/// Pull tests at the four places of the clinical routine (Shapiro 2000): vertex, both parietal areas, occiput.
inline constexpr std::array<Region, 4> kPullTestRegions = {Region::Crown, Region::ParietalLeft, Region::ParietalRight,
                                                           Region::Occipital};

/// Every instrument of one measurement occasion.
struct InstrumentReport {
  double day = 0.0;        ///< simulation day
  double age_years = 0.0;  ///< person's age
  std::vector<SiteReading> sites;
  Shedding shedding;
  std::array<PullTest, 4> pull_tests{};      ///< at kPullTestRegions' centres
  std::optional<RakowskaCriteria> rakowska;  ///< when both trichoscopy fields were read
};

/// Reads `sites` of the live scalp. `shed_per_day` is the whole-scalp shedding rate over the recent window.
/// `with_error` switches the reading error on; its draws are keyed by the run seed, the person, the site and
/// `occasion`.
InstrumentReport measure_instruments(const Simulation& sim, std::span<const NamedSite> sites, double shed_per_day,
                                     bool with_error, std::uint32_t occasion);

}  // namespace trichosim::measure
