#include "core/hazard.hpp"

#include <array>
#include <cmath>
#include <cstddef>

namespace trichosim::hazard_detail {

// Filled during static initialisation, before main (no simulation runs from a static initialiser), so the hot path
// reads it without a first-use guard.
const std::array<double, kCells + 1> kTable = [] {
  std::array<double, kCells + 1> p{};
  for (std::size_t k = 0; k <= kCells; ++k) {
    p[k] = -std::expm1(-(kTableStart + static_cast<double>(k) / kCellsPerUnit));
  }
  return p;
}();

}  // namespace trichosim::hazard_detail
