#pragma once
#include <string>
#include <utility>
#include <vector>

#include "consult/diagnosis.hpp"
#include "consult/standing_causes.hpp"
#include "core/parameters.hpp"
#include "scenario/intake.hpp"
#include "treat/event_spec.hpp"

namespace trichosim::consult {

/// A price-table item an option uses, and how many of it per month (or per session for one-offs).
struct CostItem {
  std::string item;       ///< key in the price table, e.g. "finasteride_1mg"
  double quantity = 1.0;  ///< units per month, or sessions for one-off items
};

/// One candidate regimen for this person.
struct RegimenOption {
  std::string id;                        ///< e.g. "finasteride"
  std::string label;                     ///< e.g. "Finasteride 1 mg daily"
  std::string why;                       ///< the condition or finding it answers
  std::vector<treat::EventSpec> events;  ///< empty: natural course, a correction alone, or advice only
  std::vector<std::string> corrects;     ///< ids of the twin's causes it stops on the consultation day (StandingCause)
  bool advice_only = false;              ///< nothing to simulate (lifestyle, referral)
  std::vector<std::string> cautions;     ///< practical cautions that come with it
  std::vector<CostItem> costs;
  double doses_per_week = 0.0;  ///< applications, tablets or sessions per week (the burden)
};

/// An option considered and left out, with the contraindication.
struct ExcludedOption {
  std::string id;
  std::string label;
  std::string reason;
};

struct OptionList {
  std::vector<RegimenOption> options;  ///< first: the natural course (no treatment)
  std::vector<ExcludedOption> excluded;
};

/// Candidate options for the likely conditions, filtered by contraindications and cautions. Events start
/// `start_years` after the twin's start (the consultation day). `carried` are the causes the twin carries: only
/// their corrections enter the combined options.
OptionList candidate_options(const scenario::Intake& in, const Differential& d, const Parameters& p, double start_years,
                             const std::vector<StandingCause>& carried);

}  // namespace trichosim::consult
