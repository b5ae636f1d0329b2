#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "trial/statistics.hpp"

namespace trichosim::trial {
namespace {

// Student's sleep data (Cushny & Peebles), as shipped with R: extra hours of sleep under two drugs.
const std::vector<double> kSleep1 = {0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0};
const std::vector<double> kSleep2 = {1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4};

// R's printed results carry 7 significant digits; 1e-6 is the rounding of the reference, not of our arithmetic.
constexpr double kRPrinted = 1e-6;

TEST(Statistics, WelchTestMatchesRsTTestOnTheSleepData) {
  // R: t.test(extra ~ group, data = sleep)
  //   t = -1.8608, df = 17.776, p-value = 0.07939; 95 percent CI -3.3654832 0.2054832; means 0.75 and 2.33.
  const MeanComparison c = welch_compare(kSleep1, kSleep2);
  EXPECT_NEAR(c.difference, 0.75 - 2.33, 1e-12);
  EXPECT_NEAR(c.t, -1.860813, kRPrinted);
  EXPECT_NEAR(c.df, 17.77647, 1e-5);
  EXPECT_NEAR(c.p_value, 0.07939414, kRPrinted);
  EXPECT_NEAR(c.ci_low, -3.3654832, kRPrinted);
  EXPECT_NEAR(c.ci_high, 0.2054832, kRPrinted);
}

TEST(Statistics, OneSampleIntervalIsMeanPlusMinusTTimesSe) {
  // R: t.test(sleep$extra[1:10]) -> mean 0.75, 95 percent CI -0.5297804 2.0297804.
  const SampleSummary s = summarise_sample(kSleep1);
  EXPECT_EQ(s.n, 10U);
  EXPECT_NEAR(s.mean, 0.75, 1e-12);
  EXPECT_NEAR(s.sd, 1.789010, kRPrinted);  // sd(sleep$extra[1:10])
  EXPECT_NEAR(s.se, s.sd / std::sqrt(10.0), 1e-12);
  EXPECT_NEAR(s.ci_low, -0.5297804, kRPrinted);
  EXPECT_NEAR(s.ci_high, 2.0297804, kRPrinted);
}

TEST(Statistics, HandComputedSmallSample) {
  // {1, 2, 3, 4}: mean 2.5, variance (2.25 + 0.25 + 0.25 + 2.25) / 3 = 5/3, se = sqrt(5/3) / 2;
  // t(0.975, 3) = 3.182446 (table value), half-width = 3.182446 x 0.645497 = 2.054260.
  const std::vector<double> x = {1.0, 2.0, 3.0, 4.0};
  const SampleSummary s = summarise_sample(x);
  EXPECT_DOUBLE_EQ(s.mean, 2.5);
  EXPECT_NEAR(s.sd, std::sqrt(5.0 / 3.0), 1e-12);
  EXPECT_NEAR(s.ci_high - s.mean, 2.054260, 1e-6);
}

TEST(Statistics, WilsonIntervalOfEightOutOfTen) {
  // Wilson score interval, z = 1.959964: centre (0.8 + z²/20) / (1 + z²/10) = 0.716741, half-width 0.226578;
  // R: prop.test(8, 10, correct = FALSE)$conf.int = 0.4901625 0.9433178.
  const Proportion p = proportion(8, 10);
  EXPECT_DOUBLE_EQ(p.rate, 0.8);
  EXPECT_NEAR(p.ci_low, 0.4901625, kRPrinted);
  EXPECT_NEAR(p.ci_high, 0.9433178, kRPrinted);
}

TEST(Statistics, NormalQuantileOf95Percent) { EXPECT_NEAR(normal_two_sided_quantile(0.95), 1.959964, kRPrinted); }

TEST(Statistics, TooSmallSamplesGiveNaNNotNumbers) {
  const std::vector<double> one = {3.0};
  const SampleSummary s = summarise_sample(one);
  EXPECT_DOUBLE_EQ(s.mean, 3.0);
  EXPECT_TRUE(std::isnan(s.sd));
  EXPECT_TRUE(std::isnan(summarise_sample(std::vector<double>{}).mean));
  EXPECT_TRUE(std::isnan(welch_compare(one, kSleep1).p_value));
  EXPECT_TRUE(std::isnan(proportion(0, 0).rate));
}

TEST(Statistics, ConstantSamplesGiveAnExactDifference) {
  const std::vector<double> a = {2.0, 2.0, 2.0};
  const std::vector<double> b = {1.0, 1.0};
  const MeanComparison c = welch_compare(a, b);
  EXPECT_DOUBLE_EQ(c.difference, 1.0);
  EXPECT_DOUBLE_EQ(c.ci_low, 1.0);
  EXPECT_DOUBLE_EQ(c.p_value, 0.0);
}

}  // namespace
}  // namespace trichosim::trial
