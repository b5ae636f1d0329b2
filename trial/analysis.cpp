#include "trial/analysis.hpp"

#include <cmath>

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
  TrialAnalysis a;
  const std::size_t arms = design.arms.size();
  const std::size_t endpoints = design.endpoints.size();
  const std::size_t visits = design.visit_years.size();
  a.arms.resize(arms);
  a.versus_control.resize(arms);
  for (std::size_t k = 0; k < arms; ++k) {
    a.arm_names.push_back(design.arms[k].name);
    a.randomised.push_back(design.arms[k].n);
    a.arms[k].resize(endpoints);
    if (k != design.control_arm) {
      a.versus_control[k].resize(endpoints);
    }
    for (std::size_t e = 0; e < endpoints; ++e) {
      for (std::size_t v = 0; v < visits; ++v) {
        VisitStats s;
        s.years = design.visit_years[v];
        s.value = summarise_sample(arm_values(design, outcome, k, e, v, Measure::Value, filter));
        const std::vector<double> change = arm_values(design, outcome, k, e, v, Measure::Change, filter);
        s.change = summarise_sample(change);
        s.percent_change = summarise_sample(arm_values(design, outcome, k, e, v, Measure::PercentChange, filter));
        for (double threshold : design.endpoints[e].responder_thresholds) {
          std::size_t hits = 0;
          for (double c : change) {
            hits += c >= threshold ? 1U : 0U;
          }
          s.responders.push_back(proportion(hits, change.size()));
        }
        a.arms[k][e].push_back(std::move(s));
        if (k != design.control_arm) {
          const auto control = arm_values(design, outcome, design.control_arm, e, v, Measure::Change, filter);
          a.versus_control[k][e].push_back(welch_compare(change, control));
        }
      }
    }
  }
  return a;
}

}  // namespace trichosim::trial
