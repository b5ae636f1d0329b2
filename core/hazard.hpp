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
/// it. Written without data-dependent branches (the outcome is random, so a branch on it is mispredicted often);
/// only the rare draw between the brackets, or x beyond the table, takes the call. Inline: twice per new anagen.
inline bool hazard_hit(double u, double x) {
  using namespace hazard_detail;
  // x - x^2/2 <= 1 - exp(-x) <= x - x^2/2 + x^3/6 for 0 <= x <= 1 (and both lie below 0 for x < 0).
  const double taylor_lower = x - 0.5 * x * x;
  const double taylor_upper = taylor_lower + x * x * x * (1.0 / 6.0);
  // 1 - exp(-x) rises with x, so it lies between its values at the ends of x's cell (clamped into the table: the
  // clamped cell is only used when x is in it; a NaN x clamps to 0, as max returns its first argument then).
  const double cell = std::max(0.0, std::min((x - kTableStart) * kCellsPerUnit, static_cast<double>(kCells - 1)));
  const auto k = static_cast<std::size_t>(cell);
  const bool small = x <= kTableStart;
  const double lower = (small ? taylor_lower : kTable[k]) * (1.0 - kMargin);
  const double upper = (small ? taylor_upper : kTable[k + 1]) * (1.0 + kMargin);
  const bool outside_table = !small & !(x < kTableEnd);  // also NaN
  if (outside_table | ((u >= lower) & (u < upper))) {
    return u < -std::expm1(-x);
  }
  return u < lower;
}

}  // namespace trichosim
