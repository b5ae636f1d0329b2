#pragma once
#include <cstddef>
#include <span>
#include <vector>

#include "trial/accumulator.hpp"
#include "trial/analysis.hpp"
#include "trial/runner.hpp"

namespace trichosim::trial {

/// A trial run that kept no patient: its facts and its analysis.
struct StreamedTrial {
  RunFacts facts;
  TrialAnalysis analysis;
};

/// Folds candidate records (trial/runner.hpp, simulate_candidates) in candidate order: enrols each candidate who
/// passed into the next place until every place is filled, and adds their readings to a TrialAccumulator. The
/// records may come in chunks of any size from any thread or rank; only their order matters. Memory does not grow
/// with the number of patients.
class CandidateFold {
 public:
  explicit CandidateFold(const TrialDesign& design);

  /// Adds the records of the next candidates (a whole number of records); those after the last place is filled
  /// are ignored.
  void add(std::span<const double> records);

  /// Every place is filled.
  bool full() const { return enrolled_ >= places_; }
  /// Candidates screened so far (up to the one who filled the last place).
  std::size_t screened() const { return screened_; }
  /// Patients enrolled so far.
  std::size_t enrolled() const { return enrolled_; }
  /// Screening stops after this many candidates (max_screened_per_enrolled x places).
  std::size_t max_candidates() const { return max_candidates_; }

  /// The analysis; throws InputError (throw_screening_shortfall) when places are left unfilled.
  StreamedTrial finish(const RunFacts& facts) const;

 private:
  const TrialDesign& design_;
  std::size_t width_;
  std::size_t places_;
  std::size_t max_candidates_;
  std::size_t screened_ = 0;
  std::size_t enrolled_ = 0;
  TrialAccumulator accumulator_;
};

/// Candidates per chunk: about a quarter of the places per rank, at least 4 per thread and at most 512, so every
/// rank and thread has work and a chunk's records stay small (512 x candidate_record_size doubles). The results
/// do not depend on it.
std::size_t default_chunk_size(const TrialDesign& design, int threads, int ranks);

/// Runs a trial on this process without keeping patients: chunks of `chunk` candidates (0 = default_chunk_size)
/// simulated `options.threads` at a time and folded in candidate order. Same analysis, bit for bit, as
/// analyse(run_trial(...)) and as the MPI run (distributed/) with any rank count.
StreamedTrial run_trial_streaming(const TrialDesign& design, const RunOptions& options, std::size_t chunk = 0);

}  // namespace trichosim::trial
