#include "core/biology.hpp"

#include <algorithm>

namespace trichosim {
namespace {

// Integral over [a0, a1] of a rate linear from r0 at a0 to r1 at a1, clipped to [a0, x].
double linear_segment_integral(double a0, double a1, double r0, double r1, double x) {
  if (x <= a0) {
    return 0.0;
  }
  const double end = std::min(x, a1);
  const double r_end = r0 + (r1 - r0) * (end - a0) / (a1 - a0);
  return 0.5 * (r0 + r_end) * (end - a0);
}

}  // namespace

PersonBiology::PersonBiology(const Person& person, const Parameters& p)
    : onset_age_(p[Param::androgen_onset_age_years]),
      susceptibility_rise_(p[Param::miniaturisation_susceptibility_rise_per_year]),
      base_drive_(person.sex == Sex::Male ? person.androgen_level
                                          : person.androgen_level * p[Param::androgen_female_relative_drive]),
      menopause_age_(person.menopause_age_years > 0.0 ? person.menopause_age_years
                                                      : p[Param::androgen_menopause_age_years]),
      menopause_factor_(p[Param::androgen_postmenopause_drive_factor]),
      female_(person.sex == Sex::Female),
      decline_onset_(p[Param::ageing_diameter_decline_onset_years]),
      rate35_(female_ ? p[Param::ageing_diameter_decline_um_per_year_female_35]
                      : p[Param::ageing_diameter_decline_um_per_year_male_35]),
      rate45_(female_ ? p[Param::ageing_diameter_decline_um_per_year_female_45]
                      : p[Param::ageing_diameter_decline_um_per_year_male_45]),
      rate55_(female_ ? p[Param::ageing_diameter_decline_um_per_year_female_55]
                      : p[Param::ageing_diameter_decline_um_per_year_male_55]),
      terminal_diameter_(p[Param::shaft_terminal_diameter_mean_um]),
      max_fraction_(p[Param::ageing_diameter_decline_max_fraction]) {}

double PersonBiology::androgen_drive(double age_years) const {
  if (age_years < onset_age_) {
    return 0.0;
  }
  if (female_ && age_years >= menopause_age_) {
    return base_drive_ * menopause_factor_;
  }
  return base_drive_;
}

double PersonBiology::miniaturisation_drive(double age_years) const {
  const double drive = androgen_drive(age_years);
  return drive > 0.0 ? drive * (1.0 + susceptibility_rise_ * (age_years - onset_age_)) : 0.0;
}

double PersonBiology::cumulative_diameter_decline_um(double age_years) const {
  // Tabulated rates at 35, 45, 55 years; zero at the onset age; constant after 55.
  constexpr double kAge35 = 35.0;
  constexpr double kAge45 = 45.0;
  constexpr double kAge55 = 55.0;
  double total = linear_segment_integral(decline_onset_, kAge35, 0.0, rate35_, age_years);
  total += linear_segment_integral(kAge35, kAge45, rate35_, rate45_, age_years);
  total += linear_segment_integral(kAge45, kAge55, rate45_, rate55_, age_years);
  if (age_years > kAge55) {
    total += rate55_ * (age_years - kAge55);
  }
  return total;
}

double PersonBiology::ageing_diameter_factor(double age_years) const {
  const double fraction = cumulative_diameter_decline_um(age_years) / terminal_diameter_;
  return 1.0 - std::min(fraction, max_fraction_);
}

}  // namespace trichosim
