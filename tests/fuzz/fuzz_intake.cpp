// Fuzz target: the consultation intake readers (scenario/intake*.cpp), TOML and JSON (the web form posts JSON).
// Any bytes in; either an InputError or an intake within the ranges the consultation relies on, whose causes
// (consult/standing_causes.hpp) are events their plug-ins accept, starting at or after the twin's start.
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "consult/standing_causes.hpp"
#include "core/input_error.hpp"
#include "scenario/intake.hpp"
#include "treat/registry.hpp"

namespace {

void require(bool ok) {
  if (!ok) {
    std::abort();
  }
}

void check_optional_finite(const std::optional<double>& v) { require(!v || (std::isfinite(*v) && *v >= 0.0)); }

// Every cause becomes an event its plug-in takes (an InputError here would fail the consultation), both as the
// natural course has it and corrected on the consultation day; none starts before the twin or after today.
void check_causes(const trichosim::scenario::Intake& in) {
  using namespace trichosim;
  static const Parameters params;
  const auto causes = consult::standing_causes(in, params);
  const double now = consult::causes_lookback_years(causes);
  require(now >= 0.0 && now <= consult::kMaxCauseLookbackYears && now <= in.age_years);
  std::vector<std::string> ids;
  for (const auto& c : causes) {
    require(c.start_years_ago >= 0.0 && c.start_years_ago <= now);
    ids.push_back(c.id);
  }
  for (const auto& corrected : {std::vector<std::string>{}, ids}) {
    for (const auto& e : consult::cause_events(causes, now, corrected, now)) {
      try {
        (void)treat::make_intervention(e, params);
      } catch (const InputError&) {
        std::abort();
      }
    }
  }
}

void check_accepted_intake(const trichosim::scenario::Intake& in) {
  require(std::isfinite(in.age_years) && in.age_years >= 0.0 && in.age_years <= 110.0);
  check_optional_finite(in.duration_months);
  check_optional_finite(in.hairs_per_day);
  check_optional_finite(in.wash_count);
  check_optional_finite(in.comb_count_60s);
  require(!in.pull_test_percent || (*in.pull_test_percent >= 0.0 && *in.pull_test_percent <= 100.0));
  require(!in.wash_short_hair_percent || (*in.wash_short_hair_percent >= 0.0 && *in.wash_short_hair_percent <= 100.0));
  check_causes(in);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  try {
    check_accepted_intake(trichosim::scenario::parse_intake_toml(text, "fuzz.toml"));
  } catch (const trichosim::InputError&) {
  }
  try {
    check_accepted_intake(trichosim::scenario::parse_intake_json(text, "fuzz.json"));
  } catch (const trichosim::InputError&) {
  }
  return 0;
}
