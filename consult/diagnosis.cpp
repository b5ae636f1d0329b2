#include "consult/diagnosis.hpp"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace trichosim::consult {
namespace {

std::string num(double v) {
  std::ostringstream os;
  os.precision(3);
  os << v;
  return os.str();
}

/// Age enters AGA as a straight line in log-odds per decade from the reference age (prevalence rises with age).
Contribution age_term(const scenario::Intake& in, const Parameters& p, Condition c) {
  const Param slope =
      c == Condition::AgaMale ? Param::consult_aga_male_logit_per_decade : Param::consult_aga_female_logit_per_decade;
  const double decades = (in.age_years - p[Param::consult_age_reference_years]) / 10.0;
  return {"age " + num(in.age_years) + " (" + num(decades) + " decades from " +
              num(p[Param::consult_age_reference_years]) + ")",
          std::string(param_info(slope).key), p[slope] * decades};
}

}  // namespace

const ConditionScore& Differential::of(Condition c) const {
  return *std::find_if(scores.begin(), scores.end(), [c](const ConditionScore& s) { return s.condition == c; });
}

std::vector<RedFlagHit> red_flags(const scenario::Intake& in, const Parameters& p) {
  std::vector<RedFlagHit> out;
  if (in.scarring.value_or(false)) {
    out.push_back({RedFlag::Scarring, "scarring signs on the scalp (possible scarring alopecia: needs a biopsy)"});
  }
  const bool patchy = in.has_pattern(scenario::LossPattern::Patchy);
  const bool whole = in.has_pattern(scenario::LossPattern::WholeScalp);
  const bool rapid = (in.duration_months && *in.duration_months < p[Param::consult_rapid_loss_months]) ||
                     (in.onset && *in.onset == scenario::Onset::Sudden);
  const auto events = in.recent_events.value_or(std::vector<scenario::RecentEvent>{});
  const auto drugs = in.medications.value_or(std::vector<scenario::Medication>{});
  const bool on_chemo =
      std::any_of(events.begin(), events.end(),
                  [](const scenario::RecentEvent& e) { return e.type == scenario::LifeEvent::Chemotherapy; }) ||
      std::any_of(drugs.begin(), drugs.end(),
                  [](const scenario::Medication& m) { return m.drug_class == scenario::DrugClass::Chemotherapy; });
  if (patchy && rapid) {
    out.push_back({RedFlag::RapidPatchyLoss, "patchy loss that appeared suddenly or within " +
                                                 num(p[Param::consult_rapid_loss_months]) + " months"});
  } else if (whole && rapid && !on_chemo) {
    out.push_back({RedFlag::RapidPatchyLoss, "rapid loss over the whole scalp without chemotherapy"});
  }
  if (!in.systemic_symptoms.empty()) {
    std::string list;
    for (const auto& s : in.systemic_symptoms) {
      list += (list.empty() ? "" : ", ") + s;
    }
    out.push_back({RedFlag::SystemicSymptoms, "systemic symptoms: " + list});
  }
  return out;
}

Differential diagnose(const scenario::Intake& in, const Parameters& p) {
  const auto present = read_findings(in, p);
  std::array<std::vector<Contribution>, kConditionCount> terms;
  for (const auto& rule : diagnosis_rules()) {
    for (const auto& f : present) {
      if (f.finding == rule.finding) {
        terms[static_cast<std::size_t>(rule.condition)].push_back(
            {f.because, std::string(param_info(rule.weight).key), p[rule.weight]});
      }
    }
  }
  terms[static_cast<std::size_t>(Condition::AgaMale)].push_back(age_term(in, p, Condition::AgaMale));
  terms[static_cast<std::size_t>(Condition::AgaFemale)].push_back(age_term(in, p, Condition::AgaFemale));

  Differential d;
  for (std::size_t i = 0; i < kConditionCount; ++i) {
    const auto c = static_cast<Condition>(i);
    ConditionScore s;
    s.condition = c;
    s.logit = p[prior_of(c)];
    for (const auto& t : terms[i]) {
      s.logit += t.logit;
      if (t.logit > 0.0) {
        s.raised.push_back(t);
      } else if (t.logit < 0.0) {
        s.lowered.push_back(t);
      }
    }
    std::sort(s.raised.begin(), s.raised.end(), [](const auto& a, const auto& b) { return a.logit > b.logit; });
    std::sort(s.lowered.begin(), s.lowered.end(), [](const auto& a, const auto& b) { return a.logit < b.logit; });
    d.scores.push_back(std::move(s));
  }
  // Ties keep the condition order of condition.hpp (stable sort), so the ranking is deterministic.
  std::stable_sort(d.scores.begin(), d.scores.end(),
                   [](const ConditionScore& a, const ConditionScore& b) { return a.logit > b.logit; });
  // Probability that each condition is the main cause among those covered: a softmax of the log-odds scores
  // (the shared signs of an effluvium raise every telogen-effluvium cause alike; the softmax lets only the
  // cause-specific findings decide between them).
  const double top = d.scores.front().logit;
  double sum = 0.0;
  for (const auto& s : d.scores) {
    sum += std::exp(s.logit - top);
  }
  for (auto& s : d.scores) {
    s.probability = std::exp(s.logit - top) / sum;
  }
  d.red_flags = red_flags(in, p);
  d.missing = missing_fields(in);
  double missing_weight = 0.0;
  for (const auto& m : d.missing) {
    missing_weight += m.weight;
  }
  d.confidence = 1.0 - missing_weight / informative_weight_total();
  return d;
}

}  // namespace trichosim::consult
