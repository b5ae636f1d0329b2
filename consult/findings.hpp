#pragma once
#include <string>
#include <vector>

#include "consult/diagnosis_rules.hpp"
#include "core/parameters.hpp"
#include "scenario/intake.hpp"

namespace trichosim::consult {

/// A finding that holds for this person, with the intake facts behind it in words.
struct PresentFinding {
  Finding finding;
  std::string because;  ///< e.g. "shedding 150 hairs/day > 100"
};

/// Every finding of the rule table that holds for the intake, with thresholds from the registry.
std::vector<PresentFinding> read_findings(const scenario::Intake& in, const Parameters& p);

/// Intake fields that are unknown and would change the scores if given, each with its weight in the
/// confidence figure (docs/consultation.md, "Confidence").
struct MissingField {
  std::string field;  ///< e.g. "labs.ferritin_ng_per_ml"
  double weight = 1.0;
};

/// The informative fields the intake leaves unknown.
std::vector<MissingField> missing_fields(const scenario::Intake& in);

/// Sum of the weights of every informative field (the denominator of the confidence figure).
double informative_weight_total();

}  // namespace trichosim::consult
