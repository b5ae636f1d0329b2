#include "trial/statistics.hpp"

#include <algorithm>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/students_t.hpp>
#include <cmath>
#include <limits>

namespace trichosim::trial {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double mean_of(std::span<const double> x) {
  double s = 0.0;
  for (double v : x) {
    s += v;
  }
  return s / static_cast<double>(x.size());
}

// Sample variance (n - 1), two-pass for accuracy.
double variance_of(std::span<const double> x, double mean) {
  double s = 0.0;
  for (double v : x) {
    s += (v - mean) * (v - mean);
  }
  return s / static_cast<double>(x.size() - 1);
}

double t_quantile(double df, double confidence) {
  const boost::math::students_t dist(df);
  return boost::math::quantile(boost::math::complement(dist, (1.0 - confidence) / 2.0));
}

}  // namespace

double normal_two_sided_quantile(double confidence) {
  const boost::math::normal dist(0.0, 1.0);
  return boost::math::quantile(boost::math::complement(dist, (1.0 - confidence) / 2.0));
}

SampleSummary summarise_sample(std::span<const double> values, double confidence) {
  SampleSummary s;
  s.n = values.size();
  if (s.n == 0) {
    s.mean = s.sd = s.se = s.ci_low = s.ci_high = kNaN;
    return s;
  }
  s.mean = mean_of(values);
  if (s.n < 2) {
    s.sd = s.se = s.ci_low = s.ci_high = kNaN;
    return s;
  }
  s.sd = std::sqrt(variance_of(values, s.mean));
  s.se = s.sd / std::sqrt(static_cast<double>(s.n));
  if (s.se == 0.0) {
    s.ci_low = s.ci_high = s.mean;
    return s;
  }
  const double half = t_quantile(static_cast<double>(s.n - 1), confidence) * s.se;
  s.ci_low = s.mean - half;
  s.ci_high = s.mean + half;
  return s;
}

MeanComparison welch_compare(std::span<const double> a, std::span<const double> b, double confidence) {
  MeanComparison c;
  if (a.size() < 2 || b.size() < 2) {
    c.difference = c.se = c.df = c.t = c.p_value = c.ci_low = c.ci_high = kNaN;
    return c;
  }
  const double ma = mean_of(a);
  const double mb = mean_of(b);
  const double va = variance_of(a, ma) / static_cast<double>(a.size());
  const double vb = variance_of(b, mb) / static_cast<double>(b.size());
  c.difference = ma - mb;
  c.se = std::sqrt(va + vb);
  if (c.se == 0.0) {
    // Identical constant samples: no spread, the difference is exact.
    c.df = static_cast<double>(a.size() + b.size() - 2);
    c.t = c.difference == 0.0 ? 0.0 : std::copysign(std::numeric_limits<double>::infinity(), c.difference);
    c.p_value = c.difference == 0.0 ? 1.0 : 0.0;
    c.ci_low = c.ci_high = c.difference;
    return c;
  }
  c.df = (va + vb) * (va + vb) /
         (va * va / static_cast<double>(a.size() - 1) + vb * vb / static_cast<double>(b.size() - 1));
  c.t = c.difference / c.se;
  const boost::math::students_t dist(c.df);
  c.p_value = 2.0 * boost::math::cdf(boost::math::complement(dist, std::fabs(c.t)));
  const double half = t_quantile(c.df, confidence) * c.se;
  c.ci_low = c.difference - half;
  c.ci_high = c.difference + half;
  return c;
}

Proportion proportion(std::size_t successes, std::size_t n, double confidence) {
  Proportion p;
  p.successes = successes;
  p.n = n;
  if (n == 0) {
    p.rate = p.ci_low = p.ci_high = kNaN;
    return p;
  }
  const double nn = static_cast<double>(n);
  const double phat = static_cast<double>(successes) / nn;
  const double z = normal_two_sided_quantile(confidence);
  const double z2 = z * z;
  const double centre = (phat + z2 / (2.0 * nn)) / (1.0 + z2 / nn);
  const double half = z / (1.0 + z2 / nn) * std::sqrt(phat * (1.0 - phat) / nn + z2 / (4.0 * nn * nn));
  p.rate = phat;
  p.ci_low = std::max(0.0, centre - half);
  p.ci_high = std::min(1.0, centre + half);
  return p;
}

}  // namespace trichosim::trial
