#include "trial/streaming.hpp"

#include <algorithm>
#include <cassert>
#include <chrono>
#include <cmath>

namespace trichosim::trial {

CandidateFold::CandidateFold(const TrialDesign& design)
    : design_(design),
      width_(candidate_record_size(design)),
      places_(design.patients()),
      max_candidates_(static_cast<std::size_t>(
          std::ceil(static_cast<double>(design.patients()) * design.max_screened_per_enrolled))),
      accumulator_(design) {}

void CandidateFold::add(std::span<const double> records) {
  assert(records.size() % width_ == 0);
  for (std::size_t at = 0; at < records.size() && !full() && screened_ < max_candidates_; at += width_) {
    ++screened_;
    if (records[at] != 1.0) {
      continue;
    }
    accumulator_.add(enrolled_, records.subspan(at + 1, width_ - 1));
    ++enrolled_;
  }
}

StreamedTrial CandidateFold::finish(const RunFacts& facts) const {
  if (!full()) {
    throw_screening_shortfall(design_, enrolled_, screened_);
  }
  StreamedTrial out{facts, accumulator_.finish()};
  out.facts.screened = screened_;
  out.facts.enrolled = enrolled_;
  return out;
}

std::size_t default_chunk_size(const TrialDesign& design, int threads, int ranks) {
  constexpr std::size_t kMaxChunk = 512;
  constexpr std::size_t kPerThread = 4;
  const std::size_t per_rank = design.patients() / (4 * static_cast<std::size_t>(std::max(1, ranks)));
  return std::max(kPerThread * static_cast<std::size_t>(std::max(1, threads)), std::min(kMaxChunk, per_rank));
}

StreamedTrial run_trial_streaming(const TrialDesign& design, const RunOptions& options, std::size_t chunk) {
  const auto t0 = std::chrono::steady_clock::now();
  if (chunk == 0) {
    chunk = default_chunk_size(design, options.threads, 1);
  }
  CandidateFold fold(design);
  std::vector<double> records;
  for (std::size_t first = 0; !fold.full() && first < fold.max_candidates(); first += chunk) {
    simulate_candidates(design, options, first, std::min(chunk, fold.max_candidates() - first), records);
    fold.add(records);
    if (options.progress) {
      options.progress(static_cast<double>(fold.enrolled()) / static_cast<double>(design.patients()));
    }
  }
  RunFacts facts;
  facts.threads = std::max(1, options.threads);
  facts.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return fold.finish(facts);
}

}  // namespace trichosim::trial
