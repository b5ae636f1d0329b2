#pragma once
#include <array>
#include <bit>
#include <cstdint>

#include "core/parameters.hpp"
#include "core/phase.hpp"

namespace trichosim {

/// Phase-duration and kenogen rules as functions of follicle size, read once from the registry.
/// Size s is relative (1 = full terminal); `miniaturised_share(s)` runs from 0 at full size to 1 at vellus size.
class CycleModel {
 public:
  explicit CycleModel(const Parameters& p);

  /// 0 at s = 1, 1 at s <= vellus size, linear between.
  double miniaturised_share(double size) const;
  /// Mean anagen duration (days): anagen_mean x s^anagen_size_exponent.
  double anagen_mean_days(double size) const;
  double catagen_mean_days() const { return catagen_mean_; }
  /// Mean telogen duration (days), rising from the normal to the miniaturised value (AGA: shorter anagen, longer
  /// telogen).
  double telogen_mean_days(double size) const;
  /// Mean kenogen duration (days), rising from the normal to the miniaturised value.
  double kenogen_mean_days(double size) const;
  /// Probability that shedding is followed by kenogen rather than a new anagen at once.
  double kenogen_probability(double size) const;
  /// Log-scale spread of the lognormal duration of a cycling phase.
  double log_sd(Phase p) const { return log_sd_[static_cast<std::size_t>(p)]; }
  /// Mean duration of a cycling phase at size s (kenogen: given that it happens).
  double mean_days(Phase p, double size) const;
  /// Growth-rate multiplier of a follicle of size s: s^growth_size_exponent.
  double growth_factor(double size) const;
  double vellus_size() const { return vellus_size_; }

 private:
  double anagen_mean_;
  double anagen_exponent_;
  double catagen_mean_;
  double telogen_mean_;
  double telogen_mean_mini_;
  double kenogen_mean_;
  double kenogen_mean_mini_;
  double kenogen_p_;
  double kenogen_p_mini_;
  double growth_exponent_;
  double vellus_size_;
  std::array<double, kCyclingPhaseCount> log_sd_{};
};

/// CycleModel::anagen_mean_days, remembering the results for recent sizes (exactly the same values). A follicle's
/// size takes few distinct values — the miniaturisation step multiplies by the same factor each time — and the
/// std::pow behind each new cycle of a miniaturised follicle was a twentieth of the event loop's time. 256 slots:
/// with 64, sizes that shared a slot kept evicting each other and pow was still 2.3 % of the engine benchmark's
/// samples (0.6 % with 256). One per thread: it is not safe to share.
class AnagenMeanMemo {
 public:
  explicit AnagenMeanMemo(const CycleModel& cycle) : cycle_(cycle) {
    // Every slot starts as a true entry (size 1), so no slot needs an "empty" mark.
    keys_.fill(std::bit_cast<std::uint64_t>(1.0));
    values_.fill(cycle.anagen_mean_days(1.0));
  }

  double anagen_mean_days(double size) {
    const auto key = std::bit_cast<std::uint64_t>(size);
    // Fibonacci hashing: the top bits of key x 2^64/golden ratio spread nearby sizes over the slots.
    const auto slot = static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ULL) >> (64U - kSlotBits));
    if (keys_[slot] != key) {
      keys_[slot] = key;
      values_[slot] = cycle_.anagen_mean_days(size);
    }
    return values_[slot];
  }

 private:
  static constexpr unsigned kSlotBits = 8;
  const CycleModel& cycle_;
  std::array<std::uint64_t, std::size_t{1} << kSlotBits> keys_{};
  std::array<double, std::size_t{1} << kSlotBits> values_{};
};

}  // namespace trichosim
