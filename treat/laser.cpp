#include "treat/laser.hpp"

#include <algorithm>

namespace trichosim::treat {

Laser::Laser(const EventSpec& spec, const Parameters& p) {
  const std::string device = spec.choice("device", {"comb", "cap", "helmet"}, "comb");
  device_ = device == "cap" ? LaserDevice::Cap : device == "helmet" ? LaserDevice::Helmet : LaserDevice::Comb;
  const bool mixed = spec.choice("light", {"laser", "laser_led"}, "laser") == "laser_led";
  schedule_ = read_schedule(spec, 1.0, p[Param::laser_max_sessions_per_week]);
  regions_ = spec.regions("regions", RegionMask::all());
  dose_ = std::min(1.0, schedule_.sessions_per_week / p[Param::laser_reference_sessions_per_week]) *
          (mixed ? p[Param::laser_led_device_factor] : 1.0);
  kenogen_gain_ = p[Param::laser_kenogen_exit_gain];
  size_gain_ = p[Param::laser_size_gain_per_cycle];
}

std::vector<Param> Laser::registry_keys() const {
  return {Param::laser_reference_sessions_per_week, Param::laser_kenogen_exit_gain, Param::laser_size_gain_per_cycle,
          Param::laser_led_device_factor, Param::laser_max_sessions_per_week};
}

void Laser::modify(Day t, const Person&, RegionalModifiers& m) const {
  if (t < schedule_.start || t >= schedule_.stop) {
    return;
  }
  const double shorten = 1.0 / (1.0 + kenogen_gain_ * dose_);
  m.for_each(regions_, [&](Modifiers& r) {
    r.duration_scale[static_cast<std::size_t>(Phase::Kenogen)] *= shorten;
    r.kenogen_probability_scale *= shorten;
    r.size_gain_per_cycle += size_gain_ * dose_;
  });
}

}  // namespace trichosim::treat
