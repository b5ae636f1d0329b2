#pragma once
#include <functional>
#include <string>
#include <vector>

#include "scenario/calibration_spec.hpp"
#include "scenario/validation_case.hpp"
#include "validate/case_runner.hpp"

namespace trichosim::validate {

/// Sum over runnable targets of ((simulated - published) / spread)²: a chi-square-like misfit. A target the
/// simulation could not produce (no patients) adds kMissingPenalty.
double misfit(const std::vector<CaseResult>& results);
inline constexpr double kMissingPenalty = 1e6;

/// What a calibration found.
struct CalibrationResult {
  std::vector<std::string> keys;
  std::vector<double> start;
  std::vector<double> fitted;
  double start_objective = 0.0;
  double objective = 0.0;
  int evaluations = 0;
  std::string status;
  /// Per parameter: the objective with the parameter moved down and up by 5 % of its bound range (others fitted).
  std::vector<std::pair<double, double>> sensitivity;
  std::vector<CaseResult> fit_results;       ///< at the fitted values
  std::vector<CaseResult> held_out_results;  ///< at the fitted values, not used by the objective
  /// The objective at the fitted values with the cases' seeds offset by 0, 1, ..., K (empty when K = 0): how far the
  /// sample alone moves it, the yardstick for the sensitivities and for the fit's gain over its start.
  std::vector<double> seed_objectives;
  /// Spread of seed_objectives as a robust standard deviation, 1.4826 × the median absolute deviation (0 with fewer
  /// than two): one seed whose sample holds an outlier patient can raise the objective a hundredfold, which would
  /// make a plain SD call every parameter noise.
  double seed_spread() const;
  /// Whether moving parameter i changed the objective by more than twice seed_spread() (always true without seeds).
  bool beyond_noise(std::size_t i) const;
};

/// Fits `spec.parameters` to the runnable targets of `fit` with NLopt, then reports sensitivities and runs the
/// held-out cases, every case at spec.patients_scale times its patients. `base` carries threads, the intervention
/// factory and any fixed registry overrides (which also give the start of a fitted parameter they name); `noise_seeds`
/// K > 0 also evaluates the objective at the fit with the cases' seeds offset by 1..K (seed_objectives);
/// `on_evaluation(k, objective)` reports progress. Throws InputError when a fit case has no runnable target or
/// `noise_seeds` is outside 0-kMaxNoiseSeeds.
CalibrationResult calibrate(const scenario::CalibrationSpec& spec, const std::vector<scenario::ValidationCase>& fit,
                            const std::vector<scenario::ValidationCase>& held_out, const CaseOptions& base,
                            const std::function<void(int, double)>& on_evaluation = {}, int noise_seeds = 0);
inline constexpr int kMaxNoiseSeeds = 50;

}  // namespace trichosim::validate
