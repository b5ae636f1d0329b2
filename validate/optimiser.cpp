#include "validate/optimiser.hpp"

#include <exception>
#include <limits>
#include <nlopt.hpp>

namespace trichosim::validate {
namespace {

struct Context {
  const Problem* problem;
  int evaluations;
  std::vector<double> best_x;
  double best_value;
  std::exception_ptr failure;  // what the objective threw, rethrown after NLopt has stopped
};

double call(unsigned n, const double* x, double* grad, void* data) {
  (void)grad;  // derivative-free algorithms only
  auto* c = static_cast<Context*>(data);
  const std::vector<double> point(x, x + n);
  double v = 0.0;
  try {
    v = c->problem->objective(point);
  } catch (...) {
    // NLopt's C++ wrapper turns any other exception into a bare "nlopt failure" and loses its message.
    c->failure = std::current_exception();
    throw nlopt::forced_stop();
  }
  ++c->evaluations;
  if (v < c->best_value) {
    c->best_value = v;
    c->best_x = point;
  }
  return v;
}

std::string describe(nlopt::result r) {
  switch (r) {
    case nlopt::SUCCESS:
      return "success";
    case nlopt::STOPVAL_REACHED:
      return "stopval reached";
    case nlopt::FTOL_REACHED:
      return "ftol reached";
    case nlopt::XTOL_REACHED:
      return "xtol_rel reached";
    case nlopt::MAXEVAL_REACHED:
      return "max_evaluations reached";
    case nlopt::MAXTIME_REACHED:
      return "max time reached";
    default:
      return "stopped (" + std::to_string(static_cast<int>(r)) + ")";
  }
}

}  // namespace

Minimum minimise(const Problem& problem, Algorithm algorithm, int max_evaluations, double xtol_rel) {
  const auto n = static_cast<unsigned>(problem.start.size());
  nlopt::opt opt(algorithm == Algorithm::Bobyqa ? nlopt::LN_BOBYQA : nlopt::LN_NELDERMEAD, n);
  opt.set_lower_bounds(problem.lower);
  opt.set_upper_bounds(problem.upper);
  opt.set_maxeval(max_evaluations);
  opt.set_xtol_rel(xtol_rel);
  // First steps of a quarter of each range: the objective is piecewise constant at fine scales (finite cohorts).
  std::vector<double> step(n);
  for (unsigned i = 0; i < n; ++i) {
    step[i] = 0.25 * (problem.upper[i] - problem.lower[i]);
  }
  opt.set_initial_step(step);
  Context context{&problem, 0, problem.start, std::numeric_limits<double>::infinity(), nullptr};
  opt.set_min_objective(call, &context);
  std::vector<double> x = problem.start;
  double value = 0.0;
  Minimum out;
  try {
    out.status = describe(opt.optimize(x, value));
  } catch (const nlopt::roundoff_limited&) {
    out.status = "roundoff limited";
  } catch (const nlopt::forced_stop&) {
    out.status = "forced stop";
  }
  if (context.failure) {
    std::rethrow_exception(context.failure);
  }
  out.x = context.best_x;
  out.value = context.best_value;
  out.evaluations = context.evaluations;
  return out;
}

}  // namespace trichosim::validate
