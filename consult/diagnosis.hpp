#pragma once
#include <array>
#include <string>
#include <vector>

#include "consult/condition.hpp"
#include "consult/findings.hpp"
#include "core/parameters.hpp"
#include "scenario/intake.hpp"

namespace trichosim::consult {

/// One term of a condition's score: a finding (or the prior, or age) and the log-odds it added.
struct Contribution {
  std::string what;    ///< e.g. "shedding 150 hairs/day (> 100)"
  std::string key;     ///< registry key of the weight, e.g. "consult.w_high_shedding_acute_te"
  double logit = 0.0;  ///< signed log-odds added
};

/// The score of one condition: score = prior + sum of contributions (log-odds units); probability = softmax of
/// the scores over all conditions.
struct ConditionScore {
  Condition condition = Condition::AgaMale;
  double logit = 0.0;
  double probability = 0.0;           ///< 0-1: probability that this condition is present (conditions can coexist)
  std::vector<Contribution> raised;   ///< positive terms, largest first
  std::vector<Contribution> lowered;  ///< negative terms, most negative first
};

struct RedFlagHit {
  RedFlag flag = RedFlag::Scarring;
  std::string because;  ///< the intake facts
};

/// The differential diagnosis: every condition scored, most probable first; red flags; confidence.
struct Differential {
  std::vector<ConditionScore> scores;  ///< sorted by probability, highest first
  std::vector<RedFlagHit> red_flags;
  double confidence = 0.0;            ///< 0-1: weighted share of informative fields known
  std::vector<MissingField> missing;  ///< informative fields left unknown
  const ConditionScore& top() const { return scores.front(); }
  const ConditionScore& of(Condition c) const;
};

/// Scores every condition from the intake with the registry's transparent rules (docs/consultation.md).
Differential diagnose(const scenario::Intake& in, const Parameters& p);

/// The red flags of an intake (scarring signs, rapid patchy loss, systemic symptoms).
std::vector<RedFlagHit> red_flags(const scenario::Intake& in, const Parameters& p);

}  // namespace trichosim::consult
