#pragma once
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "core/follicle_store.hpp"
#include "core/phase.hpp"
#include "core/region.hpp"
#include "core/scalp_geometry.hpp"
#include "core/units.hpp"

namespace trichosim {

class Simulation;

/// The traits a harvested follicle carries to its new site (donor dominance: its own sensitivity and size).
struct GraftFollicle {
  float size = 1.0F;         ///< relative follicle size at harvest (1 = full terminal)
  float sensitivity = 0.0F;  ///< androgen sensitivity of the donor follicle, kept in the recipient site
  std::uint8_t flags = 0;    ///< FollicleFlag bits of the donor follicle (kVellusBorn kept)
};

/// One harvested follicular unit: its living follicles and where it came from.
struct GraftUnit {
  std::vector<GraftFollicle> follicles;
  MapPoint donor_position;  ///< map position of the donor unit (mm)
};

/// How donor units are chosen: scattered over the donor area (FUE) or as one band (FUT strip).
enum class ExtractionPattern : std::uint8_t { Scattered = 0, Strip = 1 };

/// When implanted shafts are shed: uniformly between `min_days` and `max_days` after implantation.
struct ShedWindow {
  Day min_days = 0.0;
  Day max_days = 0.0;
};

/// The controlled way an intervention acts on the scalp at one instant. Every random choice is keyed by
/// (seed, person, follicle, cycle, EditorAction, action id), so two runs that differ in one action share all
/// other draws; the follicle is its key on the whole scalp (FollicleStore::key), so on part of the scalp
/// end_phase_now and break_anagen_shafts decide for each follicle what they decide on the whole scalp. Words used per
/// follicle and action: end_phase_now and break_anagen_shafts word 0; implant_units words 0 (survival) and 1 (shed day)
/// of the new follicle; extract_units word 3 of the unit's first follicle.
class ScalpEditor {
 public:
  ScalpEditor(Simulation& sim, Day day) : sim_(sim), day_(day) {}

  /// Ends, now, the current phase of each follicle in phase `from` within `regions`, with probability
  /// `probability` (0-1) each; the follicle then moves on by the normal rules (anagen -> catagen: a telogen
  /// effluvium trigger; kenogen -> anagen: an activation). Returns the number of follicles affected.
  std::size_t end_phase_now(Phase from, double probability, RegionMask regions, std::uint16_t action_id);

  /// Anagen effluvium: breaks the shaft of each anagen follicle within `regions` with probability `probability`;
  /// the broken hair counts as shed and the follicle regrows a shaft from `regrowth_delay_days` after now,
  /// staying in anagen; its remaining anagen time is kept and resumes at the regrowth day. Returns the number of
  /// shafts broken.
  std::size_t break_anagen_shafts(double probability, RegionMask regions, Day regrowth_delay_days,
                                  std::uint16_t action_id);

  /// Harvests up to `count` follicular units from `donor` regions: every living follicle of a chosen unit becomes
  /// Lost with the kExtracted flag, and its traits are returned. Only units with at least one living follicle
  /// and no earlier extraction are eligible. Scattered: a uniform random sample (FUE); Strip: the units nearest
  /// the donor area's median row, i.e. one horizontal band (FUT). Returns fewer units when fewer are eligible.
  std::vector<GraftUnit> extract_units(RegionMask donor, std::size_t count, ExtractionPattern pattern,
                                       std::uint16_t action_id);

  /// Implants graft unit k at `positions[k]` (mm, on the scalp; points off the scalp are skipped). Each follicle
  /// gets a new index after all existing ones and the kTransplanted flag, keeps its donor size, sensitivity and
  /// flags, and survives with probability `survival` (0-1; a failed graft is added as Lost so indices do not
  /// depend on survival). A surviving follicle holds a stub shaft in telogen and sheds it within `shed`, then
  /// cycles by the normal rules. Precondition: positions.size() == grafts.size(). Returns surviving follicles.
  std::size_t implant_units(std::span<const MapPoint> positions, std::span<const GraftUnit> grafts, double survival,
                            ShedWindow shed, std::uint16_t action_id);

  Day day() const { return day_; }
  /// The scalp map, for placing grafts.
  const ScalpGeometry& geometry() const;
  /// The follicles as they stand (read-only), for counting and planning.
  const FollicleStore& follicles() const;
  /// Share of follicular units simulated (SimulationOptions::sample_fraction): counts of whole-scalp quantities,
  /// such as a session's graft maximum, scale by it.
  double sample_fraction() const;

 private:
  Simulation& sim_;
  Day day_;
};

}  // namespace trichosim
