#include "treat/dutasteride.hpp"

#include <array>

#include "treat/androgen_withdrawal.hpp"
#include "treat/dose_response.hpp"
#include "treat/regimen.hpp"

namespace trichosim::treat {

double dutasteride_dht_reduction(const Parameters& p, double dose_mg) {
  const std::array<DosePoint, 5> table = {{
      {0.05, p[Param::dutasteride_dht_reduction_0_05mg]},
      {0.1, p[Param::dutasteride_dht_reduction_0_1mg]},
      {0.5, p[Param::dutasteride_dht_reduction_0_5mg]},
      {2.5, p[Param::dutasteride_dht_reduction_2_5mg]},
      {5.0, p[Param::dutasteride_dht_reduction_5mg]},
  }};
  return interpolate_log_dose(table, dose_mg);
}

std::unique_ptr<Intervention> make_dutasteride(const EventSpec& spec, const Parameters& p) {
  const double dose = spec.number("dose_mg", 0.05, 5.0, "mg per day", 0.5);
  const Regimen regimen = Regimen::read(spec);
  const RegionMask regions = spec.regions("regions", RegionMask::all());
  const Kinetics kinetics{p[Param::dutasteride_dht_onset_days], p[Param::dutasteride_dht_offset_days]};
  return std::make_unique<AndrogenReduction>(
      "dutasteride", regimen, kinetics, dutasteride_dht_reduction(p, dose * regimen.adherence()), regions,
      std::vector<Param>{Param::dutasteride_dht_reduction_0_05mg, Param::dutasteride_dht_reduction_0_1mg,
                         Param::dutasteride_dht_reduction_0_5mg, Param::dutasteride_dht_reduction_2_5mg,
                         Param::dutasteride_dht_reduction_5mg, Param::dutasteride_dht_onset_days,
                         Param::dutasteride_dht_offset_days},
      p);
}

}  // namespace trichosim::treat
