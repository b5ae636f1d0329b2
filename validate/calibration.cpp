#include "validate/calibration.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>

#include "core/input_error.hpp"
#include "validate/optimiser.hpp"

namespace trichosim::validate {
namespace {

CaseOptions with_values(const CaseOptions& base, const scenario::CalibrationSpec& spec, const std::vector<double>& x) {
  CaseOptions o = base;
  o.progress = {};
  o.patients_scale = spec.patients_scale;
  o.shortfall_as_missing = true;
  const std::vector<Param>& params = spec.parameters;
  for (std::size_t i = 0; i < params.size(); ++i) {
    o.parameter_values.emplace_back(params[i], x[i]);
  }
  return o;
}

}  // namespace

double misfit(const std::vector<CaseResult>& results) {
  double sum = 0.0;
  for (const auto& c : results) {
    for (const auto& t : c.targets) {
      if (!t.runnable) {
        continue;
      }
      if (!t.simulated) {
        sum += kMissingPenalty;
        continue;
      }
      const double z = (*t.simulated - t.published) / t.spread;
      sum += z * z;
    }
  }
  return sum;
}

double CalibrationResult::seed_spread() const {
  if (seed_objectives.size() < 2) {
    return 0.0;
  }
  auto median = [](std::vector<double> v) {
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 == 1 ? v[n / 2] : 0.5 * (v[(n / 2) - 1] + v[n / 2]);
  };
  const double centre = median(seed_objectives);
  std::vector<double> deviations;
  deviations.reserve(seed_objectives.size());
  for (double v : seed_objectives) {
    deviations.push_back(std::abs(v - centre));
  }
  constexpr double kNormalConsistency = 1.4826;  // MAD of a normal sample × this = its SD
  return kNormalConsistency * median(deviations);
}

bool CalibrationResult::beyond_noise(std::size_t i) const {
  const double change =
      std::max(std::abs(sensitivity.at(i).first - objective), std::abs(sensitivity.at(i).second - objective));
  return seed_objectives.size() < 2 || change > 2.0 * seed_spread();
}

CalibrationResult calibrate(const scenario::CalibrationSpec& spec, const std::vector<scenario::ValidationCase>& fit,
                            const std::vector<scenario::ValidationCase>& held_out, const CaseOptions& base,
                            const std::function<void(int, double)>& on_evaluation, int noise_seeds) {
  if (noise_seeds < 0 || noise_seeds > kMaxNoiseSeeds) {
    throw InputError(spec.source + ": noise seeds = " + std::to_string(noise_seeds) + ": must be 0-" +
                     std::to_string(kMaxNoiseSeeds));
  }
  for (const auto& c : fit) {
    if (!c.design || !not_runnable_reason(c).empty()) {
      throw InputError(spec.source + ": fit: case \"" + c.id + "\" cannot run with this build (" +
                       not_runnable_reason(c) + "); fit only fully runnable cases");
    }
  }
  CalibrationResult r;
  // Start from the registry's current value, or from the caller's override of it (the last one given).
  Parameters current;
  current.set_all(base.parameter_values);
  for (Param p : spec.parameters) {
    r.keys.emplace_back(param_info(p).key);
    r.start.push_back(current[p]);
  }
  int k = 0;
  auto objective = [&](const std::vector<double>& x) {
    const double v = misfit(run_cases(fit, with_values(base, spec, x)));
    ++k;
    if (on_evaluation) {
      on_evaluation(k, v);
    }
    return v;
  };
  Problem problem{objective, r.start, spec.lower, spec.upper};
  for (std::size_t i = 0; i < r.start.size(); ++i) {
    problem.start[i] = std::clamp(r.start[i], spec.lower[i], spec.upper[i]);
  }
  r.start = problem.start;
  r.start_objective = objective(problem.start);
  const Minimum m = minimise(problem, spec.algorithm == "neldermead" ? Algorithm::NelderMead : Algorithm::Bobyqa,
                             spec.max_evaluations, spec.xtol_rel);
  r.fitted = m.value <= r.start_objective ? m.x : r.start;
  r.objective = std::min(m.value, r.start_objective);
  r.evaluations = m.evaluations + 1;
  r.status = m.status;
  // Sensitivity: the objective with one parameter moved by 5 % of its range either way, the others at the fit.
  constexpr double kStep = 0.05;
  for (std::size_t i = 0; i < r.fitted.size(); ++i) {
    const double h = kStep * (spec.upper[i] - spec.lower[i]);
    std::vector<double> down = r.fitted;
    std::vector<double> up = r.fitted;
    down[i] = std::max(spec.lower[i], down[i] - h);
    up[i] = std::min(spec.upper[i], up[i] + h);
    r.sensitivity.emplace_back(objective(down), objective(up));
  }
  const CaseOptions at_fit = with_values(base, spec, r.fitted);
  r.fit_results = run_cases(fit, at_fit);
  if (noise_seeds > 0) {
    r.seed_objectives.push_back(misfit(r.fit_results));
    for (int s = 1; s <= noise_seeds; ++s) {
      CaseOptions reseeded = at_fit;
      reseeded.seed_offset += static_cast<std::uint64_t>(s);
      r.seed_objectives.push_back(misfit(run_cases(fit, reseeded)));
    }
  }
  r.held_out_results = run_cases(held_out, at_fit);
  return r;
}

}  // namespace trichosim::validate
