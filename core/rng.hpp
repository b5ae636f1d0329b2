#pragma once
#include <array>
#include <cmath>
#include <cstdint>
#include <numbers>

#include "core/draw_sites.hpp"

namespace trichosim {

/// The counter of one draw: who, which follicle, which cycle, where in the code, which slot there.
struct DrawKey {
  std::uint32_t person = 0;
  std::uint32_t follicle = 0;
  std::uint32_t cycle = 0;
  DrawSite site = DrawSite::UnitPlacement;
  std::uint16_t slot = 0;
};

/// Four independent 32-bit words: Philox4x32-10 (Random123) of the counter `key` under the run `seed`.
/// A pure function — no generator state — so results do not depend on thread count or order.
std::array<std::uint32_t, 4> philox_words(std::uint64_t seed, const DrawKey& key);

/// Maps a 32-bit word to a uniform number in the open interval (0, 1).
constexpr double to_unit_open(std::uint32_t word) {
  constexpr double kInv32 = 1.0 / 4294967296.0;  // 2^-32
  return (static_cast<double>(word) + 0.5) * kInv32;
}

/// Standard normal from two uniform words (Box–Muller, cosine branch).
inline double to_standard_normal(std::uint32_t w1, std::uint32_t w2) {
  const double r = std::sqrt(-2.0 * std::log(to_unit_open(w1)));
  return r * std::cos(2.0 * std::numbers::pi * to_unit_open(w2));
}

/// Lognormal with the given arithmetic mean and log-scale spread, from a standard normal z:
/// exp(mu + sigma z) with mu = ln(mean) - sigma²/2, so that E = mean.
inline double lognormal_from_normal(double z, double mean, double log_sd) {
  return mean * std::exp(log_sd * z - 0.5 * log_sd * log_sd);
}

/// Lognormal with median 1: the multiplicative noise of per-follicle traits.
inline double median_one_lognormal(double z, double log_sd) { return std::exp(log_sd * z); }

/// A bundle of uniforms and normals from one Philox call, for code that needs a few numbers per event.
class Draw {
 public:
  Draw(std::uint64_t seed, const DrawKey& key) : w_(philox_words(seed, key)) {}
  /// Uniform (0,1) from word i (0..3).
  double uniform(std::size_t i) const { return to_unit_open(w_[i]); }
  /// Standard normal from words 0 and 1.
  double normal01() const { return to_standard_normal(w_[0], w_[1]); }
  /// Standard normal from words 2 and 3.
  double normal23() const { return to_standard_normal(w_[2], w_[3]); }

 private:
  std::array<std::uint32_t, 4> w_;
};

}  // namespace trichosim
