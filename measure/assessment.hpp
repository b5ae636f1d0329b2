#pragma once
#include <optional>
#include <vector>

#include "core/person.hpp"
#include "measure/density_map.hpp"
#include "measure/settings.hpp"
#include "measure/staging.hpp"
#include "measure/symptoms.hpp"

namespace trichosim {
class Simulation;
}

namespace trichosim::measure {

/// Stage and symptoms of one observation.
struct Assessment {
  PatternReading pattern;
  Stage norwood;
  Stage ludwig;
  Stage sinclair;
  std::vector<Symptom> symptoms;
  /// The scale clinicians use for this sex: Norwood for men, Ludwig for women.
  const Stage& primary(Sex sex) const { return sex == Sex::Male ? norwood : ludwig; }
};

/// Stages and describes a simulated scalp over a forecast. The reference density map is the scalp as it stands
/// when the assessor is made — construct it right after the Simulation, whose burn-in starts before androgens act,
/// so "normal" is the person's own pre-androgen scalp. The first assessment becomes the symptom baseline.
class Assessor {
 public:
  explicit Assessor(const Simulation& sim);

  /// Assesses the live scalp; `shed_per_day` is the whole-scalp shedding rate over the recent window.
  Assessment assess(const Simulation& sim, double shed_per_day);

  /// The pattern and the stages of the live scalp alone (no symptoms, so no baseline is taken): for readers that
  /// need only the scales, such as a trial's stage instruments.
  Assessment stage(const Simulation& sim) const;

 private:
  Assessment staged(const RelativeDensity& relative) const;

  InstrumentSettings settings_;
  StagingThresholds thresholds_;
  double cell_mm_;
  double smoothing_mm_;
  DensityMap reference_;
  std::optional<SymptomBaseline> baseline_;
};

}  // namespace trichosim::measure
