#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <span>
#include <vector>

#include "core/normal_batch.hpp"
#include "core/philox_batch.hpp"
#include "core/rng.hpp"

namespace trichosim {
namespace {

TEST(Philox, MatchesRandom123KnownAnswerForZeroCounterAndKey) {
  // Random123 kat_vectors: philox4x32 10 rounds, ctr = {0,0,0,0}, key = {0,0}.
  const auto w = philox_words(0, DrawKey{0, 0, 0, static_cast<DrawSite>(0), 0});
  EXPECT_EQ(w[0], 0x6627e8d5U);
  EXPECT_EQ(w[1], 0xe169c58dU);
  EXPECT_EQ(w[2], 0xbc57ac4cU);
  EXPECT_EQ(w[3], 0x9b00dbd8U);
}

TEST(Philox, DrawIsAPureFunctionOfItsKey) {
  const DrawKey k{7, 12345, 3, DrawSite::AnagenDuration, 0};
  EXPECT_EQ(philox_words(99, k), philox_words(99, k));
  DrawKey other = k;
  other.site = DrawSite::TelogenDuration;
  EXPECT_NE(philox_words(99, k), philox_words(99, other));
  EXPECT_NE(philox_words(99, k), philox_words(100, k));
}

TEST(Philox, PrecomputedKeyScheduleGivesTheSameWords) {
  EXPECT_EQ(PhiloxKeys(0).words(DrawKey{0, 0, 0, static_cast<DrawSite>(0), 0}),
            (std::array<std::uint32_t, 4>{0x6627e8d5U, 0xe169c58dU, 0xbc57ac4cU, 0x9b00dbd8U}));
  // Seeds whose low or high word wraps during the key schedule, and counters over every field.
  for (std::uint64_t seed :
       {std::uint64_t{1}, std::uint64_t{42}, ~std::uint64_t{0}, std::uint64_t{0xfedcba9876543210}}) {
    const PhiloxKeys keys(seed);
    for (std::uint32_t j = 0; j < 20000; ++j) {
      const DrawKey k{j * 2654435761U, j, j % 65536U, static_cast<DrawSite>(1 + j % 17),
                      static_cast<std::uint16_t>(j * 7U)};
      ASSERT_EQ(keys.words(k), philox_words(seed, k)) << "seed " << seed << ", j " << j;
    }
  }
}

TEST(Philox, BatchGivesTheWordsOfEachDrawOnEveryPath) {
  // Every length up to a few vector widths (the tail after the last full group of eight is done one by one),
  // counters over the full 32-bit range of follicle and cycle, on each instruction set this processor has.
  for (const PhiloxPath path : {PhiloxPath::Scalar, PhiloxPath::Avx2, PhiloxPath::Avx512vl}) {
    if (!philox_path_available(path)) {
      continue;
    }
    SCOPED_TRACE(static_cast<int>(path));
    for (std::uint64_t seed : {std::uint64_t{1}, ~std::uint64_t{0}}) {
      const PhiloxKeys keys(seed);
      for (std::size_t n = 0; n <= 41; ++n) {
        std::vector<std::uint32_t> follicles(n);
        std::vector<std::uint32_t> cycles(n);
        for (std::size_t k = 0; k < n; ++k) {
          follicles[k] = static_cast<std::uint32_t>(k * 2654435761U + n);
          cycles[k] = static_cast<std::uint32_t>(k * 40503U) ^ (k % 3 == 0 ? 0xffff0000U : 0U);
        }
        std::vector<std::array<std::uint32_t, 4>> out(n);
        philox_words_batch_on(path, keys, 7, follicles, cycles, DrawSite::TelogenExit, 3, out);
        for (std::size_t k = 0; k < n; ++k) {
          ASSERT_EQ(out[k], keys.words({7, follicles[k], cycles[k], DrawSite::TelogenExit, 3}))
              << "n " << n << ", k " << k;
        }
      }
    }
  }
}

TEST(NormalQuantile, BatchGivesTheBitsOfEachScalarNormal) {
  // Many groups of four with and without tail draws, every length up to a few groups, both word positions used.
  const PhiloxKeys keys(11);
  std::vector<std::array<std::uint32_t, 4>> words;
  for (std::uint32_t j = 0; j < 200000; ++j) {
    words.push_back(keys.words({3, j, 0, DrawSite::TelogenExit, 0}));
  }
  // Words at the ends of the range and at the tails' edges.
  words.push_back({0U, 0xffffffffU, 0x80000000U, 0x7fffffffU});
  words.push_back({104152940U, 4190814355U, 104152941U, 4190814356U});
  for (std::size_t word : {std::size_t{0}, std::size_t{2}, std::size_t{3}}) {
    for (std::size_t n : {std::size_t{0}, std::size_t{1}, std::size_t{3}, std::size_t{5}, words.size()}) {
      std::vector<double> z(n);
      standard_normals_batch(std::span(words.data(), n), word, z);
      for (std::size_t k = 0; k < n; ++k) {
        ASSERT_EQ(std::bit_cast<std::uint64_t>(z[k]), std::bit_cast<std::uint64_t>(to_standard_normal(words[k][word])))
            << "word " << word << ", k " << k;
      }
    }
  }
}

TEST(Uniform, StaysInsideTheOpenUnitInterval) {
  EXPECT_GT(to_unit_open(0U), 0.0);
  EXPECT_LT(to_unit_open(0xffffffffU), 1.0);
  EXPECT_DOUBLE_EQ(to_unit_open(0x80000000U), (2147483648.0 + 0.5) / 4294967296.0);
}

TEST(Lognormal, TransformHasTheRequestedMeanAndMedian) {
  // z = 0 is the median of the lognormal: mean x exp(-sigma^2 / 2).
  EXPECT_DOUBLE_EQ(lognormal_from_normal(0.0, 100.0, 0.5), 100.0 * std::exp(-0.125));
  // Sample mean over 200,000 keyed draws. SE of the mean = 100 x sqrt(exp(0.25) - 1) / sqrt(2e5) = 0.12;
  // a 0.6 tolerance is 5 standard errors (false alarm below 1 in a million).
  double sum = 0.0;
  constexpr int kN = 200000;
  for (int i = 0; i < kN; ++i) {
    const Draw d(5, {1, static_cast<std::uint32_t>(i), 0, DrawSite::AnagenDuration, 0});
    sum += lognormal_from_normal(d.normal01(), 100.0, 0.5);
  }
  EXPECT_NEAR(sum / kN, 100.0, 0.6);
}

TEST(NormalQuantile, MatchesKnownQuantilesOfTheStandardNormal) {
  // Phi^-1 at 0.5, 0.8413447 (z = 1), 0.975 (z = 1.959964), 0.001 (z = -3.090232): tabulated values.
  EXPECT_NEAR(normal_quantile(0.5), 0.0, 1e-12);
  EXPECT_NEAR(normal_quantile(0.8413447460685429), 1.0, 1e-8);
  EXPECT_NEAR(normal_quantile(0.975), 1.959963984540054, 1e-8);
  EXPECT_NEAR(normal_quantile(0.001), -3.090232306167813, 1e-8);
  EXPECT_NEAR(normal_quantile(0.999), 3.090232306167813, 1e-8);
}

TEST(NormalQuantile, KeyedNormalsHaveMeanZeroAndUnitVariance) {
  // 200,000 draws: SE of the mean 0.0022, of the variance ~0.0032; 4.5 SE tolerances.
  double sum = 0.0;
  double sum2 = 0.0;
  constexpr int kN = 200000;
  for (int i = 0; i < kN; ++i) {
    const double z = Draw(9, {2, static_cast<std::uint32_t>(i), 0, DrawSite::TelogenDuration, 0}).normal01();
    sum += z;
    sum2 += z * z;
  }
  EXPECT_NEAR(sum / kN, 0.0, 0.01);
  EXPECT_NEAR(sum2 / kN, 1.0, 0.015);
}

TEST(DrawSites, IdsAreUnique) { EXPECT_TRUE(draw_site_ids_unique()); }

}  // namespace
}  // namespace trichosim
