#include "cli/progress_bar.hpp"

#include <unistd.h>

#include <algorithm>

namespace trichosim::cli {

namespace {
constexpr double kShowAfterSeconds = 0.5;  // short jobs finish before a bar would help
constexpr int kWidth = 30;
}  // namespace

ProgressBar::ProgressBar(std::string label)
    : label_(std::move(label)), start_(std::chrono::steady_clock::now()), tty_(isatty(STDERR_FILENO) != 0) {}

ProgressBar::~ProgressBar() {
  if (drawn_) {
    std::fputs("\n", stderr);
  }
}

void ProgressBar::update(double fraction) {
  const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  if (!tty_ || elapsed < kShowAfterSeconds) {
    return;
  }
  fraction = std::clamp(fraction, 0.0, 1.0);
  const int filled = static_cast<int>(fraction * kWidth);
  std::string bar(static_cast<std::size_t>(filled), '#');
  bar.append(static_cast<std::size_t>(kWidth - filled), '.');
  std::fprintf(stderr, "\r%s [%s] %3d%%  %.1fs", label_.c_str(), bar.c_str(), static_cast<int>(fraction * 100.0),
               elapsed);
  std::fflush(stderr);
  drawn_ = true;
}

}  // namespace trichosim::cli
