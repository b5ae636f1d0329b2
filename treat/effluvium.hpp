#pragma once
#include <limits>
#include <string>
#include <vector>

#include "core/intervention.hpp"

namespace trichosim::treat {

/// The two telogen-effluvium mechanisms every shedding cause is built from (Headington 1993, Rebora 2016 via
/// procedures.md 5.1):
///  - a shock: a share of anagen follicles ends anagen at once (immediate anagen release), on one day or spread in
///    weekly steps over a release window; the club hairs are shed after catagen and telogen, so the shedding lag
///    (~3-4 months) emerges from the cycle;
///  - a chronic shortening: while the cause lasts, anagen durations are multiplied by a scale < 1 (short
///    anagen), raising the telogen share; when it ends the scale returns to 1 and density recovers over cycles.
struct EffluviumSpec {
  std::string name;                                          ///< event type, e.g. "postpartum"
  Day shock_day = std::numeric_limits<double>::quiet_NaN();  ///< NaN: no shock
  double shock_fraction = 0.0;                               ///< share of anagen follicles, 0-1
  Day shock_window_days = 0.0;  ///< 0: all on shock_day; else weekly steps, each at the middle of its week
  Day chronic_from = std::numeric_limits<double>::quiet_NaN();  ///< NaN: no chronic part
  Day chronic_until = std::numeric_limits<double>::infinity();  ///< end of the chronic part
  double anagen_scale = 1.0;                                    ///< multiplier on anagen duration, 0-1
  std::vector<Param> keys;                                      ///< registry keys read
};

/// A cause of shedding made of a shock and/or a chronic anagen shortening over the whole scalp.
class Effluvium final : public Intervention {
 public:
  explicit Effluvium(EffluviumSpec spec) : spec_(std::move(spec)) {}

  std::string_view name() const override { return spec_.name; }
  std::vector<Param> registry_keys() const override { return spec_.keys; }
  std::vector<Day> change_days() const override;
  void modify(Day t, const Person& person, RegionalModifiers& m) const override;
  std::vector<Day> action_days() const override;
  bool acts_per_follicle() const override { return true; }
  void act(Day t, std::uint16_t action_id, ScalpEditor& editor) const override;

  const EffluviumSpec& spec() const { return spec_; }

  /// Share of the anagen follicles present at one release step that the step releases: the steps compound to
  /// shock_fraction, 1 - (1 - q)^steps = shock_fraction.
  double release_per_step() const;

 private:
  EffluviumSpec spec_;
};

}  // namespace trichosim::treat
