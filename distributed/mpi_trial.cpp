// distributed/ with MPI: candidates in chunks across the ranks, folded in candidate order on rank 0.
#include <mpi.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <limits>
#include <stdexcept>
#include <string>
#include <thread>

#include "distributed/ranks.hpp"

namespace trichosim::distributed {
namespace {

constexpr int kChunkTag = 1;  // worker -> rank 0: one chunk's candidate records
constexpr int kDoneTag = 2;   // worker -> rank 0: no more chunks from this worker
constexpr int kStopTag = 3;   // rank 0 -> worker: every place is filled, stop simulating

bool started_by_mpi_launcher() {
  for (const char* name : {"OMPI_COMM_WORLD_SIZE", "PMIX_RANK", "PMI_RANK"}) {
    if (std::getenv(name) != nullptr) {
      return true;
    }
  }
  return false;
}

void check(int rc, const char* what) {
  if (rc != MPI_SUCCESS) {
    throw std::runtime_error(std::string("MPI: ") + what + " failed");
  }
}

int as_count(std::size_t n) {
  if (n > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
    throw std::runtime_error("MPI: a chunk is too large for one message");
  }
  return static_cast<int>(n);
}

// Waiting ranks poll every millisecond and sleep in between, instead of Open MPI's busy wait: the waiting rank's
// core goes to the ranks and threads that simulate (measured on 2 cores: the busy wait cost 40 % more CPU time).
constexpr std::chrono::milliseconds kPoll{1};

MPI_Status wait_for_message(int source, int tag) {
  MPI_Status status;
  int arrived = 0;
  for (;;) {
    check(MPI_Iprobe(source, tag, MPI_COMM_WORLD, &arrived, &status), "probe");
    if (arrived != 0) {
      return status;
    }
    std::this_thread::sleep_for(kPoll);
  }
}

void wait_for_send(MPI_Request& request) {
  int done = 0;
  for (;;) {
    check(MPI_Test(&request, &done, MPI_STATUS_IGNORE), "test");
    if (done != 0) {
      return;
    }
    std::this_thread::sleep_for(kPoll);
  }
}

struct Chunks {
  std::size_t size;   // candidates per chunk
  std::size_t total;  // candidates at most
  std::size_t count() const { return (total + size - 1) / size; }
  std::size_t first(std::size_t c) const { return c * size; }
  std::size_t length(std::size_t c) const { return std::min(size, total - c * size); }
};

// Ranks 1..K-1: simulate chunks rank, rank + K, ... and send each to rank 0, two sends in flight at most.
void work(const Ranks& ranks, const trial::TrialDesign& design, const trial::RunOptions& options,
          const Chunks& chunks) {
  std::array<std::vector<double>, 2> buffers;
  std::array<MPI_Request, 2> sends{MPI_REQUEST_NULL, MPI_REQUEST_NULL};
  std::size_t which = 0;
  for (auto c = static_cast<std::size_t>(ranks.rank()); c < chunks.count();
       c += static_cast<std::size_t>(ranks.size())) {
    int stop = 0;
    check(MPI_Iprobe(0, kStopTag, MPI_COMM_WORLD, &stop, MPI_STATUS_IGNORE), "probe");
    if (stop != 0) {
      break;
    }
    wait_for_send(sends[which]);
    trial::simulate_candidates(design, options, chunks.first(c), chunks.length(c), buffers[which]);
    check(MPI_Isend(buffers[which].data(), as_count(buffers[which].size()), MPI_DOUBLE, 0, kChunkTag, MPI_COMM_WORLD,
                    &sends[which]),
          "send");
    which ^= 1U;
  }
  wait_for_send(sends[0]);
  wait_for_send(sends[1]);
  check(MPI_Send(nullptr, 0, MPI_DOUBLE, 0, kDoneTag, MPI_COMM_WORLD), "send");
  wait_for_message(0, kStopTag);
  check(MPI_Recv(nullptr, 0, MPI_DOUBLE, 0, kStopTag, MPI_COMM_WORLD, MPI_STATUS_IGNORE), "receive");
}

// Receives the next message from `source` with `tag` (MPI_ANY_TAG allowed) into `buffer`; returns its tag.
int receive(int source, int tag, std::vector<double>& buffer) {
  const MPI_Status status = wait_for_message(source, tag);
  int count = 0;
  check(MPI_Get_count(&status, MPI_DOUBLE, &count), "count");
  buffer.resize(static_cast<std::size_t>(count));
  check(MPI_Recv(buffer.data(), count, MPI_DOUBLE, source, status.MPI_TAG, MPI_COMM_WORLD, MPI_STATUS_IGNORE),
        "receive");
  return status.MPI_TAG;
}

// Rank 0: simulate its own chunks, receive the others' in chunk order, fold; then stop and drain the workers.
void lead(const Ranks& ranks, const trial::TrialDesign& design, const trial::RunOptions& options, const Chunks& chunks,
          trial::CandidateFold& fold) {
  const auto k = static_cast<std::size_t>(ranks.size());
  std::vector<double> records;
  for (std::size_t c = 0; c < chunks.count() && !fold.full(); ++c) {
    const int source = static_cast<int>(c % k);
    if (source == 0) {
      trial::simulate_candidates(design, options, chunks.first(c), chunks.length(c), records);
    } else {
      receive(source, kChunkTag, records);
      if (records.size() != chunks.length(c) * trial::candidate_record_size(design)) {
        throw std::runtime_error("MPI: chunk " + std::to_string(c) + " from rank " + std::to_string(source) +
                                 " has the wrong size");
      }
    }
    fold.add(records);
    if (options.progress) {
      options.progress(static_cast<double>(fold.enrolled()) / static_cast<double>(design.patients()));
    }
  }
  std::vector<MPI_Request> stops(k - 1, MPI_REQUEST_NULL);
  for (std::size_t w = 1; w < k; ++w) {
    check(MPI_Isend(nullptr, 0, MPI_DOUBLE, static_cast<int>(w), kStopTag, MPI_COMM_WORLD, &stops[w - 1]), "send");
  }
  for (std::size_t w = 1; w < k; ++w) {
    while (receive(static_cast<int>(w), MPI_ANY_TAG, records) != kDoneTag) {
      // chunks simulated ahead after the last place was filled: not needed
    }
  }
  check(MPI_Waitall(static_cast<int>(stops.size()), stops.data(), MPI_STATUSES_IGNORE), "wait");
}

}  // namespace

Ranks::Ranks() {
  if (!started_by_mpi_launcher()) {
    return;
  }
  int provided = 0;
  check(MPI_Init_thread(nullptr, nullptr, MPI_THREAD_FUNNELED, &provided), "initialisation");
  initialised_ = true;
  check(MPI_Comm_rank(MPI_COMM_WORLD, &rank_), "rank");
  check(MPI_Comm_size(MPI_COMM_WORLD, &size_), "size");
}

Ranks::~Ranks() {
  if (initialised_) {
    MPI_Finalize();
  }
}

std::vector<double> gather_on_rank0(const Ranks& ranks, double value) {
  if (ranks.size() == 1) {
    return {value};
  }
  std::vector<double> all(ranks.rank() == 0 ? static_cast<std::size_t>(ranks.size()) : 0U);
  check(MPI_Gather(&value, 1, MPI_DOUBLE, all.data(), 1, MPI_DOUBLE, 0, MPI_COMM_WORLD), "gather");
  return all;
}

std::optional<trial::StreamedTrial> run_trial_on_ranks(const Ranks& ranks, const trial::TrialDesign& design,
                                                       const trial::RunOptions& options) {
  if (ranks.size() == 1) {
    return trial::run_trial_streaming(design, options);
  }
  const auto t0 = std::chrono::steady_clock::now();
  trial::CandidateFold fold(design);
  try {
    // Rank 0's chunk size for everyone: ranks on other machines may have another thread count.
    unsigned long long size = trial::default_chunk_size(design, options.threads, ranks.size());
    check(MPI_Bcast(&size, 1, MPI_UNSIGNED_LONG_LONG, 0, MPI_COMM_WORLD), "broadcast");
    const Chunks chunks{static_cast<std::size_t>(size), fold.max_candidates()};
    if (ranks.rank() != 0) {
      work(ranks, design, options, chunks);
      return std::nullopt;
    }
    lead(ranks, design, options, chunks, fold);
  } catch (const std::exception& e) {
    // A failure mid-run would leave the other ranks waiting: stop them all.
    std::cerr << "error on rank " << ranks.rank() << ": " << e.what() << "\n";
    MPI_Abort(MPI_COMM_WORLD, 3);
  }
  trial::RunFacts facts;
  facts.threads = std::max(1, options.threads);
  facts.ranks = ranks.size();
  facts.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return fold.finish(facts);  // throws the screening shortfall on rank 0, after every rank has finished
}

}  // namespace trichosim::distributed
