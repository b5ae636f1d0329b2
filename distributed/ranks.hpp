#pragma once
#include <optional>
#include <vector>

#include "trial/design.hpp"
#include "trial/runner.hpp"
#include "trial/streaming.hpp"

namespace trichosim::distributed {

/// The processes a command runs on. When the process was started by an MPI launcher (mpirun, which sets
/// OMPI_COMM_WORLD_SIZE or PMIX_RANK) and trichosim was built with TRICHOSIM_WITH_MPI, MPI is initialised here and
/// finalised on destruction; otherwise this is rank 0 of 1 and MPI is never touched.
class Ranks {
 public:
  Ranks();
  ~Ranks();  // NOLINT(performance-trivially-destructible): finalises MPI in the MPI build (mpi_trial.cpp)
  Ranks(const Ranks&) = delete;
  Ranks& operator=(const Ranks&) = delete;
  Ranks(Ranks&&) = delete;
  Ranks& operator=(Ranks&&) = delete;

  int rank() const { return rank_; }  ///< this process, 0 to size - 1; rank 0 prints and stores
  int size() const { return size_; }  ///< number of processes, K

 private:
  int rank_ = 0;
  int size_ = 1;
  [[maybe_unused]] bool initialised_ = false;  // read by the MPI build only
};

/// Every rank's `value`, in rank order, on rank 0 (empty on the others): per-rank figures such as peak memory.
std::vector<double> gather_on_rank0(const Ranks& ranks, double value);

/// Runs a trial with its candidates split across the ranks: candidates are cut into chunks of
/// trial::default_chunk_size, chunk c is simulated by rank c mod K (its threads over the chunk's candidates), and
/// rank 0 folds the chunks' records in candidate order as they arrive (trial::CandidateFold), so every number is
/// the same for any K and thread count. Each rank holds at most two chunks of records at a time; nothing grows
/// with the number of patients. Returns the result on rank 0 and nullopt on the others. The progress callback
/// is called on rank 0 only.
std::optional<trial::StreamedTrial> run_trial_on_ranks(const Ranks& ranks, const trial::TrialDesign& design,
                                                       const trial::RunOptions& options);

}  // namespace trichosim::distributed
