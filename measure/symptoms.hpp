#pragma once
#include <span>
#include <string>
#include <vector>

#include "measure/follicle_view.hpp"
#include "measure/settings.hpp"
#include "measure/staging.hpp"

namespace trichosim::measure {

/// One thing the person notices, as a number with a unit and a plain-language line.
struct Symptom {
  std::string key;   ///< stable identifier, e.g. "visible_density"
  double value = 0;  ///< in `unit`
  std::string unit;  ///< e.g. "1/cm2", "%", "cm", "mm", "um", "hairs/day"
  std::string text;  ///< plain-language line
};

/// The readings that later observations are compared with (the person's own baseline).
struct SymptomBaseline {
  double midline_recession_mm = 0.0;
  double temple_recession_mm = 0.0;
  double shed_per_day = 0.0;
  double top_visible_per_cm2 = 0.0;
};

/// What the symptom descriptions read.
struct SymptomInputs {
  std::span<const FollicleView> top;  ///< follicles on top of the head (frontal band, mid-scalp, crown)
  double top_area_cm2 = 0.0;          ///< area they occupy
  double top_visible_fraction = 1.0;  ///< visible density on top relative to the pre-androgen scalp
  double scalp_area_cm2 = 0.0;        ///< hair-bearing area
  PatternReading pattern;             ///< hairline, thinning and bald areas
  double shed_per_day = 0.0;          ///< whole-scalp shedding (hairs/day)
};

/// This observation's own readings, to be kept as the baseline of later ones.
SymptomBaseline baseline_from(const SymptomInputs& in, const InstrumentSettings& s);

/// The symptoms: visible density, scalp coverage, longest achievable length, diameter, hairline and temple
/// recession from baseline, bald area, shedding against baseline and the 100/day rule, texture (diameter mix,
/// fine share, breakage-prone share).
std::vector<Symptom> describe_symptoms(const SymptomInputs& in, const SymptomBaseline& baseline,
                                       const InstrumentSettings& s, const StagingThresholds& t);

}  // namespace trichosim::measure
