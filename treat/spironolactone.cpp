#include "treat/spironolactone.hpp"

#include "treat/androgen_withdrawal.hpp"
#include "treat/regimen.hpp"

namespace trichosim::treat {

double spironolactone_androgen_reduction(const Parameters& p, double dose_mg) {
  const double half = p[Param::spironolactone_half_effect_dose_mg];
  return p[Param::spironolactone_max_androgen_reduction] * dose_mg / (dose_mg + half);
}

std::unique_ptr<Intervention> make_spironolactone(const EventSpec& spec, const Parameters& p) {
  const double dose = spec.number("dose_mg", 25.0, 200.0, "mg per day", 100.0);
  const Regimen regimen = Regimen::read(spec);
  const Kinetics kinetics{p[Param::spironolactone_onset_days], p[Param::spironolactone_offset_days]};
  return std::make_unique<AndrogenReduction>(
      "spironolactone", regimen, kinetics, spironolactone_androgen_reduction(p, dose * regimen.adherence()),
      RegionMask::all(),
      std::vector<Param>{Param::spironolactone_max_androgen_reduction, Param::spironolactone_half_effect_dose_mg,
                         Param::spironolactone_onset_days, Param::spironolactone_offset_days},
      p);
}

}  // namespace trichosim::treat
