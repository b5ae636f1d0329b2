// Fuzz target: the scenario parser and validator (scenario/scenario.cpp, treat/event_spec.cpp, the event
// registry). Any bytes in; either an InputError or a scenario that keeps every promise in scenario_invariants.hpp.
// Never runs a simulation.
#include <cstdint>
#include <string>

#include "core/input_error.hpp"
#include "scenario/scenario.hpp"
#include "tests/fuzz/scenario_invariants.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  try {
    const trichosim::scenario::Scenario s = trichosim::scenario::parse_scenario(text, "fuzz.toml");
    trichosim::fuzz::check_accepted_scenario(s);
  } catch (const trichosim::InputError&) {
    // Refused with a message: the expected outcome for most inputs.
  }
  return 0;
}
