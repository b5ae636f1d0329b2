#pragma once
#include "core/modifiers.hpp"
#include "core/parameters.hpp"

namespace trichosim::treat {

/// The shared mechanism of every anti-androgen (5-alpha-reductase inhibitors, androgen-receptor blockers,
/// ketoconazole): a fractional fall `reduction` (0-1) of the androgen signal reaching scalp follicles.
/// Androgen drive is taken as proportional to scalp DHT, so the drive is multiplied by (1 - reduction); and
/// miniaturised follicles relieved of androgen regain size at each anagen entry in proportion to the reduction
/// (antiandrogen.size_gain_per_cycle_at_full_suppression x reduction), which is how counts rise on treatment
/// (regrowth from miniaturised, still-cycling follicles: science.md 3.6). The androgen-prolonged latency
/// (kenogen 4 -> 7 months with alopecia, Rebora & Guarrera 2002) shortens too: kenogen duration x
/// (1 - antiandrogen.kenogen_shortening_at_full_suppression x reduction), which also reaches follicles already
/// empty when treatment starts (the engine otherwise fixes a kenogen's length when it begins).
void apply_androgen_reduction(double reduction, const Parameters& p, RegionMask regions, RegionalModifiers& m);

}  // namespace trichosim::treat

#include <string>
#include <vector>

#include "core/intervention.hpp"
#include "treat/regimen.hpp"

namespace trichosim::treat {

/// An intervention whose whole effect is an androgen reduction taken on a regimen: the product's steady-state
/// `reduction` (0-1) times the regimen's held level. Used by finasteride, dutasteride, spironolactone and
/// ketoconazole, which differ only in their dose-response and kinetics.
class AndrogenReduction final : public Intervention {
 public:
  AndrogenReduction(std::string name, Regimen regimen, Kinetics kinetics, double reduction, RegionMask regions,
                    std::vector<Param> keys, const Parameters& p);

  std::string_view name() const override { return name_; }
  std::vector<Param> registry_keys() const override { return keys_; }
  std::vector<Day> change_days() const override { return regimen_.change_days(kinetics_, step_days_); }
  void modify(Day t, const Person& person, RegionalModifiers& m) const override;

  /// Steady-state fractional fall of the androgen signal while fully taken.
  double reduction() const { return reduction_; }

 private:
  std::string name_;
  Regimen regimen_;
  Kinetics kinetics_;
  double reduction_;
  RegionMask regions_;
  std::vector<Param> keys_;
  Parameters params_;
  Day step_days_;
};

}  // namespace trichosim::treat
