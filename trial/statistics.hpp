#pragma once
#include <cstddef>
#include <span>

namespace trichosim::trial {

/// Mean, spread and confidence interval of one sample (e.g. the changes from baseline of one arm at one visit).
/// Sums run in index order, so the result is the same whatever thread produced the values.
struct SampleSummary {
  std::size_t n = 0;     ///< values in the sample
  double mean = 0.0;     ///< arithmetic mean (NaN when n = 0)
  double sd = 0.0;       ///< sample standard deviation, n - 1 denominator (NaN when n < 2)
  double se = 0.0;       ///< standard error of the mean, sd / sqrt(n)
  double ci_low = 0.0;   ///< lower end of the two-sided confidence interval of the mean (Student's t, n - 1 df)
  double ci_high = 0.0;  ///< upper end
};

/// Count, mean and sum of squared deviations of a sample, updated one value at a time (Welford's method), so a
/// sample can be summarised as it streams past without being kept: 24 bytes whatever its size. The result depends
/// only on the order the values are added; the trial code adds them in patient order, so nothing depends on the
/// thread or rank count.
struct Moments {
  std::size_t n = 0;  ///< values added
  double mean = 0.0;  ///< running mean (0 while n = 0)
  double m2 = 0.0;    ///< sum of squared deviations from the running mean
  /// Adds one value.
  void add(double x);
};

/// Summarises a sample from its moments; `confidence` is the two-sided level (0-1, e.g. 0.95).
SampleSummary summarise(const Moments& m, double confidence = 0.95);

/// Summarises a sample (values added in index order); `confidence` is the two-sided level (0-1, e.g. 0.95).
SampleSummary summarise_sample(std::span<const double> values, double confidence = 0.95);

/// Difference of two means with Welch's unequal-variance t test (the analysis of two independent arms).
struct MeanComparison {
  double difference = 0.0;  ///< mean(a) - mean(b)
  double se = 0.0;          ///< sqrt(var_a / n_a + var_b / n_b)
  double df = 0.0;          ///< Welch–Satterthwaite degrees of freedom
  double t = 0.0;           ///< difference / se
  double p_value = 1.0;     ///< two-sided
  double ci_low = 0.0;      ///< confidence interval of the difference
  double ci_high = 0.0;
};

/// Welch's t test of mean(a) - mean(b). Needs at least 2 values in each sample (else NaN fields).
MeanComparison welch_compare(std::span<const double> a, std::span<const double> b, double confidence = 0.95);

/// Welch's t test from the two samples' moments (the same numbers as from the values added in the same order).
MeanComparison welch_compare(const Moments& a, const Moments& b, double confidence = 0.95);

/// A proportion with its Wilson score interval (well behaved near 0 and 1).
struct Proportion {
  std::size_t successes = 0;
  std::size_t n = 0;
  double rate = 0.0;    ///< successes / n (NaN when n = 0)
  double ci_low = 0.0;  ///< Wilson score interval
  double ci_high = 0.0;
};

/// The share of `successes` out of `n` with its Wilson interval at `confidence`.
Proportion proportion(std::size_t successes, std::size_t n, double confidence = 0.95);

/// Two-sided standard normal quantile for `confidence` (e.g. 1.959964 for 0.95).
double normal_two_sided_quantile(double confidence);

}  // namespace trichosim::trial
