#pragma once
#include <span>

#include "measure/follicle_view.hpp"
#include "measure/measurement_error.hpp"
#include "measure/settings.hpp"

namespace trichosim::measure {

/// Target-area hair count (finasteride / minoxidil trials): hairs in a circle, by diameter class.
struct TargetAreaCount {
  double area_cm2 = 0.0;
  double total = 0.0;       ///< all hairs (shafts) in the circle
  double non_vellus = 0.0;  ///< terminal + indeterminate: diameter >= the vellus threshold (30 um)
  double terminal = 0.0;    ///< diameter >= the terminal threshold (60 um)
  double total_per_cm2() const { return area_cm2 > 0.0 ? total / area_cm2 : 0.0; }
};

/// Counts the hairs of `follicles` (all inside a circle of `area_cm2`). With `error`, every count is scaled by
/// one reading factor of relative SD settings.error_target_area_cv (one image, one reader).
TargetAreaCount count_target_area(std::span<const FollicleView> follicles, double area_cm2,
                                  const InstrumentSettings& settings, const ErrorOption& error = std::nullopt);

/// Phototrichogram / TrichoScan: clip the site, image, re-image after settings.ptg_interval_days. A hair present
/// at the first image that lengthens by at least settings.ptg_min_growth_um by the second is anagen; every other
/// hair (catagen, telogen, anagen about to stop) reads as telogen, so the two shares sum to 100%.
struct Phototrichogram {
  double area_cm2 = 0.0;
  double hairs = 0.0;             ///< hairs at the first image (with reading error, if any)
  double density_per_cm2 = 0.0;   ///< hairs / area
  double anagen_percent = 0.0;    ///< growing hairs / hairs x 100
  double telogen_percent = 0.0;   ///< non-growing hairs / hairs x 100
  double vellus30_percent = 0.0;  ///< hairs < 30 um, x 100 / hairs
  double vellus40_percent = 0.0;  ///< hairs < 40 um, x 100 / hairs
  double tv_ratio_30 = 0.0;       ///< (hairs >= 30 um) : (hairs < 30 um); infinity without vellus hairs
  double tv_ratio_40 = 0.0;       ///< (hairs >= 40 um) : (hairs < 40 um); infinity without vellus hairs
  double mean_diameter_um = 0.0;  ///< over hairs present
};

/// Reads a phototrichogram of `follicles` (all inside a circle of `area_cm2`). With `error`, the hair count is
/// scaled by a reading factor of relative SD settings.error_ptg_cv.
Phototrichogram read_phototrichogram(std::span<const FollicleView> follicles, double area_cm2,
                                     const InstrumentSettings& settings, const ErrorOption& error = std::nullopt);

/// Horizontal sections of a punch biopsy: follicles holding a shaft, by class. Telogen counts catagen and
/// telogen follicles (both non-growing in section); empty (kenogen) and lost follicles hold no hair and are not
/// counted.
struct BiopsyCounts {
  double area_cm2 = 0.0;
  int terminal = 0;  ///< shafts >= the vellus threshold (30 um): terminal and indeterminate
  int vellus = 0;    ///< shafts < 30 um
  int telogen = 0;   ///< catagen + telogen follicles
  int total() const { return terminal + vellus; }
  double tv_ratio = 0.0;         ///< terminal : vellus; infinity without vellus follicles
  double telogen_percent = 0.0;  ///< telogen / total x 100
};

/// Counts a biopsy of the `follicles` inside a punch of `area_cm2`.
BiopsyCounts count_biopsy(std::span<const FollicleView> follicles, double area_cm2, const InstrumentSettings& settings);

/// Hair mass: the cross-section trichometer's Hair Mass Index and a hair-weight proxy.
struct HairMass {
  double hair_mass_index = 0.0;     ///< sum of shaft cross-sections (mm²) per cm² of skin x 100
  double volume_mm3_per_cm2 = 0.0;  ///< sum of cross-section x uncut length (mm³) per cm²: the weight proxy
};

/// Hair mass of the `follicles` inside a site of `area_cm2`.
HairMass measure_hair_mass(std::span<const FollicleView> follicles, double area_cm2);

/// Ratio a : b, or infinity when b is 0 (and 0 when both are 0).
double ratio_or_infinity(double a, double b);

}  // namespace trichosim::measure
