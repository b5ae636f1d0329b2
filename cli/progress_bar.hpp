#pragma once
#include <chrono>
#include <cstdio>
#include <string>

namespace trichosim::cli {

/// A one-line progress bar on stderr, drawn only when stderr is a terminal and the job has run for a while, so
/// logs and pipes stay clean. There is no Debian package for one; this is the small one of our own.
class ProgressBar {
 public:
  explicit ProgressBar(std::string label);
  ~ProgressBar();
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;
  ProgressBar(ProgressBar&&) = delete;
  ProgressBar& operator=(ProgressBar&&) = delete;

  /// Updates to `fraction` (0-1) done.
  void update(double fraction);

 private:
  std::string label_;
  std::chrono::steady_clock::time_point start_;
  bool tty_;
  bool drawn_ = false;
};

}  // namespace trichosim::cli
