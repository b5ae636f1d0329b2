#include "consult/consultation.hpp"

namespace trichosim::consult {

Region focus_site(const scenario::Intake& in, const Differential& d) {
  if (!in.history.empty()) {
    return in.history.front().site;
  }
  const bool male_pattern = d.top().condition == Condition::AgaMale;
  if (male_pattern && in.has_pattern(scenario::LossPattern::Crown)) {
    return Region::Crown;
  }
  if (male_pattern && in.has_pattern(scenario::LossPattern::Hairline)) {
    return Region::FrontalHairline;
  }
  return male_pattern ? Region::Crown : Region::MidScalp;
}

Consultation run_consultation(scenario::Intake in, const Parameters& p, const ConsultationOptions& options) {
  if (options.seed) {
    in.seed = *options.seed;
  }
  Consultation c;
  c.differential = diagnose(in, p);
  c.twin = fit_twin(in, p, focus_site(in, c.differential), options.catalogue);
  const OptionList list = candidate_options(in, c.differential, p, c.twin.now_years, c.twin.causes);
  c.regimen = evaluate_options(in, c.twin, list, p, options.catalogue, options.prices);
  c.intake = std::move(in);
  return c;
}

}  // namespace trichosim::consult
