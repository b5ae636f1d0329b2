#pragma once
#include <span>

namespace trichosim::treat {

/// One point of a published dose-response: a daily dose (mg) and the effect seen at it (product-specific unit,
/// e.g. the fractional fall of scalp DHT).
struct DosePoint {
  double dose_mg = 0.0;
  double effect = 0.0;
};

/// Effect at `dose_mg` from a table sorted by dose (all doses > 0): linear in log10(dose) between points,
/// proportional to dose below the first point (zero effect at zero dose), held at the last point's effect above
/// it. Example: points {0.05: 0.5586, 0.2: 0.5} give 0.5293 at 0.1 mg (halfway in log-dose).
double interpolate_log_dose(std::span<const DosePoint> table, double dose_mg);

}  // namespace trichosim::treat
