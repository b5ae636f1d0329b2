#include "core/philox_batch.hpp"

#include <immintrin.h>

#include <array>
#include <cstddef>

namespace trichosim {
namespace {

constexpr std::size_t kWidth = 8;  // counters per AVX2 step

// Stores the two draws of `v` (low half: draw k, high half: draw k + 4).
__attribute__((target("avx2"))) void store_pair(__m256i v, std::span<std::array<std::uint32_t, 4>> out, std::size_t k) {
  // NOLINTNEXTLINE(cppcoreguidelines-pro-type-reinterpret-cast): unaligned stores of the words
  _mm_storeu_si128(reinterpret_cast<__m128i*>(out[k].data()), _mm256_castsi256_si128(v));
  // NOLINTNEXTLINE(cppcoreguidelines-pro-type-reinterpret-cast)
  _mm_storeu_si128(reinterpret_cast<__m128i*>(out[k + 4].data()), _mm256_extracti128_si256(v, 1));
}

// Four words of eight draws, one word per vector.
struct Words8 {
  __m256i w0, w1, w2, w3;
};

// The counters of eight draws: {person, follicle, cycle, site and slot}.
__attribute__((target("avx2"))) Words8 load_counters(std::uint32_t person, const std::uint32_t* follicles,
                                                     const std::uint32_t* cycles, std::uint32_t site_slot) {
  // NOLINTBEGIN(cppcoreguidelines-pro-type-reinterpret-cast): unaligned vector loads of the inputs
  return {_mm256_set1_epi32(static_cast<int>(person)), _mm256_loadu_si256(reinterpret_cast<const __m256i*>(follicles)),
          _mm256_loadu_si256(reinterpret_cast<const __m256i*>(cycles)), _mm256_set1_epi32(static_cast<int>(site_slot))};
  // NOLINTEND(cppcoreguidelines-pro-type-reinterpret-cast)
}

// A round's 64-bit products, c0 x kMul0 and c2 x kMul1, of the even lanes and of the odd lanes: {even0, odd0,
// even1, odd1}.
__attribute__((target("avx2"))) Words8 round_products(__m256i c0, __m256i c2) {
  const __m256i mul0 = _mm256_set1_epi32(static_cast<int>(PhiloxKeys::kMul0));
  const __m256i mul1 = _mm256_set1_epi32(static_cast<int>(PhiloxKeys::kMul1));
  return {_mm256_mul_epu32(c0, mul0), _mm256_mul_epu32(_mm256_srli_epi64(c0, 32), mul0), _mm256_mul_epu32(c2, mul1),
          _mm256_mul_epu32(_mm256_srli_epi64(c2, 32), mul1)};
}

// The four words of eight draws (one word per vector) transposed to one draw per 16 bytes and stored at out[k..k+8):
// each vector of the last unpack holds draws j and j + 4.
__attribute__((target("avx2"))) void store_draws(const Words8& c, std::span<std::array<std::uint32_t, 4>> out,
                                                 std::size_t k) {
  const __m256i t0 = _mm256_unpacklo_epi32(c.w0, c.w1);
  const __m256i t1 = _mm256_unpacklo_epi32(c.w2, c.w3);
  const __m256i t2 = _mm256_unpackhi_epi32(c.w0, c.w1);
  const __m256i t3 = _mm256_unpackhi_epi32(c.w2, c.w3);
  store_pair(_mm256_unpacklo_epi64(t0, t1), out, k);
  store_pair(_mm256_unpackhi_epi64(t0, t1), out, k + 1);
  store_pair(_mm256_unpacklo_epi64(t2, t3), out, k + 2);
  store_pair(_mm256_unpackhi_epi64(t2, t3), out, k + 3);
}

// Eight counters at a time: Random123's round (hi/lo halves of two 32x32-bit products per counter, xors with the
// round key) on 32-bit lanes; the products come from two vpmuludq per multiplier (even lanes, odd lanes).
// Returns the number of counters done (a multiple of kWidth); the caller does the rest.
__attribute__((target("avx2"))) std::size_t philox_avx2(const PhiloxKeys& keys, std::uint32_t person,
                                                        std::span<const std::uint32_t> follicles,
                                                        std::span<const std::uint32_t> cycles, std::uint32_t site_slot,
                                                        std::span<std::array<std::uint32_t, 4>> out) {
  const std::size_t n = follicles.size() - follicles.size() % kWidth;
  for (std::size_t k = 0; k < n; k += kWidth) {
    auto [c0, c1, c2, c3] = load_counters(person, &follicles[k], &cycles[k], site_slot);
    for (int r = 0; r < PhiloxKeys::kRounds; ++r) {
      const auto [even0, odd0, even1, odd1] = round_products(c0, c2);
      const __m256i hi0 = _mm256_blend_epi32(_mm256_srli_epi64(even0, 32), odd0, 0xAA);
      const __m256i hi1 = _mm256_blend_epi32(_mm256_srli_epi64(even1, 32), odd1, 0xAA);
      const __m256i lo0 = _mm256_blend_epi32(even0, _mm256_slli_epi64(odd0, 32), 0xAA);
      const __m256i lo1 = _mm256_blend_epi32(even1, _mm256_slli_epi64(odd1, 32), 0xAA);
      c0 = _mm256_xor_si256(_mm256_xor_si256(hi1, c1), _mm256_set1_epi32(static_cast<int>(keys.round_key(r, 0))));
      c1 = lo1;
      c2 = _mm256_xor_si256(_mm256_xor_si256(hi0, c3), _mm256_set1_epi32(static_cast<int>(keys.round_key(r, 1))));
      c3 = lo0;
    }
    store_draws({c0, c1, c2, c3}, out, k);
  }
  return n;
}

// The same eight counters with AVX-512VL on 256-bit vectors: each product's high and low halves gathered by one
// two-source permute instead of a shift and a blend, and each pair of xors by one ternary-logic instruction
// (12 instructions a round instead of 18). Same rounds, same words.
__attribute__((target("avx2,avx512f,avx512vl"))) std::size_t philox_avx512vl(
    const PhiloxKeys& keys, std::uint32_t person, std::span<const std::uint32_t> follicles,
    std::span<const std::uint32_t> cycles, std::uint32_t site_slot, std::span<std::array<std::uint32_t, 4>> out) {
  // Lane j of the result from the even-lane product (index < 8) or the odd-lane product (index >= 8): the high
  // halves sit in the odd dwords of both, the low halves in the even dwords.
  const __m256i take_hi = _mm256_setr_epi32(1, 9, 3, 11, 5, 13, 7, 15);
  const __m256i take_lo = _mm256_setr_epi32(0, 8, 2, 10, 4, 12, 6, 14);
  constexpr int kXor3 = 0x96;  // a ^ b ^ c
  const std::size_t n = follicles.size() - follicles.size() % kWidth;
  for (std::size_t k = 0; k < n; k += kWidth) {
    auto [c0, c1, c2, c3] = load_counters(person, &follicles[k], &cycles[k], site_slot);
    for (int r = 0; r < PhiloxKeys::kRounds; ++r) {
      const auto [even0, odd0, even1, odd1] = round_products(c0, c2);
      const __m256i hi0 = _mm256_permutex2var_epi32(even0, take_hi, odd0);
      const __m256i hi1 = _mm256_permutex2var_epi32(even1, take_hi, odd1);
      c0 = _mm256_ternarylogic_epi32(hi1, c1, _mm256_set1_epi32(static_cast<int>(keys.round_key(r, 0))), kXor3);
      c1 = _mm256_permutex2var_epi32(even1, take_lo, odd1);
      c2 = _mm256_ternarylogic_epi32(hi0, c3, _mm256_set1_epi32(static_cast<int>(keys.round_key(r, 1))), kXor3);
      c3 = _mm256_permutex2var_epi32(even0, take_lo, odd0);
    }
    store_draws({c0, c1, c2, c3}, out, k);
  }
  return n;
}

}  // namespace

bool philox_path_available(PhiloxPath path) {
  static const bool kHaveAvx2 = __builtin_cpu_supports("avx2") != 0;
  static const bool kHaveAvx512vl =
      kHaveAvx2 && __builtin_cpu_supports("avx512f") != 0 && __builtin_cpu_supports("avx512vl") != 0;
  switch (path) {
    case PhiloxPath::Scalar:
      return true;
    case PhiloxPath::Avx2:
      return kHaveAvx2;
    case PhiloxPath::Avx512vl:
      return kHaveAvx512vl;
  }
  return false;
}

void philox_words_batch_on(PhiloxPath path, const PhiloxKeys& keys, std::uint32_t person,
                           std::span<const std::uint32_t> follicles, std::span<const std::uint32_t> cycles,
                           DrawSite site, std::uint16_t slot, std::span<std::array<std::uint32_t, 4>> out) {
  const std::uint32_t site_slot = (static_cast<std::uint32_t>(site) << 16U) | slot;
  std::size_t k = 0;
  if (path == PhiloxPath::Avx512vl && philox_path_available(path)) {
    k = philox_avx512vl(keys, person, follicles, cycles, site_slot, out);
  } else if (path != PhiloxPath::Scalar && philox_path_available(PhiloxPath::Avx2)) {
    k = philox_avx2(keys, person, follicles, cycles, site_slot, out);
  }
  for (; k < follicles.size(); ++k) {
    out[k] = keys.words({person, follicles[k], cycles[k], site, slot});
  }
}

void philox_words_batch(const PhiloxKeys& keys, std::uint32_t person, std::span<const std::uint32_t> follicles,
                        std::span<const std::uint32_t> cycles, DrawSite site, std::uint16_t slot,
                        std::span<std::array<std::uint32_t, 4>> out) {
  // The widest path: philox_words_batch_on falls back to the next narrower one the processor has.
  philox_words_batch_on(PhiloxPath::Avx512vl, keys, person, follicles, cycles, site, slot, out);
}

}  // namespace trichosim
