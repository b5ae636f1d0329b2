#include "treat/ketoconazole.hpp"

#include <algorithm>

#include "treat/androgen_withdrawal.hpp"
#include "treat/regimen.hpp"

namespace trichosim::treat {

double ketoconazole_androgen_reduction(const Parameters& p, double times_per_week) {
  const double uses = std::min(times_per_week, p[Param::ketoconazole_max_effective_uses_per_week]);
  return p[Param::ketoconazole_androgen_reduction_per_weekly_use] * std::max(0.0, uses);
}

std::unique_ptr<Intervention> make_ketoconazole(const EventSpec& spec, const Parameters& p) {
  const Regimen regimen = Regimen::read(spec, "times_per_week", 1.0, 7.0, "washes per week", 3.0);
  const RegionMask regions = spec.regions("regions", RegionMask::all());
  const Kinetics kinetics{p[Param::ketoconazole_onset_days], p[Param::ketoconazole_offset_days]};
  return std::make_unique<AndrogenReduction>(
      "ketoconazole", regimen, kinetics, ketoconazole_androgen_reduction(p, regimen.frequency() * regimen.adherence()),
      regions,
      std::vector<Param>{Param::ketoconazole_androgen_reduction_per_weekly_use,
                         Param::ketoconazole_max_effective_uses_per_week, Param::ketoconazole_onset_days,
                         Param::ketoconazole_offset_days},
      p);
}

}  // namespace trichosim::treat
