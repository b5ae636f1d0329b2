#pragma once
// The thread bound the Python entry points share: the same range and message as the CLI's --threads.
#include <string>

#include "core/input_error.hpp"

namespace trichosim::python {

constexpr int kMaxThreads = 1024;

/// Refuses a thread count outside 1-1024 by name, before any work.
inline void check_threads(int threads) {
  if (threads < 1 || threads > kMaxThreads) {
    throw InputError("threads = " + std::to_string(threads) + ": allowed range is 1 to " + std::to_string(kMaxThreads));
  }
}

}  // namespace trichosim::python
