#include "validate/case_runner.hpp"

#include <algorithm>
#include <cmath>

#include "treat/registry.hpp"
#include "trial/analysis.hpp"
#include "trial/endpoints.hpp"

namespace trichosim::validate {
namespace {

using scenario::TargetStatistic;

trial::PatientFilter subgroup(const scenario::ValidationTarget& t) {
  if (!t.age_min_years && !t.age_max_years && !t.sex) {
    return {};
  }
  return [t](const trial::PatientOutcome& p) {
    const Person& who = p.who.person;
    return (!t.age_min_years || who.age_years >= *t.age_min_years) &&
           (!t.age_max_years || who.age_years < *t.age_max_years) && (!t.sex || *t.sex == who.sex);
  };
}

double mean_of(const std::vector<double>& x) {
  double s = 0.0;
  for (double v : x) {
    s += v;
  }
  return x.empty() ? std::nan("") : s / static_cast<double>(x.size());
}

// The simulated counterpart of one target, and the number of patients behind it.
std::pair<double, std::size_t> simulate_target(const trial::TrialDesign& d, const trial::TrialOutcome& o,
                                               const scenario::ValidationTarget& t) {
  const auto ep = static_cast<std::size_t>(
      std::find_if(d.endpoints.begin(), d.endpoints.end(), [&](const auto& e) { return e.name == t.endpoint; }) -
      d.endpoints.begin());
  const auto filter = subgroup(t);
  auto values = [&](std::size_t arm, trial::Measure m) { return trial::arm_values(d, o, arm, ep, t.visit, m, filter); };
  switch (t.statistic) {
    case TargetStatistic::Mean: {
      const auto v = values(t.arm, trial::Measure::Value);
      return {mean_of(v), v.size()};
    }
    case TargetStatistic::Change: {
      const auto v = values(t.arm, trial::Measure::Change);
      return {mean_of(v), v.size()};
    }
    case TargetStatistic::PercentChange: {
      const auto v = values(t.arm, trial::Measure::PercentChange);
      return {mean_of(v), v.size()};
    }
    case TargetStatistic::NetChange:
    case TargetStatistic::NetPercentChange: {
      const auto m =
          t.statistic == TargetStatistic::NetChange ? trial::Measure::Change : trial::Measure::PercentChange;
      const auto a = values(t.arm, m);
      const auto b = values(t.reference_arm, m);
      return {mean_of(a) - mean_of(b), a.size() + b.size()};
    }
    case TargetStatistic::ResponderRate: {
      const auto v = values(t.arm, trial::Measure::Change);
      const auto hits = std::count_if(v.begin(), v.end(), [&](double c) { return c >= t.threshold; });
      constexpr double kPercent = 100.0;
      return {v.empty() ? std::nan("") : kPercent * static_cast<double>(hits) / static_cast<double>(v.size()),
              v.size()};
    }
  }
  return {std::nan(""), 0};
}

}  // namespace

std::string not_runnable_reason(const scenario::ValidationCase& c) {
  if (!c.design) {
    return "not runnable yet (" + c.pending + ")";
  }
  const auto known = treat::known_event_types();
  for (const auto& arm : c.design->arms) {
    for (const auto& e : arm.events) {
      if (std::find(known.begin(), known.end(), e.type()) == known.end()) {
        return "not runnable yet (unknown event type " + e.type() + ")";
      }
    }
  }
  for (const auto& e : c.design->endpoints) {
    if (trial::find_endpoint(e.instrument) == nullptr) {
      return "not runnable yet (unknown instrument " + e.instrument + ")";
    }
  }
  for (const auto& s : c.design->inclusion.screening) {
    if (trial::find_endpoint(s.instrument) == nullptr) {
      return "not runnable yet (unknown instrument " + s.instrument + ")";
    }
  }
  return "";
}

CaseResult run_case(const scenario::ValidationCase& c, const CaseOptions& options) {
  CaseResult r;
  r.id = c.id;
  r.study = c.study;
  r.citation = c.citation;
  r.reference = c.reference;
  r.not_runnable = not_runnable_reason(c);
  std::optional<trial::TrialOutcome> outcome;
  std::optional<trial::TrialDesign> design = c.design;
  if (r.not_runnable.empty()) {
    for (const auto& [param, value] : options.parameter_values) {
      design->parameters.set(param, value);
    }
    trial::RunOptions run;
    run.threads = options.threads;
    run.progress = options.progress;
    run.interventions = options.interventions;
    outcome = trial::run_trial(*design, run);
    r.patients = outcome->patients.size();
    r.screened = outcome->screened;
    r.seconds = outcome->seconds;
  }
  for (const auto& t : c.targets) {
    TargetResult tr;
    tr.case_id = c.id;
    tr.study = c.study;
    tr.label = t.label;
    tr.endpoint = t.endpoint;
    tr.statistic = std::string(scenario::kTargetStatisticNames[static_cast<std::size_t>(t.statistic)]);
    tr.published = t.value;
    tr.spread = t.spread;
    tr.spread_note = t.spread_note;
    tr.published_n = t.published_n;
    if (design) {
      for (const auto& e : design->endpoints) {
        if (e.name == t.endpoint) {
          const trial::Endpoint* ep = trial::find_endpoint(e.instrument);
          tr.unit = ep != nullptr ? std::string(ep->unit) : std::string();
        }
      }
    }
    const bool percent = t.statistic == TargetStatistic::PercentChange ||
                         t.statistic == TargetStatistic::NetPercentChange ||
                         t.statistic == TargetStatistic::ResponderRate;
    if (percent) {
      tr.unit.assign(1, '%');
    }
    if (outcome) {
      const auto [value, n] = simulate_target(*design, *outcome, t);
      tr.runnable = true;
      if (std::isfinite(value)) {
        tr.simulated = value;
      }
      tr.simulated_n = n;
    } else {
      tr.reason = r.not_runnable;
    }
    r.targets.push_back(std::move(tr));
  }
  return r;
}

}  // namespace trichosim::validate
