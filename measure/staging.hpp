#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/parameters.hpp"
#include "core/region.hpp"
#include "measure/density_map.hpp"

namespace trichosim::measure {

/// The pattern quantities the staging scales read off the relative density map.
struct PatternReading {
  double temple_recession_mm = 0.0;   ///< frontotemporal hairline behind its pre-androgen position (mean L/R)
  double midline_recession_mm = 0.0;  ///< midline hairline behind its pre-androgen position
  double crown_thinning_cm2 = 0.0;    ///< crown area with visible density below the thinning fraction
  double thinning_cm2 = 0.0;          ///< whole-scalp area below the thinning fraction
  double bald_cm2 = 0.0;              ///< whole-scalp area below the bald fraction
  double frontal_ratio = 1.0;         ///< visible density relative to normal: frontal hairline band
  double mid_scalp_ratio = 1.0;       ///< ... mid-scalp (the bridge between front and crown; the part line)
  double crown_ratio = 1.0;           ///< ... crown (vertex)
  double temporal_ratio = 1.0;        ///< ... both temporal regions
  double parietal_ratio = 1.0;        ///< ... both parietal regions (the lateral fringe)
  double occipital_ratio = 1.0;       ///< ... occiput
};

/// Thresholds of the staging scales (registry measure.*; docs/measurement.md "Staging").
struct StagingThresholds {
  double thinning = 0.5;      ///< visible fraction of normal below which thinning shows
  double bald = 0.25;         ///< ... below which a spot is bald
  double temple_line = 0.45;  ///< frontotemporal line, fraction of the half-width
  double recession_ii_mm = 10.0;
  double recession_iii_mm = 25.0;
  double recession_iv_mm = 40.0;
  double recession_va_mm = 80.0;
  double a_midline_ratio = 0.8;
  double vertex_area_cm2 = 5.0;
  double ludwig_i = 0.7;
  double ludwig_ii = 0.45;
  double ludwig_iii = 0.2;
  double sinclair_2 = 0.85;
  double sinclair_3 = 0.7;
  double sinclair_4 = 0.5;
  double sinclair_5 = 0.3;
  /// Reads every threshold from the registry.
  static StagingThresholds from(const Parameters& p);
};

/// Reads the pattern off a relative density map.
PatternReading read_pattern(const RelativeDensity& map, const StagingThresholds& t);

/// A stage on one scale, with the regions and quantities that decided it.
struct Stage {
  std::string scale;             ///< "norwood", "ludwig" or "sinclair"
  std::string label;             ///< e.g. "III vertex", "IIa", "II", "3"
  int rank = 0;                  ///< position in the scale's sequence, 0 = least severe (for trends)
  std::vector<Region> deciding;  ///< regions whose readings decided the stage
  std::string reason;            ///< the readings and thresholds in words
};

/// Norwood-Hamilton stage (men) in the sequence I, II, IIa, III, IIIa, III vertex, IV, IVa, V, Va, VI, VII.
Stage norwood_stage(const PatternReading& r, const StagingThresholds& t);
/// Rank of a Norwood-Hamilton label in that sequence ("I" -> 0, "III" -> 3); -1 for a label not in it.
int norwood_rank(std::string_view label);
/// Norwood-Hamilton grade 1-7 of a rank in that sequence, the number studies average ("mean grade"): the variants
/// share their type's grade (II, IIa -> 2; III, IIIa, III vertex -> 3; IV, IVa -> 4; V, Va -> 5); -1 outside it.
int norwood_grade(int rank);
/// Ludwig grade (women): "none", "I", "II", "III", from the mid-scalp; notes whether the frontal rim is kept.
Stage ludwig_stage(const PatternReading& r, const StagingThresholds& t);
/// Sinclair grade 1-5 (women), from the mid-scalp along the part.
Stage sinclair_stage(const PatternReading& r, const StagingThresholds& t);
/// Sinclair grade 1-5 of a rank of sinclair_stage (0 -> 1 ... 4 -> 5); -1 outside it.
int sinclair_grade(int rank);

}  // namespace trichosim::measure
