#include "treat/minoxidil.hpp"

#include <algorithm>
#include <array>

#include "core/phase.hpp"
#include "treat/dose_response.hpp"
#include "treat/regimen.hpp"

namespace trichosim::treat {
namespace {

constexpr std::size_t index(Phase ph) { return static_cast<std::size_t>(ph); }

class Minoxidil final : public Intervention {
 public:
  Minoxidil(Regimen regimen, double strength, bool topical, RegionMask regions, const Parameters& p)
      : regimen_(regimen),
        strength_(strength),
        topical_(topical),
        regions_(regions),
        kinetics_{p[Param::minoxidil_onset_days], p[Param::minoxidil_offset_days]},
        step_days_(p[Param::regimen_step_days]),
        anagen_gain_(p[Param::minoxidil_anagen_duration_gain]),
        telogen_shortening_(p[Param::minoxidil_telogen_duration_shortening]),
        kenogen_shortening_(p[Param::minoxidil_kenogen_duration_shortening]),
        kenogen_reduction_(p[Param::minoxidil_kenogen_probability_reduction]),
        size_gain_(p[Param::minoxidil_size_gain_per_cycle]),
        diameter_gain_(p[Param::minoxidil_anagen_diameter_gain]) {}

  std::string_view name() const override { return "minoxidil"; }
  std::vector<Param> registry_keys() const override {
    return {Param::minoxidil_relative_strength_2_percent,
            Param::minoxidil_relative_strength_once_daily,
            Param::minoxidil_relative_strength_foam,
            Param::minoxidil_oral_strength_0_25mg,
            Param::minoxidil_oral_strength_5mg,
            Param::minoxidil_onset_days,
            Param::minoxidil_offset_days,
            Param::minoxidil_anagen_duration_gain,
            Param::minoxidil_telogen_duration_shortening,
            Param::minoxidil_kenogen_duration_shortening,
            Param::minoxidil_kenogen_probability_reduction,
            Param::minoxidil_size_gain_per_cycle,
            Param::minoxidil_anagen_diameter_gain,
            Param::regimen_step_days};
  }
  std::vector<Day> change_days() const override { return regimen_.change_days(kinetics_, step_days_); }

  void modify(Day t, const Person& /*person*/, RegionalModifiers& m) const override {
    const double level = strength_ * regimen_.adherence() * regimen_.held_level(t, kinetics_, step_days_);
    if (level == 0.0) {
      return;
    }
    m.for_each(regions_, [&](Modifiers& r) {
      // A topical dose reaches the follicle better through skin opened by a procedure (composed in modify_skin).
      const double x = topical_ ? level * r.topical_absorption_scale : level;
      r.duration_scale[index(Phase::Anagen)] *= 1.0 + x * anagen_gain_;
      r.duration_scale[index(Phase::Telogen)] *= std::max(0.0, 1.0 - x * telogen_shortening_);
      r.duration_scale[index(Phase::Kenogen)] *= std::max(0.0, 1.0 - x * kenogen_shortening_);
      r.kenogen_probability_scale *= std::max(0.0, 1.0 - x * kenogen_reduction_);
      r.size_gain_per_cycle += x * size_gain_;
      r.anagen_diameter_scale *= 1.0 + x * diameter_gain_;
    });
  }

 private:
  Regimen regimen_;
  double strength_;
  bool topical_;
  RegionMask regions_;
  Kinetics kinetics_;
  Day step_days_;
  double anagen_gain_;
  double telogen_shortening_;
  double kenogen_shortening_;
  double kenogen_reduction_;
  double size_gain_;
  double diameter_gain_;
};

}  // namespace

double minoxidil_strength(const Parameters& p, const MinoxidilProduct& product) {
  if (product.route == "oral") {
    const std::array<DosePoint, 2> table = {
        {{0.25, p[Param::minoxidil_oral_strength_0_25mg]}, {5.0, p[Param::minoxidil_oral_strength_5mg]}}};
    return interpolate_log_dose(table, product.dose_mg);
  }
  constexpr double kLowPercent = 2.0;
  constexpr double kHighPercent = 5.0;
  const double c = product.concentration_percent;
  const double at2 = p[Param::minoxidil_relative_strength_2_percent];
  const double concentration =
      c <= kLowPercent ? at2 * c / kLowPercent : at2 + (1.0 - at2) * (c - kLowPercent) / (kHighPercent - kLowPercent);
  const double once = p[Param::minoxidil_relative_strength_once_daily];
  const double frequency = once + (1.0 - once) * (product.applications_per_day - 1.0);
  const double form = product.form == "foam" ? p[Param::minoxidil_relative_strength_foam] : 1.0;
  return concentration * frequency * form;
}

std::unique_ptr<Intervention> make_minoxidil(const EventSpec& spec, const Parameters& p) {
  MinoxidilProduct product;
  product.route = spec.choice("route", {"topical", "oral"}, "topical");
  const Regimen regimen = Regimen::read(spec);
  RegionMask regions = RegionMask::all();
  if (product.route == "oral") {
    product.dose_mg = spec.number("dose_mg", 0.25, 5.0, "mg per day", 1.0);
  } else {
    product.concentration_percent = spec.number("concentration_percent", 1.0, 5.0, "%", 5.0);
    product.applications_per_day = spec.number("applications_per_day", 1.0, 2.0, "applications per day", 2.0);
    product.form = spec.choice("form", {"solution", "foam"}, "solution");
    regions = spec.regions("regions", RegionMask::all());
  }
  return std::make_unique<Minoxidil>(regimen, minoxidil_strength(p, product), product.route == "topical", regions, p);
}

}  // namespace trichosim::treat
