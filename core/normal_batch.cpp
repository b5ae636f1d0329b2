#include "core/normal_batch.hpp"

#include <immintrin.h>

#include <cstddef>

#include "core/rng.hpp"

namespace trichosim {
namespace {

// acc x r + c, rounded after the product and after the sum (as the scalar code without FMA).
__attribute__((target("avx2"))) __m256d horner_step(__m256d acc, __m256d r, double c) {
  return _mm256_add_pd(_mm256_mul_pd(acc, r), _mm256_set1_pd(c));
}

// normal_quantile's central branch for four uniforms from four words: to_unit_open, then the rational function in
// q = p - 0.5, each operation as the scalar code does it (no fused multiply-add: this function is not compiled for
// FMA). Returns the tail mask (bit j set: uniform j lies in a tail, and out[j] is to be replaced).
__attribute__((target("avx2"))) int central_normals4(const std::array<std::uint32_t, 4>* words, std::size_t word,
                                                     double* out) {
  const __m128i w = _mm_setr_epi32(static_cast<int>(words[0][word]), static_cast<int>(words[1][word]),
                                   static_cast<int>(words[2][word]), static_cast<int>(words[3][word]));
  // double(word) for unsigned 32-bit words, exactly: the signed conversion of word - 2^31, plus 2^31.
  const __m128i flipped = _mm_xor_si128(w, _mm_set1_epi32(static_cast<int>(0x80000000U)));
  const __m256d as_double = _mm256_add_pd(_mm256_cvtepi32_pd(flipped), _mm256_set1_pd(2147483648.0));
  const __m256d p = _mm256_mul_pd(_mm256_add_pd(as_double, _mm256_set1_pd(0.5)), _mm256_set1_pd(kInv32));
  const __m256d tail = _mm256_or_pd(_mm256_cmp_pd(p, _mm256_set1_pd(kNormalLow), _CMP_LT_OQ),
                                    _mm256_cmp_pd(p, _mm256_set1_pd(1.0 - kNormalLow), _CMP_GT_OQ));
  const __m256d q = _mm256_sub_pd(p, _mm256_set1_pd(0.5));
  const __m256d r = _mm256_mul_pd(q, q);
  __m256d num = _mm256_set1_pd(kNormalA[0]);
  for (std::size_t j = 1; j < kNormalA.size(); ++j) {
    num = horner_step(num, r, kNormalA[j]);
  }
  __m256d den = _mm256_set1_pd(kNormalB[0]);
  for (std::size_t j = 1; j < kNormalB.size(); ++j) {
    den = horner_step(den, r, kNormalB[j]);
  }
  den = horner_step(den, r, 1.0);
  _mm256_storeu_pd(out, _mm256_div_pd(_mm256_mul_pd(num, q), den));
  return _mm256_movemask_pd(tail);
}

}  // namespace

void standard_normals_batch(std::span<const std::array<std::uint32_t, 4>> words, std::size_t word,
                            std::span<double> out) {
  static const bool kHaveAvx2 = __builtin_cpu_supports("avx2") != 0;
  const std::size_t whole = kHaveAvx2 ? words.size() - words.size() % 4 : 0;
  for (std::size_t k = 0; k < whole; k += 4) {
    const auto tails = static_cast<unsigned>(central_normals4(words.data() + k, word, out.data() + k));
    for (std::size_t j = 0; tails != 0U && j < 4; ++j) {
      if (((tails >> j) & 1U) != 0U) {
        out[k + j] = to_standard_normal(words[k + j][word]);
      }
    }
  }
  for (std::size_t k = whole; k < words.size(); ++k) {
    out[k] = to_standard_normal(words[k][word]);
  }
}

}  // namespace trichosim
