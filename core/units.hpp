#pragma once
/// The one unit system of trichosim, stated once.
///
/// | quantity        | unit            | C++ type / name suffix        |
/// |-----------------|-----------------|-------------------------------|
/// | time            | day             | `Day` (double), `_days`       |
/// | age             | year            | `_years`                      |
/// | length          | micrometre, mm  | `_um`, `_mm`                  |
/// | growth rate     | micrometre/day  | `_um_per_day`                 |
/// | area            | cm²             | `_cm2`                        |
/// | density         | hairs per cm²   | `_per_cm2`                    |
///
/// Simulation time is measured in days from the scenario start (the person's stated age); the burn-in that
/// builds the person's history before that start runs at negative days.

namespace trichosim {

/// Days since the scenario start. Negative during the burn-in.
using Day = double;

/// Calendar constant: mean length of a Gregorian year in days.
inline constexpr double kDaysPerYear = 365.25;
/// Geometry constant: square millimetres per square centimetre.
inline constexpr double kMm2PerCm2 = 100.0;
/// Geometry constant: micrometres per millimetre.
inline constexpr double kUmPerMm = 1000.0;

/// Converts years to days. Example: `years_to_days(2.0) == 730.5`.
constexpr Day years_to_days(double years) { return years * kDaysPerYear; }
/// Converts days to years.
constexpr double days_to_years(Day days) { return days / kDaysPerYear; }

}  // namespace trichosim
