#pragma once
#include <cstdint>
#include <vector>

#include "core/simulation.hpp"

namespace trichosim::python {

/// Follicle-level state at one observation, copied out of a live Simulation for Python (one entry per follicle,
/// in store order). Captured only when a caller asks for it: ~33 bytes per follicle per snapshot.
struct FollicleSnapshot {
  double years = 0.0;                ///< years since the scenario start
  std::vector<std::uint8_t> phase;   ///< trichosim.PHASES index (anagen, catagen, telogen, kenogen, lost)
  std::vector<std::uint8_t> region;  ///< trichosim.REGIONS index
  std::vector<std::uint8_t> flags;   ///< FollicleFlag bits (1 = vellus-born, 2 = transplanted)
  std::vector<std::uint16_t> cycle;  ///< anagen entries so far
  std::vector<float> size;           ///< relative follicle size, 1 = full terminal
  std::vector<float> sensitivity;    ///< androgen sensitivity
  std::vector<float> x_mm;           ///< map position, left to right (mm)
  std::vector<float> y_mm;           ///< map position, hairline to nape (mm)
  std::vector<float> diameter_um;    ///< shaft diameter, 0 without a hair (um)
  std::vector<float> length_um;      ///< visible shaft length, uncut (um)
};

/// Copies the follicle state of `sim` at `years`.
FollicleSnapshot take_snapshot(const Simulation& sim, double years);

}  // namespace trichosim::python
