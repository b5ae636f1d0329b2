#include "treat/thyroid.hpp"

#include "treat/effluvium.hpp"

namespace trichosim::treat {

std::unique_ptr<Intervention> make_thyroid_disorder(const EventSpec& spec, const Parameters& p) {
  EffluviumSpec e;
  e.name = spec.type();
  e.chronic_from = spec.start_day();
  e.chronic_until = spec.stop_day();
  e.anagen_scale = p[Param::thyroid_anagen_scale];
  e.keys = {Param::thyroid_anagen_scale};
  return std::make_unique<Effluvium>(std::move(e));
}

}  // namespace trichosim::treat
