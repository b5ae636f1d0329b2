#pragma once
#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "core/intervention.hpp"
#include "treat/event_spec.hpp"
#include "treat/pigment_fading.hpp"

namespace trichosim::treat {

/// One micropigmentation session: when, the share of the target dots it adds, and its shade.
struct PigmentSession {
  Day day = 0.0;
  double added_fraction = 0.0;  ///< share of the target dots placed in this session (0-1)
  double shade = 1.0;           ///< contrast of its pigment (0-1; lighter first)
};

/// Scalp micropigmentation (docs/model.md, "Scalp micropigmentation"): sessions of pigment dots that imitate
/// shaved follicular units. It changes no follicle; it carries the pigment, read by the visual density score
/// (visual_density_score below; the trial instrument in trial/endpoints.cpp). Session k of n adds the dots Liu 2025's
/// curve gives (30 % -> 70 % -> 100 % of the target for three, smp.density_session_1/2) in a shade from
/// smp.shade_contrast_lightest to 1; each session's dots lose part of their visibility when the scab sheds and then
/// fade slowly (PigmentFading).
///
/// ```toml
/// [[events]]
/// type = "micropigmentation"
/// start_years = 0                 # first session
/// sessions = 3                    # optional, 1-6
/// interval_days = 14              # optional, 7-60 (default smp.session_interval_days)
/// regions = ["crown", "mid_scalp"]
/// ```
class Micropigmentation final : public Intervention {
 public:
  Micropigmentation(const EventSpec& spec, const Parameters& params);
  /// Direct construction: first session day, session count, days between sessions, regions, and whether the
  /// pigment lies in scar tissue (fades smp.scar_fade_factor times faster; not a scenario field yet).
  Micropigmentation(Day start, int sessions, Day interval_days, RegionMask regions, bool scar,
                    const Parameters& params);

  std::string_view name() const override { return "micropigmentation"; }
  std::vector<Param> registry_keys() const override;
  std::vector<Day> change_days() const override { return {}; }
  void modify(Day, const Person&, RegionalModifiers&) const override {}

  /// Pigment coverage of region `r` at day `t`: the summed visibility of the dots placed by then over the target
  /// dots (0-1); 0 in regions not pigmented.
  double coverage(Day t, Region r) const;
  const std::vector<PigmentSession>& sessions() const { return sessions_; }
  RegionMask regions() const { return regions_; }

 private:
  void init(Day start, int sessions, Day interval_days, const Parameters& p);

  std::vector<PigmentSession> sessions_;
  RegionMask regions_;
  bool scar_ = false;
  PigmentFading fading_;
};

/// Pigment coverage (0-1) of region `r` at day `t` from the micropigmentation events among `interventions`;
/// several events add up to at most 1.
double pigment_coverage(std::span<const std::unique_ptr<Intervention>> interventions, Day t, Region r);

/// Visual density score (0-10) of an area whose pigment covers `pigment_coverage` (0-1) of the target dots and
/// whose remaining hair has `hair_relative_density` (0-1, of normal; above 1 counts as 1): 10 x (p + h - p h), the
/// union of two independent covers. A modelling choice (docs/model.md, "Scalp micropigmentation"), not a published
/// formula; shared by the trial instrument and the consultation.
double visual_density_score(double pigment_coverage, double hair_relative_density);

}  // namespace trichosim::treat
