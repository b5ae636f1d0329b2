#include "core/follicle_store.hpp"

#include <algorithm>
#include <cmath>

namespace trichosim {
namespace {

std::uint16_t quantise(double value, double lo, double hi) {
  const double t = std::clamp((value - lo) / (hi - lo), 0.0, 1.0);
  return static_cast<std::uint16_t>(std::lround(t * kPositionSteps));
}

template <typename T>
std::size_t bytes(const std::vector<T>& v) {
  return v.size() * sizeof(T);
}

}  // namespace

std::uint32_t FollicleStore::add_unit(MapPoint p) {
  unit_x.push_back(quantise(p.x_mm, -half_width_mm, half_width_mm));
  unit_y.push_back(quantise(p.y_mm, 0.0, length_mm));
  return static_cast<std::uint32_t>(unit_x.size() - 1);
}

std::size_t FollicleStore::add_follicle(std::uint32_t unit_index, Region r, std::uint8_t follicle_flags,
                                        float follicle_size, float follicle_sensitivity) {
  phase.push_back(Phase::Kenogen);
  region.push_back(r);
  flags.push_back(follicle_flags);
  cycle.push_back(0);
  next_day.push_back(0.0F);
  shaft_start_day.push_back(0.0F);
  shaft_end_day.push_back(0.0F);
  size.push_back(follicle_size);
  sensitivity.push_back(follicle_sensitivity);
  unit.push_back(unit_index);
  return phase.size() - 1;
}

void FollicleStore::shrink_to_fit() {
  phase.shrink_to_fit();
  region.shrink_to_fit();
  flags.shrink_to_fit();
  cycle.shrink_to_fit();
  next_day.shrink_to_fit();
  shaft_start_day.shrink_to_fit();
  shaft_end_day.shrink_to_fit();
  size.shrink_to_fit();
  sensitivity.shrink_to_fit();
  unit.shrink_to_fit();
  unit_x.shrink_to_fit();
  unit_y.shrink_to_fit();
}

double FollicleStore::bytes_per_follicle() const {
  if (phase.empty()) {
    return 0.0;
  }
  const std::size_t total = bytes(phase) + bytes(region) + bytes(flags) + bytes(cycle) + bytes(next_day) +
                            bytes(shaft_start_day) + bytes(shaft_end_day) + bytes(size) + bytes(sensitivity) +
                            bytes(unit) + bytes(unit_x) + bytes(unit_y);
  return static_cast<double>(total) / static_cast<double>(phase.size());
}

}  // namespace trichosim
