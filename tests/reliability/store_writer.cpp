// Test helper for test_crash_safe_store: stores synthetic runs FIRST, FIRST+1, ... (COUNT of them, each with
// OBSERVATIONS observations) in the database DB, one transaction per run as the CLI does, and prints
// "committed <run>" on stdout after each commit. The test kills it with SIGKILL at random moments.
// Usage: store_writer DB FIRST COUNT OBSERVATIONS
#include <cstdio>
#include <cstdlib>
#include <string>

#include "core/input_error.hpp"
#include "storage/run_store.hpp"
#include "tests/reliability/synthetic_run.hpp"

int main(int argc, char** argv) {
  if (argc != 5) {
    std::fprintf(stderr, "usage: store_writer DB FIRST COUNT OBSERVATIONS\n");
    return 2;
  }
  try {
    const int first = std::stoi(argv[2]);
    const int count = std::stoi(argv[3]);
    const int observations = std::stoi(argv[4]);
    trichosim::storage::RunStore store(argv[1]);
    for (int run = first; run < first + count; ++run) {
      store.save_forecast(trichosim::testing::synthetic_run(run, observations));
      std::printf("committed %d\n", run);
      std::fflush(stdout);
    }
  } catch (const trichosim::InputError& e) {
    std::fprintf(stderr, "error: %s\n", e.what());
    return 2;
  }
  return 0;
}
