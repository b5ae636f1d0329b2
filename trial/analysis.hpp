#pragma once
#include <functional>
#include <string>
#include <vector>

#include "trial/design.hpp"
#include "trial/runner.hpp"
#include "trial/statistics.hpp"

namespace trichosim::trial {

/// What is summarised for one patient at one visit.
enum class Measure {
  Value,          ///< the reading itself
  Change,         ///< reading - baseline reading
  PercentChange,  ///< (reading - baseline) / baseline x 100 (patients with a zero baseline are left out)
};

/// One arm, one endpoint, one visit.
struct VisitStats {
  double years = 0.0;
  SampleSummary value;
  SampleSummary change;
  SampleSummary percent_change;
  std::vector<Proportion> responders;  ///< one per responder threshold: change >= threshold
};

/// The analysis of a trial: observed cases (patients still in the trial at the visit), two-sided 95 % intervals.
struct TrialAnalysis {
  std::vector<std::string> arm_names;
  std::vector<std::size_t> randomised;                     ///< per arm
  std::vector<std::vector<std::vector<VisitStats>>> arms;  ///< [arm][endpoint][visit]
  /// Change from baseline, arm minus control, Welch t test: [arm][endpoint][visit]; empty for the control arm.
  std::vector<std::vector<std::vector<MeanComparison>>> versus_control;
};

/// Keeps a patient in a subgroup analysis (validation targets by age band or sex); empty = everyone.
using PatientFilter = std::function<bool(const PatientOutcome&)>;

/// The per-patient values of one arm, endpoint and visit (observed cases only, patient order).
std::vector<double> arm_values(const TrialDesign& design, const TrialOutcome& outcome, std::size_t arm,
                               std::size_t endpoint, std::size_t visit, Measure measure,
                               const PatientFilter& filter = {});

/// Summarises every arm, endpoint and visit and compares each arm with the control arm.
TrialAnalysis analyse(const TrialDesign& design, const TrialOutcome& outcome, const PatientFilter& filter = {});

}  // namespace trichosim::trial
