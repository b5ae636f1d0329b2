#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/parameters.hpp"
#include "scenario/validation_case.hpp"
#include "trial/runner.hpp"

namespace trichosim::validate {

/// The outcome of one published number.
struct TargetResult {
  std::string case_id;
  std::string study;
  std::string label;
  std::string endpoint;
  std::string statistic;
  std::string unit;
  double published = 0.0;
  double spread = 0.0;
  std::string spread_note;
  std::string published_n;
  std::optional<double> simulated;  ///< nullopt when the case could not run
  std::size_t simulated_n = 0;      ///< patients behind the simulated number
  bool runnable = false;
  std::string reason;  ///< why not runnable
  bool within() const { return simulated && std::abs(*simulated - published) <= spread; }
};

/// The outcome of one case file.
struct CaseResult {
  std::string id;
  std::string study;
  std::string citation;
  std::string reference;
  std::string not_runnable;  ///< first reason part of the case could not run; empty when all of it ran
  std::vector<TargetResult> targets;
  std::size_t patients = 0;
  std::size_t screened = 0;
  double seconds = 0.0;
};

struct CaseOptions {
  int threads = 1;
  std::function<void(double)> progress;
  trial::InterventionFactory interventions = trial::registry_interventions;
  /// Registry values applied on top of the case's own overrides (calibration candidates).
  std::vector<std::pair<Param, double>> parameter_values;
  /// Added to every case's seed. 0 runs the cases as written (docs/validation.md); other offsets draw other virtual
  /// patients, to show how much of a result is the sample rather than the model.
  std::uint64_t seed_offset = 0;
  /// Every arm's N times this (1 runs the cases as written): a larger sample of the same design, whose estimates sit
  /// nearer what the model itself gives, so a fit or a verdict reads less of one sample's luck. Patients 0..N-1 are
  /// the same people as at 1 (a patient's seed is its index). 1 to scenario::kMaxPatientsScale; run_case refuses
  /// others by name.
  std::size_t patients_scale = 1;
  /// When a case's screening cannot fill its places (trial::ScreeningShortfall), report its targets as runnable but
  /// not simulated, with the shortfall as the reason, instead of throwing. Calibration sets it: candidate values far
  /// from the fit can leave too few patients who meet a case's criteria, and misfit() scores that as a miss
  /// (kMissingPenalty per target) rather than ending the fit.
  bool shortfall_as_missing = false;
};

/// The first reason part of a case cannot run with this build, or "" when all of it can: a pending design, an event
/// type treat/ does not know, or an instrument the endpoint table does not have. Example: "not runnable yet
/// (unknown event type finasteride)".
std::string not_runnable_reason(const scenario::ValidationCase& c);

/// Runs the runnable part of the case's trial once (arms with known event types, endpoints with known
/// instruments; arms share patients, so a placebo arm runs alone) and evaluates every target; a target that needs
/// a missing part is reported with the reason, never as a pass or a miss.
CaseResult run_case(const scenario::ValidationCase& c, const CaseOptions& options);

/// run_case on every case in order; `progress(f)` (optional) hears the share of the whole list done, 0-1.
std::vector<CaseResult> run_cases(const std::vector<scenario::ValidationCase>& cases, CaseOptions options,
                                  const std::function<void(double)>& progress = {});

/// Throws InputError when the registry values of `options` (the command line's --set), laid over a case's own
/// overrides, break a rule that ties registry values together (scenario/parameter_rules.hpp). Run before any case,
/// so a bad --set stops the command before any simulation.
/// `given_as` names where the values came from in messages ("--set", "parameters").
void check_parameter_values(const std::vector<scenario::ValidationCase>& cases, const CaseOptions& options,
                            const std::string& given_as = "--set");

}  // namespace trichosim::validate
