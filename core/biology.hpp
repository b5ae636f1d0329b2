#pragma once
#include "core/parameters.hpp"
#include "core/person.hpp"

namespace trichosim {

/// Person-level biology that varies with age: androgen drive and the slow age-related thinning of shafts.
class PersonBiology {
 public:
  PersonBiology(const Person& person, const Parameters& p);

  /// Androgen drive on scalp follicles at `age_years`, relative to a typical adult man (dimensionless):
  /// 0 before androgen onset; men: androgen_level; women: female_relative_drive x androgen_level, raised by
  /// postmenopause_drive_factor from menopause on.
  double androgen_drive(double age_years) const;

  /// Androgen drive on the miniaturisation hazard at `age_years`: androgen_drive times a susceptibility that rises
  /// linearly with the years since androgen onset, 1 + susceptibility_rise_per_year x (age - onset). A constant
  /// hazard makes predisposed men lose their hair within a decade of puberty and the rest never, while every survey
  /// sees prevalence keep rising into old age (docs/model.md, "Age and the miniaturisation hazard").
  double miniaturisation_drive(double age_years) const;

  /// Multiplier (<= 1) on shaft diameter from age-related thinning at `age_years`: one minus the cumulative
  /// decline (integral of the Otsuka & Nemoto rates, linear between tabulated ages, held after 55) over the mean
  /// terminal diameter, floored at 1 - diameter_decline_max_fraction.
  double ageing_diameter_factor(double age_years) const;

  /// Cumulative age-related diameter decline (um) from onset to `age_years`.
  double cumulative_diameter_decline_um(double age_years) const;

 private:
  double onset_age_;
  double susceptibility_rise_;
  double base_drive_;
  double menopause_age_;
  double menopause_factor_;
  bool female_;
  double decline_onset_;
  double rate35_;
  double rate45_;
  double rate55_;
  double terminal_diameter_;
  double max_fraction_;
};

}  // namespace trichosim
