#pragma once
#include <string>
#include <vector>

namespace trichosim::scenario {

/// An area of scar tissue on the scalp map, as an ellipse (mm; x left to right, y from the frontal hairline).
struct ScarArea {
  std::string name;        ///< e.g. "fut_strip" or "burn"
  double x_mm = 0.0;       ///< centre
  double y_mm = 0.0;       ///< centre
  double width_mm = 10.0;  ///< full width (x)
  double height_mm = 5.0;  ///< full height (y)
};

/// `[plan.transplant]`: what the transplant planner is asked (docs/formats.md).
struct TransplantPlanRequest {
  bool given = false;
  std::string method = "fue";  ///< fue | fut
  double start_years = 0.0;    ///< first session, years from the scenario start (0-10)
  int max_sessions = 2;        ///< 1-4
};

/// `[plan.smp]`: the look a micropigmentation plan aims for.
struct SmpPlanRequest {
  bool given = false;
  double target_density = 1.0;       ///< fraction of natural follicular spacing at the last session (0.3-1)
  double hairline_y_mm = 0.0;        ///< SMP hairline, mm behind the map's frontal edge (0-60)
  int sessions = 3;                  ///< 2-4
  double interval_days = 0.0;        ///< 0 = the registry's smp.session_interval_days; else 7-60
  double start_years = 0.0;          ///< first session (0-10)
  double depth_mm = 0.3;             ///< pigment depth (range from the registry, smp.depth_min/max_mm)
  std::vector<std::string> regions;  ///< regions to pigment; empty = those below the cosmetic threshold
  std::vector<ScarArea> scars;       ///< scar areas to camouflage
};

/// Everything under `[plan]`.
struct PlanRequests {
  TransplantPlanRequest transplant;
  SmpPlanRequest smp;
};

}  // namespace trichosim::scenario
