#pragma once
#include <span>

#include "measure/follicle_view.hpp"
#include "measure/measurement_error.hpp"
#include "measure/settings.hpp"

namespace trichosim::measure {

/// What trichoscopy (dermoscopy of the scalp) reads in one field.
struct Trichoscopy {
  double area_cm2 = 0.0;
  double hairs = 0.0;                   ///< hairs seen (with reading error, if any)
  double density_per_cm2 = 0.0;         ///< hairs / area
  double vellus_per_cm2 = 0.0;          ///< hairs < 30 um per cm²
  double thin_share = 0.0;              ///< share of hairs < 30 um ("thin hairs", Rakowska 2009), 0-1
  double mean_diameter_um = 0.0;        ///< over hairs seen
  double diameter_cv_percent = 0.0;     ///< hair-diameter diversity: SD / mean of diameters x 100
  double single_hair_unit_share = 0.0;  ///< units showing exactly one hair / units showing any hair, 0-1
  double yellow_dots_per_cm2 = 0.0;     ///< empty follicular openings: units with no hair but an empty follicle
};

/// Reads one trichoscopy field holding `follicles` (area `area_cm2`). With `error`, the hair count is scaled by
/// a reading factor of relative SD settings.error_trichoscopy_cv.
Trichoscopy read_trichoscopy(std::span<const FollicleView> follicles, double area_cm2,
                             const InstrumentSettings& settings, const ErrorOption& error = std::nullopt);

/// The trichoscopy criteria for female androgenetic alopecia (Rakowska 2009): frontal against occipital field.
/// Diagnosis = 2 major criteria, or 1 major and 2 minor. Perifollicular discoloration (a minor criterion) is not
/// simulated.
struct RakowskaCriteria {
  double yellow_dot_ratio = 0.0;    ///< frontal / occipital yellow dots per cm²
  double frontal_thin_share = 0.0;  ///< frontal share of hairs < 30 um
  double diameter_ratio = 0.0;      ///< frontal / occipital mean diameter
  double single_unit_ratio = 0.0;   ///< frontal / occipital single-hair-unit share
  double vellus_ratio = 0.0;        ///< frontal / occipital vellus per cm²
  bool major_yellow_dots = false;
  bool major_thin_hairs = false;
  bool major_thinner_frontal = false;
  bool minor_single_units = false;
  bool minor_vellus = false;
  int majors() const { return int{major_yellow_dots} + int{major_thin_hairs} + int{major_thinner_frontal}; }
  int minors() const { return int{minor_single_units} + int{minor_vellus}; }
  /// 2 major, or 1 major + 2 minor.
  bool met() const { return majors() >= 2 || (majors() == 1 && minors() >= 2); }
};

/// Applies the Rakowska criteria to a frontal and an occipital field.
RakowskaCriteria rakowska_criteria(const Trichoscopy& frontal, const Trichoscopy& occipital,
                                   const InstrumentSettings& settings);

}  // namespace trichosim::measure
