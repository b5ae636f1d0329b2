#include "treat/deficiency.hpp"

#include <algorithm>

#include "treat/effluvium.hpp"

namespace trichosim::treat {

double deficiency_anagen_scale(double level, double adequate, double deficient, double max_shortening) {
  const double deficit = std::clamp((adequate - level) / (adequate - deficient), 0.0, 1.0);
  return 1.0 - max_shortening * deficit;
}

std::unique_ptr<Intervention> make_deficiency(const EventSpec& spec, const Parameters& p) {
  EffluviumSpec e;
  e.name = spec.type();
  e.chronic_from = spec.start_day();
  e.chronic_until = spec.stop_day();
  if (spec.type() == "iron_deficiency") {
    const double ferritin = spec.required_number("ferritin_ng_per_ml", 1.0, 300.0, "ng/mL");
    e.anagen_scale = deficiency_anagen_scale(ferritin, p[Param::deficiency_ferritin_adequate_ng_per_ml],
                                             p[Param::deficiency_ferritin_deficient_ng_per_ml],
                                             p[Param::deficiency_iron_max_anagen_shortening]);
    e.keys = {Param::deficiency_ferritin_adequate_ng_per_ml, Param::deficiency_ferritin_deficient_ng_per_ml,
              Param::deficiency_iron_max_anagen_shortening};
  } else if (spec.type() == "vitamin_d_deficiency") {
    const double level = spec.required_number("vitamin_d_ng_per_ml", 1.0, 150.0, "ng/mL");
    e.anagen_scale = deficiency_anagen_scale(level, p[Param::deficiency_vitamin_d_adequate_ng_per_ml],
                                             p[Param::deficiency_vitamin_d_severe_ng_per_ml],
                                             p[Param::deficiency_vitamin_d_max_anagen_shortening]);
    e.keys = {Param::deficiency_vitamin_d_adequate_ng_per_ml, Param::deficiency_vitamin_d_severe_ng_per_ml,
              Param::deficiency_vitamin_d_max_anagen_shortening};
  } else {
    e.anagen_scale = p[Param::deficiency_protein_anagen_scale];
    e.keys = {Param::deficiency_protein_anagen_scale};
  }
  return std::make_unique<Effluvium>(std::move(e));
}

}  // namespace trichosim::treat
