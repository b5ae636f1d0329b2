#pragma once
#include <functional>
#include <memory>
#include <vector>

#include "cohort/population.hpp"
#include "core/input_error.hpp"
#include "core/intervention.hpp"
#include "trial/design.hpp"

namespace trichosim::trial {

/// Builds the interventions of one arm for one patient. The default, `registry_interventions`, turns the arm's
/// scenario events into plug-ins through treat/registry.cpp; tests pass their own.
using InterventionFactory =
    std::function<std::vector<std::unique_ptr<Intervention>>(const Arm& arm, const Parameters& params)>;

/// The arm's events through treat::make_intervention (throws InputError for an unknown type or a bad field).
std::vector<std::unique_ptr<Intervention>> registry_interventions(const Arm& arm, const Parameters& params);

/// One enrolled patient: who, whether they take the treatment, when they leave, and every reading.
struct PatientOutcome {
  cohort::VirtualPerson who;
  double adherence_draw = 0.0;  ///< uniform (0,1), shared by all arms: treated in arm k when < arms[k].adherence
  double dropout_day = 0.0;     ///< day the patient leaves (+inf when they complete)
  /// values[arm][endpoint][visit]; NaN for visits after dropout and for arms the patient is not in.
  std::vector<std::vector<std::vector<double>>> values;
};

/// The facts of a run that are not results: they go to the terminal, never into the result files, so the files
/// do not depend on the machine, the thread count or the rank count.
struct RunFacts {
  std::size_t screened = 0;  ///< candidates simulated to baseline
  std::size_t enrolled = 0;  ///< patients enrolled (the largest arm)
  int threads = 1;           ///< threads per rank
  int ranks = 1;             ///< MPI ranks (1 without MPI)
  double seconds = 0.0;      ///< wall time
};

/// Everything a trial run produced, before analysis.
struct TrialOutcome {
  std::size_t screened = 0;              ///< candidates simulated to baseline
  std::vector<PatientOutcome> patients;  ///< enrolled, in candidate order; arm k holds patients [0, arms[k].n)
  double seconds = 0.0;                  ///< wall time
  int threads = 1;
  /// Screened, enrolled, threads and wall time (one rank).
  RunFacts facts() const { return {screened, patients.size(), threads, 1, seconds}; }
};

struct RunOptions {
  int threads = 1;                       ///< patients simulated in parallel; results are identical for any count
  std::function<void(double)> progress;  ///< fraction done (0-1), called from one thread at a time
  InterventionFactory interventions = registry_interventions;
  /// Simulate each patient's untreated history to baseline once and fork it into the arms (same readings, event
  /// for event, as simulating every arm from the start of the burn-in; false is kept for the test that says so).
  bool fork_at_baseline = true;
  /// Simulate each candidate on the part of the scalp the trial's instruments read, when that is less than the
  /// whole (Endpoint::reads): the screening's units first, so a candidate who fails costs that part's burn-in only;
  /// and, when the endpoints read part of the scalp too and every arm acts through modifiers or follicle by follicle
  /// (Simulation::acts_per_follicle), the patient on the units the trial reads alone. The same readings, bit for bit,
  /// as simulating the whole scalp (false is kept for the tests that say so).
  bool simulate_part_of_scalp = true;
};

/// Runs a validated trial: screens candidates 0, 1, 2, ... at baseline until every place is filled (or
/// max_screened_per_enrolled x places candidates were screened), simulating every enrolled patient in every arm
/// with the same person id and seed. Throws ScreeningShortfall (an InputError) when too few candidates pass
/// screening.
TrialOutcome run_trial(const TrialDesign& design, const RunOptions& options);

/// Values per candidate record of `simulate_candidates`: 1 + arms x endpoints x visits.
std::size_t candidate_record_size(const TrialDesign& design);

/// Simulates candidates first, first + 1, ..., first + count - 1, `options.threads` at a time, and writes one record
/// per candidate to `records` (resized to count x candidate_record_size): a 1 when the candidate passes the person
/// criteria and the screening at baseline (else 0), then their readings in every arm, [arm][endpoint][visit] (NaN
/// for a candidate who fails and for visits after dropout). A candidate's record depends only on the seed and the
/// candidate number, never on the thread, the chunk or the rank that simulated it.
void simulate_candidates(const TrialDesign& design, const RunOptions& options, std::size_t first, std::size_t count,
                         std::vector<double>& records);

/// A screening that could not fill the places: an input error (widen the population or the ranges) that a
/// calibration may instead score as a miss, since it can come from the candidate values rather than the file.
class ScreeningShortfall : public InputError {
 public:
  using InputError::InputError;
};

/// Throws the ScreeningShortfall for a screening that could not fill the places, naming the numbers.
[[noreturn]] void throw_screening_shortfall(const TrialDesign& design, std::size_t filled, std::size_t screened);

/// Checks that every arm's events can be built (names the first bad field or unknown type); no simulation.
void check_interventions(const TrialDesign& design, const InterventionFactory& factory);

}  // namespace trichosim::trial
