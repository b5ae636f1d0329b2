#pragma once
#include <Random123/philox.h>

#include <array>
#include <cmath>
#include <cstdint>

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
/// A pure function — no generator state — so results do not depend on thread count or order. Inline: the engine
/// calls it about once per event, and the call itself was a measurable share of the event loop.
inline std::array<std::uint32_t, 4> philox_words(std::uint64_t seed, const DrawKey& key) {
  const r123::Philox4x32::key_type k = {{static_cast<std::uint32_t>(seed), static_cast<std::uint32_t>(seed >> 32U)}};
  const std::uint32_t site_slot = (static_cast<std::uint32_t>(key.site) << 16U) | key.slot;
  const r123::Philox4x32::ctr_type c = {{key.person, key.follicle, key.cycle, site_slot}};
  const auto r = r123::Philox4x32()(c, k);
  return {r[0], r[1], r[2], r[3]};
}

/// The key schedule of Philox4x32-10 for one run seed, computed once: round r uses the seed's two words plus r times
/// the Weyl constants. philox_words(keys, key) then equals philox_words(seed, key) bit for bit
/// (tests/core/test_rng.cpp) with fewer operations per draw; the engine's event loop draws about once per event.
class PhiloxKeys {
 public:
  static constexpr int kRounds = 10;
  // Random123's PHILOX_M4x32_0/1 and PHILOX_W32_0/1.
  static constexpr std::uint32_t kMul0 = 0xD2511F53U;
  static constexpr std::uint32_t kMul1 = 0xCD9E8D57U;
  static constexpr std::uint32_t kWeyl0 = 0x9E3779B9U;
  static constexpr std::uint32_t kWeyl1 = 0xBB67AE85U;

  explicit PhiloxKeys(std::uint64_t seed) {
    auto k0 = static_cast<std::uint32_t>(seed);
    auto k1 = static_cast<std::uint32_t>(seed >> 32U);
    for (int r = 0; r < kRounds; ++r) {
      round_[static_cast<std::size_t>(2 * r)] = k0;
      round_[static_cast<std::size_t>(2 * r + 1)] = k1;
      k0 += kWeyl0;
      k1 += kWeyl1;
    }
  }

  /// Philox4x32-10 of the counter `key` (Random123's round function, written out).
  std::array<std::uint32_t, 4> words(const DrawKey& key) const {
    std::uint32_t c0 = key.person;
    std::uint32_t c1 = key.follicle;
    std::uint32_t c2 = key.cycle;
    std::uint32_t c3 = (static_cast<std::uint32_t>(key.site) << 16U) | key.slot;
#pragma GCC unroll 10
    for (int r = 0; r < kRounds; ++r) {
      const std::uint64_t p0 = std::uint64_t{kMul0} * c0;
      const std::uint64_t p1 = std::uint64_t{kMul1} * c2;
      c0 = static_cast<std::uint32_t>(p1 >> 32U) ^ c1 ^ round_[static_cast<std::size_t>(2 * r)];
      c1 = static_cast<std::uint32_t>(p1);
      c2 = static_cast<std::uint32_t>(p0 >> 32U) ^ c3 ^ round_[static_cast<std::size_t>(2 * r + 1)];
      c3 = static_cast<std::uint32_t>(p0);
    }
    return {c0, c1, c2, c3};
  }

  /// Word j (0 or 1) of round r's key (for the batched rounds of core/philox_batch.hpp).
  std::uint32_t round_key(int r, int j) const { return round_[static_cast<std::size_t>(2 * r + j)]; }

 private:
  std::array<std::uint32_t, 2 * kRounds> round_{};
};

inline constexpr double kInv32 = 1.0 / 4294967296.0;  // 2^-32

/// Maps a 32-bit word to a uniform number in the open interval (0, 1).
constexpr double to_unit_open(std::uint32_t word) { return (static_cast<double>(word) + 0.5) * kInv32; }

// Acklam's rational approximation of the standard normal quantile (mathematical constants, not model parameters):
// the central region's numerator and denominator coefficients, and the edge of the lower tail.
inline constexpr std::array<double, 6> kNormalA = {-3.969683028665376e+01, 2.209460984245205e+02,
                                                   -2.759285104469687e+02, 1.383577518672690e+02,
                                                   -3.066479806614716e+01, 2.506628277459239e+00};
inline constexpr std::array<double, 5> kNormalB = {-5.447609879822406e+01, 1.615858368580409e+02,
                                                   -1.556989798598866e+02, 6.680131188771972e+01,
                                                   -1.328068155288572e+01};
inline constexpr double kNormalLow = 0.02425;

/// Standard normal quantile Phi^-1(p) for p in (0, 1): Acklam's rational approximation (relative error below
/// 1.2e-9). The central 95 % of draws need no transcendental function, which makes a keyed normal draw cheap.
/// (core/normal_batch.cpp repeats the central branch's operations four at a time.)
inline double normal_quantile(double p) {
  constexpr double a0 = kNormalA[0], a1 = kNormalA[1], a2 = kNormalA[2], a3 = kNormalA[3], a4 = kNormalA[4],
                   a5 = kNormalA[5];
  constexpr double b0 = kNormalB[0], b1 = kNormalB[1], b2 = kNormalB[2], b3 = kNormalB[3], b4 = kNormalB[4];
  constexpr double c0 = -7.784894002430293e-03, c1 = -3.223964580411365e-01, c2 = -2.400758277161838e+00,
                   c3 = -2.549732539343734e+00, c4 = 4.374664141464968e+00, c5 = 2.938163982698783e+00;
  constexpr double d0 = 7.784695709041462e-03, d1 = 3.224671290700398e-01, d2 = 2.445134137142996e+00,
                   d3 = 3.754408661907416e+00;
  constexpr double kLow = kNormalLow;
  if (p < kLow || p > 1.0 - kLow) {
    const double q = std::sqrt(-2.0 * std::log(p < kLow ? p : 1.0 - p));
    const double tail =
        (((((c0 * q + c1) * q + c2) * q + c3) * q + c4) * q + c5) / ((((d0 * q + d1) * q + d2) * q + d3) * q + 1.0);
    return p < kLow ? tail : -tail;
  }
  const double q = p - 0.5;
  const double r = q * q;
  return (((((a0 * r + a1) * r + a2) * r + a3) * r + a4) * r + a5) * q /
         (((((b0 * r + b1) * r + b2) * r + b3) * r + b4) * r + 1.0);
}

/// Standard normal from one uniform word (inverse CDF).
inline double to_standard_normal(std::uint32_t word) { return normal_quantile(to_unit_open(word)); }

/// The exponent of lognormal_from_normal, sigma z - sigma²/2: the lognormal is mean x exp of it (the event loop
/// takes the exps of many at once, core/exact_exp.hpp).
inline double lognormal_exponent(double z, double log_sd) { return log_sd * z - 0.5 * log_sd * log_sd; }

/// Lognormal with the given arithmetic mean and log-scale spread, from a standard normal z:
/// exp(mu + sigma z) with mu = ln(mean) - sigma²/2, so that E = mean.
inline double lognormal_from_normal(double z, double mean, double log_sd) {
  return mean * std::exp(lognormal_exponent(z, log_sd));
}

/// Lognormal with median 1: the multiplicative noise of per-follicle traits.
inline double median_one_lognormal(double z, double log_sd) { return std::exp(log_sd * z); }

/// A bundle of uniforms and normals from one Philox call, for code that needs a few numbers per event.
class Draw {
 public:
  Draw(std::uint64_t seed, const DrawKey& key) : w_(philox_words(seed, key)) {}
  /// The same draw from the seed's precomputed key schedule.
  Draw(const PhiloxKeys& keys, const DrawKey& key) : w_(keys.words(key)) {}
  /// Uniform (0,1) from word i (0..3).
  double uniform(std::size_t i) const { return to_unit_open(w_[i]); }
  /// Standard normal from word i (0..3), by inverse CDF.
  double normal(std::size_t i) const { return to_standard_normal(w_[i]); }
  /// Standard normal from word 0 (words 0 and 1 are reserved for it).
  double normal01() const { return to_standard_normal(w_[0]); }
  /// Standard normal from word 2 (words 2 and 3 are reserved for it).
  double normal23() const { return to_standard_normal(w_[2]); }

 private:
  std::array<std::uint32_t, 4> w_;
};

}  // namespace trichosim
