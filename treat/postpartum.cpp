#include "treat/postpartum.hpp"

#include "treat/effluvium.hpp"

namespace trichosim::treat {

std::unique_ptr<Intervention> make_postpartum(const EventSpec& spec, const Parameters& p) {
  EffluviumSpec e;
  e.name = "postpartum";
  e.shock_day = spec.start_day();
  e.shock_fraction = spec.number("severity", 0.01, 0.9, "share of anagen follicles released",
                                 p[Param::effluvium_postpartum_anagen_fraction]);
  e.shock_window_days = p[Param::effluvium_postpartum_release_window_days];
  e.keys = {Param::effluvium_postpartum_anagen_fraction, Param::effluvium_postpartum_release_window_days};
  return std::make_unique<Effluvium>(std::move(e));
}

}  // namespace trichosim::treat
