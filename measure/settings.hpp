#pragma once
#include "core/parameters.hpp"

namespace trichosim::measure {

/// The conventions and thresholds of the clinical instruments, read once from the registry (measure.* and the
/// shaft classes). Tests may build one by hand.
struct InstrumentSettings {
  double vellus_max_um = 30.0;               ///< vellus / thin hair: diameter below this (shaft.vellus_max_diameter_um)
  double terminal_min_um = 60.0;             ///< terminal: diameter at or above this (shaft.terminal_min_diameter_um)
  double fine_max_um = 40.0;                 ///< second vellus convention (< 40 um), measure.fine_hair_diameter_um
  double ptg_interval_days = 3.0;            ///< clip-to-re-image interval (day)
  double ptg_min_growth_um = 100.0;          ///< elongation read as growth (um)
  double error_ptg_cv = 0.07;                ///< relative SD of phototrichogram counts
  double error_trichoscopy_cv = 0.09;        ///< relative SD of trichoscopy counts
  double error_target_area_cv = 0.07;        ///< relative SD of target-area counts
  double wash_fraction = 0.394;              ///< share of a day's shed hairs collected by a daily wash
  double comb_fraction = 0.113;              ///< share of a day's shed hairs collected by the 60-s comb count
  double pull_hairs = 50.0;                  ///< hairs grasped in a pull test
  double pull_positive_fraction = 0.1;       ///< pull test positive above this share
  double pull_loose_days = 14.0;             ///< a telogen hair this close to exogen comes out on traction (day)
  double shedding_abnormal_per_day = 100.0;  ///< the 100-hairs-a-day rule
  double breakage_max_um = 40.0;             ///< breakage-prone below this diameter (assumption)
  double rakowska_single_unit_ratio = 2.0;   ///< minor: frontal/occipital single-hair-unit share above this
  double rakowska_vellus_ratio = 1.5;        ///< minor: frontal/occipital vellus density above this
  double rakowska_thin_share = 0.1;          ///< major: frontal thin-hair share above this
  double rakowska_diameter_ratio = 0.97;     ///< major: frontal/occipital mean diameter below this
  double rakowska_yellow_dot_ratio = 1.5;    ///< major: frontal/occipital yellow dots above this

  /// Reads every value from the registry (or a scenario's overridden parameters).
  static InstrumentSettings from(const Parameters& p);
};

}  // namespace trichosim::measure
