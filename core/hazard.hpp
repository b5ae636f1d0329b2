#pragma once
#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>

namespace trichosim {

namespace hazard_detail {
inline constexpr double kMargin = 0x1p-40;
inline constexpr double kTableStart = 0.5;  // below this the Taylor brackets are tighter than the table's
inline constexpr double kCellsPerUnit = 32.0;
inline constexpr double kTableEnd = 40.0;  // beyond this 1 - exp(-x) rounds to 1; such x take the call (rare)
inline constexpr auto kCells = static_cast<std::size_t>((kTableEnd - kTableStart) * kCellsPerUnit);

/// -expm1(-x) at the grid points x = kTableStart + k / kCellsPerUnit, k = 0..kCells (core/hazard.cpp).
extern const std::array<double, kCells + 1> kTable;
}  // namespace hazard_detail

/// True with probability 1 - exp(-x) for a uniform u in (0, 1): decides `u < -std::expm1(-x)` exactly as that
/// expression does, but calls expm1 for only a small share of draws (at most ~2 %). The event loop decides two
/// hazards per new anagen (age dropout, the miniaturisation step); the call behind each, and the mispredicted
/// branches around it, had been a tenth of its time. Small x (<= 0.5) is bracketed by the Taylor series of
/// 1 - exp(-x), larger x by the table's values at the ends of its cell; both brackets are widened by a relative
/// 2^-40, far beyond their rounding error and the call's, so a draw outside them is decided as the call would decide
/// it. The outcome is not branched on (it is random, so such a branch is mispredicted often); the branch on the size
/// of x is predictable at each call site (the age dropout's x is always small), and only the rare draw between the
/// brackets, or x beyond the table, takes the call. Inline: twice per new anagen.
inline bool hazard_hit(double u, double x) {
  using namespace hazard_detail;
  double lower = 0.0;
  double upper = 0.0;
  if (x <= kTableStart) {
    // x - x^2/2 <= 1 - exp(-x) <= x - x^2/2 + x^3/6 for 0 <= x <= 1 (and both lie below 0 for x < 0).
    lower = x - 0.5 * x * x;
    upper = lower + x * x * x * (1.0 / 6.0);
  } else if (x < kTableEnd) {
    // 1 - exp(-x) rises with x, so it lies between its values at the ends of x's cell.
    const auto k = std::min(kCells - 1, static_cast<std::size_t>((x - kTableStart) * kCellsPerUnit));
    lower = kTable[k];
    upper = kTable[k + 1];
  } else {
    return u < -std::expm1(-x);  // beyond the table, or NaN
  }
  lower *= 1.0 - kMargin;
  upper *= 1.0 + kMargin;
  if ((u >= lower) & (u < upper)) {
    return u < -std::expm1(-x);
  }
  return u < lower;
}

}  // namespace trichosim
