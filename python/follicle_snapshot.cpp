#include "python/follicle_snapshot.hpp"

namespace trichosim::python {

FollicleSnapshot take_snapshot(const Simulation& sim, double years) {
  const FollicleStore& f = sim.follicles();
  const std::size_t n = f.follicle_count();
  FollicleSnapshot s;
  s.years = years;
  s.phase.resize(n);
  s.region.resize(n);
  s.flags = f.flags;
  s.cycle = f.cycle;
  s.size = f.size;
  s.sensitivity = f.sensitivity;
  s.x_mm.resize(n);
  s.y_mm.resize(n);
  s.diameter_um.resize(n);
  s.length_um.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    s.phase[i] = static_cast<std::uint8_t>(f.phase[i]);
    s.region[i] = static_cast<std::uint8_t>(f.region[i]);
    const MapPoint p = f.position(i);
    s.x_mm[i] = static_cast<float>(p.x_mm);
    s.y_mm[i] = static_cast<float>(p.y_mm);
    const Shaft shaft = sim.shaft(i);
    s.diameter_um[i] = static_cast<float>(shaft.diameter_um);
    s.length_um[i] = static_cast<float>(shaft.length_um);
  }
  return s;
}

}  // namespace trichosim::python
