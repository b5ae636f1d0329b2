#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

#include "core/exact_exp.hpp"
#include "core/rng.hpp"

namespace trichosim {
namespace {

// exp_batch must give std::exp's bits for every argument, on either of its paths.
void expect_same_bits_as_std_exp(const std::vector<double>& x) {
  std::vector<double> out(x.size());
  exp_batch(x, out);
  for (std::size_t k = 0; k < x.size(); ++k) {
    ASSERT_EQ(std::bit_cast<std::uint64_t>(out[k]), std::bit_cast<std::uint64_t>(std::exp(x[k])))
        << "x = " << x[k] << " (index " << k << ")";
  }
}

TEST(ExpBatch, EqualsStdExpOnTheEngineArguments) {
  // The engine's arguments: lognormal exponents of keyed normal draws at the registry's log-scale spreads and more.
  std::vector<double> x;
  const PhiloxKeys keys(2026);
  for (std::uint32_t j = 0; j < 500000; ++j) {
    const auto w = keys.words({1, j, 0, DrawSite::AnagenEntry, 0});
    const double log_sd = 0.05 + 1.5 * to_unit_open(w[3]);
    x.push_back(lognormal_exponent(to_standard_normal(w[2]), log_sd));
  }
  expect_same_bits_as_std_exp(x);
}

TEST(ExpBatch, EqualsStdExpOverTheWholeRangeAndAtItsEdges) {
  std::vector<double> x;
  const PhiloxKeys keys(7);
  for (std::uint32_t j = 0; j < 500000; ++j) {
    const auto w = keys.words({2, j, 0, DrawSite::AnagenEntry, 0});
    x.push_back(-750.0 + 1500.0 * to_unit_open(w[0]));
  }
  constexpr double kInf = std::numeric_limits<double>::infinity();
  // The fast path's range ends (|x| = 2^-54 and 512), tiny and huge arguments, zeros, infinities and NaN, each in a
  // group of four with ordinary arguments.
  for (double edge : {0x1p-54, -0x1p-54, 0x1.fffffffffffffp-55, 511.99999999999994, 512.0, -512.0, 0.0, -0.0, 1e-300,
                      709.78, -745.2, 800.0, -800.0, kInf, -kInf, std::numeric_limits<double>::quiet_NaN()}) {
    for (double ordinary : {0.5, -1.25, 3.0}) {
      x.push_back(ordinary);
    }
    x.push_back(edge);
  }
  expect_same_bits_as_std_exp(x);
}

TEST(ExpBatch, HandlesEveryLengthUpToAFewGroups) {
  for (std::size_t n = 0; n <= 13; ++n) {
    std::vector<double> x(n);
    for (std::size_t k = 0; k < n; ++k) {
      x[k] = -2.0 + 0.37 * static_cast<double>(k);
    }
    expect_same_bits_as_std_exp(x);
  }
}

}  // namespace
}  // namespace trichosim
