// distributed/ without MPI (TRICHOSIM_WITH_MPI off): one rank, the streaming run of trial/.
#include "distributed/ranks.hpp"

namespace trichosim::distributed {

Ranks::Ranks() = default;
Ranks::~Ranks() = default;

std::vector<double> gather_on_rank0(const Ranks&, double value) { return {value}; }

std::optional<trial::StreamedTrial> run_trial_on_ranks(const Ranks&, const trial::TrialDesign& design,
                                                       const trial::RunOptions& options) {
  return trial::run_trial_streaming(design, options);
}

}  // namespace trichosim::distributed
