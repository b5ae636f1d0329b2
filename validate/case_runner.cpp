#include "validate/case_runner.hpp"

#include <algorithm>
#include <cmath>

#include "core/input_error.hpp"
#include "scenario/parameter_rules.hpp"
#include "treat/registry.hpp"
#include "trial/analysis.hpp"
#include "trial/endpoints.hpp"
#include "trial/statistics.hpp"

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
      const auto m = t.statistic == TargetStatistic::NetChange ? trial::Measure::Change : trial::Measure::PercentChange;
      const auto a = values(t.arm, m);
      const auto b = values(t.reference_arm, m);
      return {mean_of(a) - mean_of(b), a.size() + b.size()};
    }
    case TargetStatistic::ResponderRate: {
      const auto v = values(t.arm, trial::Measure::Change);
      const auto hits = std::count_if(v.begin(), v.end(),
                                      [&](double c) { return trial::is_responder(d.endpoints[ep], c, t.threshold); });
      constexpr double kPercent = 100.0;
      return {v.empty() ? std::nan("") : kPercent * static_cast<double>(hits) / static_cast<double>(v.size()),
              v.size()};
    }
    case TargetStatistic::SdChange: {
      const auto v = values(t.arm, trial::Measure::Change);
      return {trial::summarise_sample(v).sd, v.size()};  // NaN for fewer than two patients
    }
  }
  return {std::nan(""), 0};
}

}  // namespace

namespace {

// The part of a case this build can run: arms whose event types treat/ knows, endpoints whose instruments the
// table has. Targets that need a dropped arm or endpoint are reported with the reason.
struct Runnable {
  std::optional<trial::TrialDesign> design;
  std::string case_reason;                      // non-empty: nothing can run
  std::vector<std::optional<std::size_t>> arm;  // case arm -> reduced arm
  std::vector<std::string> arm_reason;
  std::vector<std::string> endpoint_reason;  // by case endpoint
};

Runnable runnable_part(const scenario::ValidationCase& c) {
  Runnable r;
  if (!c.design) {
    r.case_reason = "not runnable yet (" + c.pending + ")";
    return r;
  }
  const trial::TrialDesign& d = *c.design;
  for (const auto& s : d.inclusion.screening) {
    if (trial::find_endpoint(s.instrument) == nullptr) {
      r.case_reason = "not runnable yet (unknown instrument " + s.instrument + ")";
      return r;
    }
  }
  const auto known = treat::known_event_types();
  trial::TrialDesign reduced = d;
  reduced.arms.clear();
  reduced.endpoints.clear();
  reduced.control_arm = 0;
  for (std::size_t a = 0; a < d.arms.size(); ++a) {
    std::string reason;
    for (const auto& e : d.arms[a].events) {
      if (reason.empty() && std::find(known.begin(), known.end(), e.type()) == known.end()) {
        reason = "not runnable yet (unknown event type " + e.type() + ")";
      }
    }
    r.arm_reason.push_back(reason);
    if (reason.empty()) {
      if (a == d.control_arm) {
        reduced.control_arm = reduced.arms.size();
      }
      r.arm.emplace_back(reduced.arms.size());
      reduced.arms.push_back(d.arms[a]);
    } else {
      r.arm.emplace_back(std::nullopt);
    }
  }
  for (const auto& e : d.endpoints) {
    const bool known_instrument = trial::find_endpoint(e.instrument) != nullptr;
    r.endpoint_reason.push_back(known_instrument ? "" : "not runnable yet (unknown instrument " + e.instrument + ")");
    if (known_instrument) {
      reduced.endpoints.push_back(e);
    }
  }
  if (reduced.arms.empty() || reduced.endpoints.empty()) {
    r.case_reason = reduced.arms.empty() ? r.arm_reason.front() : r.endpoint_reason.front();
    return r;
  }
  r.design = std::move(reduced);
  return r;
}

std::size_t endpoint_index(const trial::TrialDesign& d, const std::string& name) {
  return static_cast<std::size_t>(
      std::find_if(d.endpoints.begin(), d.endpoints.end(), [&](const auto& e) { return e.name == name; }) -
      d.endpoints.begin());
}

}  // namespace

std::string not_runnable_reason(const scenario::ValidationCase& c) {
  const Runnable r = runnable_part(c);
  if (!r.case_reason.empty()) {
    return r.case_reason;
  }
  for (const auto& reason : r.arm_reason) {
    if (!reason.empty()) {
      return reason;
    }
  }
  for (const auto& reason : r.endpoint_reason) {
    if (!reason.empty()) {
      return reason;
    }
  }
  return "";
}

CaseResult run_case(const scenario::ValidationCase& c, const CaseOptions& options) {
  if (options.patients_scale < 1 || options.patients_scale > scenario::kMaxPatientsScale) {
    throw InputError("patients_scale = " + std::to_string(options.patients_scale) + ": allowed range is 1 to " +
                     std::to_string(scenario::kMaxPatientsScale));
  }
  CaseResult r;
  r.id = c.id;
  r.study = c.study;
  r.citation = c.citation;
  r.reference = c.reference;
  r.not_runnable = not_runnable_reason(c);
  Runnable part = runnable_part(c);
  if (part.design) {
    // A plug-in that exists but refuses the case's fields is an error in the case file: report it on the case
    // rather than stopping the whole suite.
    try {
      trial::check_interventions(*part.design, options.interventions);
    } catch (const InputError& e) {
      part.case_reason = std::string("case file error: ") + e.what();
      part.design.reset();
      r.not_runnable = part.case_reason;
    }
  }
  std::optional<trial::TrialOutcome> outcome;
  std::string shortfall;  // the screening's message when it could not fill the places (shortfall_as_missing)
  if (part.design) {
    part.design->parameters.set_all(options.parameter_values);  // the command line's --set values
    part.design->seed += options.seed_offset;                   // unsigned: wraps, never undefined
    for (auto& arm : part.design->arms) {
      arm.n *= options.patients_scale;
    }
    trial::RunOptions run;
    run.threads = options.threads;
    run.progress = options.progress;
    run.interventions = options.interventions;
    try {
      outcome = trial::run_trial(*part.design, run);
      r.patients = outcome->patients.size();
      r.screened = outcome->screened;
      r.seconds = outcome->seconds;
    } catch (const trial::ScreeningShortfall& e) {
      if (!options.shortfall_as_missing) {
        throw;
      }
      shortfall = e.what();
    }
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
    if (c.design) {
      const std::size_t e = endpoint_index(*c.design, t.endpoint);
      const trial::Endpoint* ep = trial::find_endpoint(c.design->endpoints[e].instrument);
      tr.unit = ep != nullptr ? std::string(ep->unit) : std::string();
    }
    const bool percent = t.statistic == TargetStatistic::PercentChange ||
                         t.statistic == TargetStatistic::NetPercentChange ||
                         t.statistic == TargetStatistic::ResponderRate;
    if (percent) {
      tr.unit.assign(1, '%');
    }
    std::string reason = part.case_reason;
    if (reason.empty()) {
      const std::size_t e = endpoint_index(*c.design, t.endpoint);
      reason = !part.arm_reason[t.arm].empty()             ? part.arm_reason[t.arm]
               : !part.arm_reason[t.reference_arm].empty() ? part.arm_reason[t.reference_arm]
                                                           : part.endpoint_reason[e];
    }
    if (reason.empty() && !outcome) {
      tr.runnable = true;  // it could run, but not at these values: no simulated number
      tr.reason = shortfall;
    } else if (reason.empty()) {
      scenario::ValidationTarget mapped = t;
      mapped.arm = *part.arm[t.arm];
      mapped.reference_arm = *part.arm[t.reference_arm];
      const auto [value, n] = simulate_target(*part.design, *outcome, mapped);
      tr.runnable = true;
      if (std::isfinite(value)) {
        tr.simulated = value;
      }
      tr.simulated_n = n;
    } else {
      tr.reason = reason;
    }
    r.targets.push_back(std::move(tr));
  }
  return r;
}

std::vector<CaseResult> run_cases(const std::vector<scenario::ValidationCase>& cases, CaseOptions options,
                                  const std::function<void(double)>& progress) {
  std::vector<CaseResult> results;
  results.reserve(cases.size());
  const auto n = static_cast<double>(cases.size());
  for (std::size_t i = 0; i < cases.size(); ++i) {
    const double before = static_cast<double>(i) / n;
    if (progress) {
      options.progress = [&progress, before, n](double f) { progress(before + (f / n)); };
    }
    results.push_back(run_case(cases[i], options));
    if (progress) {
      progress(static_cast<double>(i + 1) / n);
    }
  }
  return results;
}

void check_parameter_values(const std::vector<scenario::ValidationCase>& cases, const CaseOptions& options,
                            const std::string& given_as) {
  if (options.parameter_values.empty()) {
    return;
  }
  for (const auto& c : cases) {
    if (!c.design) {
      continue;
    }
    Parameters p = c.design->parameters;
    p.set_all(options.parameter_values);  // what run_case then simulates
    scenario::check_parameter_rules(p, c.source + " with " + given_as);
  }
}

}  // namespace trichosim::validate
