#include "treat/androgen_withdrawal.hpp"

#include <algorithm>

#include "core/phase.hpp"

namespace trichosim::treat {

void apply_androgen_reduction(double reduction, const Parameters& p, RegionMask regions, RegionalModifiers& m) {
  const double r = std::clamp(reduction, 0.0, 1.0);
  if (r == 0.0) {
    return;
  }
  const double gain = p[Param::antiandrogen_size_gain_per_cycle_at_full_suppression] * r;
  const double kenogen = 1.0 - p[Param::antiandrogen_kenogen_shortening_at_full_suppression] * r;
  m.for_each(regions, [&](Modifiers& x) {
    x.androgen_drive *= 1.0 - r;
    x.size_gain_per_cycle += gain;
    x.duration_scale[static_cast<std::size_t>(Phase::Kenogen)] *= kenogen;
  });
}

}  // namespace trichosim::treat

namespace trichosim::treat {

AndrogenReduction::AndrogenReduction(std::string name, Regimen regimen, Kinetics kinetics, double reduction,
                                     RegionMask regions, std::vector<Param> keys, const Parameters& p)
    : name_(std::move(name)),
      regimen_(regimen),
      kinetics_(kinetics),
      reduction_(reduction),
      regions_(regions),
      keys_(std::move(keys)),
      params_(p),
      step_days_(p[Param::regimen_step_days]) {
  keys_.push_back(Param::regimen_step_days);
  keys_.push_back(Param::antiandrogen_size_gain_per_cycle_at_full_suppression);
  keys_.push_back(Param::antiandrogen_kenogen_shortening_at_full_suppression);
}

void AndrogenReduction::modify(Day t, const Person& /*person*/, RegionalModifiers& m) const {
  apply_androgen_reduction(reduction_ * regimen_.held_level(t, kinetics_, step_days_), params_, regions_, m);
}

}  // namespace trichosim::treat
