#include "treat/telogen_effluvium.hpp"

#include "treat/effluvium.hpp"

namespace trichosim::treat {

std::unique_ptr<Intervention> make_telogen_effluvium(const EventSpec& spec, const Parameters& p) {
  const std::string course = spec.choice("course", {"acute", "chronic"}, "acute");
  spec.choice("trigger", {"illness", "surgery", "crash_diet", "stress", "haemorrhage", "other"}, "other");
  EffluviumSpec e;
  e.name = "telogen_effluvium";
  if (course == "acute") {
    e.shock_day = spec.start_day();
    e.shock_fraction = spec.number("severity", 0.01, 0.9, "share of anagen follicles released",
                                   p[Param::effluvium_acute_anagen_fraction]);
    e.keys = {Param::effluvium_acute_anagen_fraction};
  } else {
    e.chronic_from = spec.start_day();
    e.chronic_until = spec.stop_day();
    e.anagen_scale = spec.number("anagen_duration_scale", 0.1, 1.0, "multiplier on anagen duration",
                                 p[Param::effluvium_chronic_anagen_scale]);
    e.keys = {Param::effluvium_chronic_anagen_scale};
  }
  return std::make_unique<Effluvium>(std::move(e));
}

}  // namespace trichosim::treat
