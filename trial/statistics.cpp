#include "trial/statistics.hpp"

#include <algorithm>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/students_t.hpp>
#include <cmath>
#include <limits>

namespace trichosim::trial {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

Moments moments_of(std::span<const double> x) {
  Moments m;
  for (double v : x) {
    m.add(v);
  }
  return m;
}

// Sample variance (n - 1 denominator); needs n >= 2.
double variance_of(const Moments& m) { return m.m2 / static_cast<double>(m.n - 1); }

double t_quantile(double df, double confidence) {
  const boost::math::students_t dist(df);
  return boost::math::quantile(boost::math::complement(dist, (1.0 - confidence) / 2.0));
}

}  // namespace

double normal_two_sided_quantile(double confidence) {
  const boost::math::normal dist(0.0, 1.0);
  return boost::math::quantile(boost::math::complement(dist, (1.0 - confidence) / 2.0));
}

void Moments::add(double x) {
  ++n;
  const double delta = x - mean;
  mean += delta / static_cast<double>(n);
  m2 += delta * (x - mean);
}

SampleSummary summarise_sample(std::span<const double> values, double confidence) {
  return summarise(moments_of(values), confidence);
}

SampleSummary summarise(const Moments& m, double confidence) {
  SampleSummary s;
  s.n = m.n;
  if (s.n == 0) {
    s.mean = s.sd = s.se = s.ci_low = s.ci_high = kNaN;
    return s;
  }
  s.mean = m.mean;
  if (s.n < 2) {
    s.sd = s.se = s.ci_low = s.ci_high = kNaN;
    return s;
  }
  s.sd = std::sqrt(variance_of(m));
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
  return welch_compare(moments_of(a), moments_of(b), confidence);
}

MeanComparison welch_compare(const Moments& a, const Moments& b, double confidence) {
  MeanComparison c;
  if (a.n < 2 || b.n < 2) {
    c.difference = c.se = c.df = c.t = c.p_value = c.ci_low = c.ci_high = kNaN;
    return c;
  }
  const double ma = a.mean;
  const double mb = b.mean;
  const double va = variance_of(a) / static_cast<double>(a.n);
  const double vb = variance_of(b) / static_cast<double>(b.n);
  c.difference = ma - mb;
  c.se = std::sqrt(va + vb);
  if (c.se == 0.0) {
    // Identical constant samples: no spread, the difference is exact.
    c.df = static_cast<double>(a.n + b.n - 2);
    c.t = c.difference == 0.0 ? 0.0 : std::copysign(std::numeric_limits<double>::infinity(), c.difference);
    c.p_value = c.difference == 0.0 ? 1.0 : 0.0;
    c.ci_low = c.ci_high = c.difference;
    return c;
  }
  c.df = (va + vb) * (va + vb) / (va * va / static_cast<double>(a.n - 1) + vb * vb / static_cast<double>(b.n - 1));
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
