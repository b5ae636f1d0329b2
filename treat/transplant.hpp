#pragma once
#include <cstddef>
#include <vector>

#include "core/intervention.hpp"
#include "core/scalp_editor.hpp"
#include "treat/event_spec.hpp"

namespace trichosim::treat {

/// How grafts are harvested: follicular unit excision (scattered punches) or follicular unit transplantation
/// (one strip, leaving a linear scar).
enum class TransplantMethod : std::uint8_t { Fue = 0, Fut = 1 };

/// What one session did, filled in when it runs (for planners and tests).
struct TransplantReport {
  Day day = 0.0;
  std::size_t grafts_requested = 0;
  std::size_t grafts_extracted = 0;      ///< follicular units harvested from the occipital donor region
  std::size_t follicles_implanted = 0;   ///< follicles placed (surviving or not)
  std::size_t follicles_surviving = 0;   ///< follicles that took
  std::size_t shock_loss_follicles = 0;  ///< native recipient anagen follicles pushed out of anagen
};

/// One hair-transplant session (docs/model.md, "Hair transplantation"). Follicular units are harvested from the
/// occipital (donor) region and implanted front to back in the recipient regions at transplant.recipient_fu_per_cm2;
/// each follicle keeps its donor traits — androgen sensitivity and size (donor dominance) — and survives with the
/// method's graft survival. Implanted shafts shed 2-4 weeks later and the follicles rest before regrowing.
///
/// ```toml
/// [[events]]
/// type = "transplant"
/// method = "fue"                 # fue | fut
/// grafts = 2000                  # follicular units, 1-3600 (with harvest = "grafts", the default)
/// harvest = "grafts"             # optional: grafts | session_limit (the donor's safe per-session share of its
///                                #   units, transplant.donor_session_extraction_fraction, at most
///                                #   transplant.max_grafts_per_session; then no grafts field)
/// recipient = ["frontal_hairline", "mid_scalp"]
/// start_years = 1
/// density_fu_per_cm2 = 30        # optional, 10-60
/// ```
class Transplant final : public Intervention {
 public:
  Transplant(const EventSpec& spec, const Parameters& params);
  /// Direct construction (planners): method, grafts, recipient regions, session day, implant density (FU/cm²).
  Transplant(TransplantMethod method, std::size_t grafts, RegionMask recipient, Day day, double fu_per_cm2,
             const Parameters& params);

  std::string_view name() const override { return "transplant"; }
  std::vector<Param> registry_keys() const override;
  std::vector<Day> change_days() const override;
  void modify(Day t, const Person& person, RegionalModifiers& m) const override;
  std::vector<Day> action_days() const override { return {day_}; }
  void act(Day t, std::uint16_t action_id, ScalpEditor& editor) const override;

  TransplantMethod method() const { return method_; }
  /// Grafts requested; 0 with harvest = "session_limit" (the count is known only at the session).
  std::size_t grafts() const { return grafts_; }
  /// True when the session harvests the donor's safe per-session limit instead of a set count.
  bool harvests_session_limit() const { return session_limit_; }
  RegionMask recipient() const { return recipient_; }
  Day day() const { return day_; }
  double survival() const { return survival_; }
  /// Filled in when the session runs.
  const TransplantReport& report() const { return report_; }

 private:
  void init(const Parameters& p);

  TransplantMethod method_;
  std::size_t grafts_;
  RegionMask recipient_;
  Day day_;
  double fu_per_cm2_;
  double survival_ = 0.0;
  ShedWindow shed_;
  double dormancy_scale_ = 1.0;
  double shock_share_ = 0.0;
  bool session_limit_ = false;
  double session_fraction_ = 0.0;
  double max_grafts_per_session_ = 0.0;
  mutable TransplantReport report_;
};

/// The donor's safe per-session extraction limit: `fraction` (transplant.donor_session_extraction_fraction) of the
/// follicular units of the occipital region that hold a living follicle and were never harvested, rounded.
std::size_t donor_session_limit(const FollicleStore& follicles, double fraction);

/// Recipient sites for `count` graft units: a square lattice at `fu_per_cm2` over the recipient regions, filled from
/// the front (smallest y) backwards, with further interleaved lattices if one is not enough. Deterministic.
std::vector<MapPoint> recipient_sites(const ScalpGeometry& geometry, RegionMask recipient, std::size_t count,
                                      double fu_per_cm2);

}  // namespace trichosim::treat
