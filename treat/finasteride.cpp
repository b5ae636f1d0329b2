#include "treat/finasteride.hpp"

#include <array>

#include "treat/androgen_withdrawal.hpp"
#include "treat/dose_response.hpp"
#include "treat/regimen.hpp"

namespace trichosim::treat {

double finasteride_scalp_dht_reduction(const Parameters& p, double dose_mg) {
  const double placebo = 1.0 + p[Param::finasteride_scalp_dht_change_placebo];
  auto net = [&](Param change) { return 1.0 - (1.0 + p[change]) / placebo; };
  const std::array<DosePoint, 5> table = {{
      {0.01, net(Param::finasteride_scalp_dht_change_0_01mg)},
      {0.05, net(Param::finasteride_scalp_dht_change_0_05mg)},
      {0.2, net(Param::finasteride_scalp_dht_change_0_2mg)},
      {1.0, net(Param::finasteride_scalp_dht_change_1mg)},
      {5.0, net(Param::finasteride_scalp_dht_change_5mg)},
  }};
  return interpolate_log_dose(table, dose_mg);
}

std::unique_ptr<Intervention> make_finasteride(const EventSpec& spec, const Parameters& p) {
  const double dose = spec.number("dose_mg", 0.01, 5.0, "mg per day", 1.0);
  const Regimen regimen = Regimen::read(spec);
  const RegionMask regions = spec.regions("regions", RegionMask::all());
  const Kinetics kinetics{p[Param::finasteride_dht_onset_days], p[Param::finasteride_dht_offset_days]};
  return std::make_unique<AndrogenReduction>(
      "finasteride", regimen, kinetics, finasteride_scalp_dht_reduction(p, dose * regimen.adherence()), regions,
      std::vector<Param>{Param::finasteride_scalp_dht_change_placebo, Param::finasteride_scalp_dht_change_0_01mg,
                         Param::finasteride_scalp_dht_change_0_05mg, Param::finasteride_scalp_dht_change_0_2mg,
                         Param::finasteride_scalp_dht_change_1mg, Param::finasteride_scalp_dht_change_5mg,
                         Param::finasteride_dht_onset_days, Param::finasteride_dht_offset_days},
      p);
}

}  // namespace trichosim::treat
