#pragma once
#include <functional>
#include <string>
#include <vector>

namespace trichosim::validate {

/// Derivative-free local optimisers from NLopt (libnlopt-cxx-dev).
enum class Algorithm {
  Bobyqa,      ///< NLopt LN_BOBYQA: quadratic trust-region model, bound constraints (Powell 2009)
  NelderMead,  ///< NLopt LN_NELDERMEAD: simplex, robust to small steps in a stochastic objective
};

/// A bounded minimisation problem.
struct Problem {
  std::function<double(const std::vector<double>&)> objective;
  std::vector<double> start;
  std::vector<double> lower;
  std::vector<double> upper;
};

struct Minimum {
  std::vector<double> x;  ///< best point found
  double value = 0.0;     ///< objective there
  int evaluations = 0;
  std::string status;  ///< NLopt's stopping reason, e.g. "xtol_rel reached"
};

/// Minimises within the bounds, stopping at `max_evaluations` or a relative step below `xtol_rel`. An exception the
/// objective throws ends the search and is rethrown as it was thrown.
Minimum minimise(const Problem& problem, Algorithm algorithm, int max_evaluations, double xtol_rel);

}  // namespace trichosim::validate
