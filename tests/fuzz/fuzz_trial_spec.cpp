// Fuzz target: the trial-spec parser and validator (scenario/trial_spec.cpp). Any bytes in; either an InputError
// or a design that keeps the promises a trial run relies on. Never runs a trial.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/input_error.hpp"
#include "scenario/trial_spec.hpp"

namespace {

// A broken promise is a finding: abort so libFuzzer saves the input.
void require(bool ok) {
  if (!ok) {
    std::abort();
  }
}

void check_accepted_design(const trichosim::trial::TrialDesign& d) {
  require(!d.arms.empty());
  require(d.control_arm < d.arms.size());
  for (const auto& arm : d.arms) {
    require(arm.n > 0);
    require(arm.adherence >= 0.0 && arm.adherence <= 1.0);
  }
  // 0 is a valid design: a cross-sectional reading at baseline (the survey and biopsy validation cases).
  require(d.duration_years >= 0.0);
  require(!d.visit_years.empty() && d.visit_years.front() == 0.0);
  for (std::size_t k = 1; k < d.visit_years.size(); ++k) {
    require(d.visit_years[k] > d.visit_years[k - 1]);
  }
  require(d.visit_years.back() <= d.duration_years);
  require(!d.endpoints.empty());
  require(d.primary_endpoint() < d.endpoints.size());
  require(d.sample_fraction > 0.0 && d.sample_fraction <= 1.0);
  require(d.dropout_per_year >= 0.0);
  require(d.patients() > 0);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  try {
    check_accepted_design(trichosim::scenario::parse_trial_spec(text, "fuzz.toml"));
  } catch (const trichosim::InputError&) {
    // Refused with a message: the expected outcome for most inputs.
  }
  return 0;
}
