#include "core/follicle_store.hpp"

#include <algorithm>
#include <cmath>

namespace trichosim {
namespace {

std::uint16_t quantise(double value, double lo, double hi) {
  // Clamped into [0, 1]; NaN goes to 0, where std::lround's result cast to 16 bits had put it.
  const double t = std::max(0.0, std::min((value - lo) / (hi - lo), 1.0));
  // std::lround of a value in [0, kPositionSteps], without the library call (2 % of a full-scalp trial's time, every
  // lattice cell is quantised): round half away from zero is, for v >= 0, the integer part plus one when the
  // fraction, exact here, is at least one half.
  const double v = t * kPositionSteps;
  const auto whole = static_cast<std::uint32_t>(v);
  return static_cast<std::uint16_t>(whole + (v - static_cast<double>(whole) >= 0.5 ? 1U : 0U));
}

template <typename T>
std::size_t bytes(const std::vector<T>& v) {
  return v.size() * sizeof(T);
}

}  // namespace

std::span<const std::uint32_t> FollicleStore::keys_of(std::span<const std::uint32_t> follicles,
                                                      std::vector<std::uint32_t>& scratch) const {
  if (key_id.empty()) {
    return follicles;
  }
  if (scratch.size() < follicles.size()) {
    scratch.resize(follicles.size());
  }
  for (std::size_t k = 0; k < follicles.size(); ++k) {
    scratch[k] = key_id[follicles[k]];
  }
  return {scratch.data(), follicles.size()};
}

MapPoint FollicleStore::stored_position(MapPoint p) const {
  return grid_point(quantise(p.x_mm, -half_width_mm, half_width_mm), quantise(p.y_mm, 0.0, length_mm));
}

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

void FollicleStore::reserve(std::size_t follicles) {
  phase.reserve(follicles);
  region.reserve(follicles);
  flags.reserve(follicles);
  cycle.reserve(follicles);
  next_day.reserve(follicles);
  shaft_start_day.reserve(follicles);
  shaft_end_day.reserve(follicles);
  size.reserve(follicles);
  sensitivity.reserve(follicles);
  unit.reserve(follicles);
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
  key_id.shrink_to_fit();
  unit_x.shrink_to_fit();
  unit_y.shrink_to_fit();
}

double FollicleStore::bytes_per_follicle() const {
  if (phase.empty()) {
    return 0.0;
  }
  const std::size_t total = bytes(phase) + bytes(region) + bytes(flags) + bytes(cycle) + bytes(next_day) +
                            bytes(shaft_start_day) + bytes(shaft_end_day) + bytes(size) + bytes(sensitivity) +
                            bytes(unit) + bytes(key_id) + bytes(unit_x) + bytes(unit_y);
  return static_cast<double>(total) / static_cast<double>(phase.size());
}

FollicleStore merge_by_key(const FollicleStore& a, const FollicleStore& b) {
  FollicleStore out;
  out.half_width_mm = a.half_width_mm;
  out.length_mm = a.length_mm;
  const std::size_t n = a.follicle_count() + b.follicle_count();
  // Units renumbered in order of first use, as the builder numbers them (a unit's follicles have adjacent keys).
  constexpr std::uint32_t kUnset = 0xFFFFFFFFU;
  std::vector<std::uint32_t> new_unit_a(a.unit_count(), kUnset);
  std::vector<std::uint32_t> new_unit_b(b.unit_count(), kUnset);
  out.reserve(n);
  out.key_id.reserve(n);
  bool whole = true;
  std::size_t i = 0;
  std::size_t j = 0;
  while (i + j < n) {
    const bool from_a = j == b.follicle_count() || (i < a.follicle_count() && a.key(i) < b.key(j));
    const FollicleStore& s = from_a ? a : b;
    const std::size_t k = from_a ? i++ : j++;
    std::uint32_t& unit = (from_a ? new_unit_a : new_unit_b)[s.unit[k]];
    if (unit == kUnset) {
      unit = static_cast<std::uint32_t>(out.unit_count());
      out.unit_x.push_back(s.unit_x[s.unit[k]]);
      out.unit_y.push_back(s.unit_y[s.unit[k]]);
    }
    const std::size_t f = out.add_follicle(unit, s.region[k], s.flags[k], s.size[k], s.sensitivity[k]);
    out.phase[f] = s.phase[k];
    out.cycle[f] = s.cycle[k];
    out.next_day[f] = s.next_day[k];
    out.shaft_start_day[f] = s.shaft_start_day[k];
    out.shaft_end_day[f] = s.shaft_end_day[k];
    out.key_id.push_back(s.key(k));
    whole = whole && s.key(k) == f;
  }
  if (whole) {
    out.key_id.clear();
  }
  out.shrink_to_fit();
  return out;
}

}  // namespace trichosim
