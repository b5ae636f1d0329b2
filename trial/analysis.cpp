#include "trial/analysis.hpp"

#include <cmath>

#include "trial/accumulator.hpp"

namespace trichosim::trial {

std::vector<double> arm_values(const TrialDesign& design, const TrialOutcome& outcome, std::size_t arm,
                               std::size_t endpoint, std::size_t visit, Measure measure, const PatientFilter& filter) {
  constexpr double kPercent = 100.0;
  std::vector<double> out;
  const std::size_t n = std::min(design.arms[arm].n, outcome.patients.size());
  for (std::size_t i = 0; i < n; ++i) {
    const PatientOutcome& p = outcome.patients[i];
    if (filter && !filter(p)) {
      continue;
    }
    const auto& series = p.values[arm][endpoint];
    const double v = series[visit];
    const double base = series[0];
    double x = v;
    if (measure == Measure::Change) {
      x = v - base;
    } else if (measure == Measure::PercentChange) {
      x = base != 0.0 ? (v - base) / base * kPercent : std::nan("");
    }
    if (std::isfinite(x)) {
      out.push_back(x);
    }
  }
  return out;
}

TrialAnalysis analyse(const TrialDesign& design, const TrialOutcome& outcome, const PatientFilter& filter) {
  // The same accumulator as the streaming runs (trial/streaming.hpp), fed in patient order, so an in-memory
  // analysis and a streamed one of the same trial agree bit for bit.
  TrialAccumulator acc(design);
  std::vector<double> flat(acc.values_per_patient());
  for (std::size_t i = 0; i < outcome.patients.size(); ++i) {
    const PatientOutcome& p = outcome.patients[i];
    if (filter && !filter(p)) {
      continue;
    }
    std::size_t j = 0;
    for (const auto& arm : p.values) {
      for (const auto& series : arm) {
        for (double x : series) {
          flat[j++] = x;
        }
      }
    }
    acc.add(i, flat);
  }
  return acc.finish();
}

}  // namespace trichosim::trial
