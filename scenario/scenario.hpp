#pragma once
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "core/parameters.hpp"
#include "core/person.hpp"
#include "scenario/plan_request.hpp"
#include "treat/event_spec.hpp"

namespace trichosim::scenario {

/// A validated scenario: who, for how long, what is observed, what happens. See docs/formats.md.
struct Scenario {
  std::string name;    ///< short title
  std::string source;  ///< file path or "<text>", for messages
  std::string text;    ///< the TOML as given (stored with every run)
  std::uint64_t seed = 1;
  Person person;
  Parameters parameters;                 ///< registry defaults with validated overrides
  std::vector<std::string> overridden;   ///< registry keys the scenario overrides
  double horizon_years = 10.0;           ///< 0 < h <= 80
  std::vector<double> observe_years;     ///< ascending, within [0, horizon]
  std::vector<treat::EventSpec> events;  ///< parsed [[events]], interpreted by treat/
  PlanRequests plan;                     ///< [plan.transplant] / [plan.smp], read by the planners
};

/// Largest scenario file accepted (bytes).
inline constexpr std::uintmax_t kMaxScenarioBytes = 1U << 20U;

/// Parses and validates a scenario; throws InputError naming the field, value and allowed range.
Scenario parse_scenario(const std::string& text, const std::string& source);

/// Reads, parses and validates a scenario file (at most kMaxScenarioBytes).
Scenario load_scenario(const std::filesystem::path& path);

/// Reads a text file of at most `max_bytes`; throws InputError naming the file when missing or too large.
std::string read_text_file(const std::filesystem::path& path, std::uintmax_t max_bytes);

}  // namespace trichosim::scenario
