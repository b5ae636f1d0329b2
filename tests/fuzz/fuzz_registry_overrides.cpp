// Fuzz target: the registry-override path ([parameters] in a scenario) with an exact oracle. The input chooses
// up to 8 (registry key, value) pairs, the values drawn as raw IEEE bit patterns (NaN, infinities, subnormals,
// huge), in-range values, range edges and their neighbours, or integers. The pairs are written as TOML under a
// valid scenario and parsed. The oracle: the scenario is accepted exactly when the keys are distinct, every
// value is finite and within its registry range, and the resulting set keeps the cross-parameter rules (restated
// here from docs/formats.md, not taken from scenario/parameter_rules.cpp); when accepted each value
// arrives unchanged; when refused the message names one of the offending keys.
#include <bit>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <set>
#include <string>
#include <vector>

#include "core/input_error.hpp"
#include "core/scalp_geometry.hpp"
#include "scenario/scenario.hpp"
#include "tests/fuzz/byte_reader.hpp"
#include "tests/fuzz/scenario_invariants.hpp"

namespace {

using trichosim::fuzz::require;

const char* const kBase = R"(format = "trichosim-scenario/1"
name = "registry override fuzz"
seed = 3
[person]
sex = "female"
age_years = 52
menopause_age_years = 50
family_history = "one_side"
[simulation]
horizon_years = 2
observe_every_years = 1
[parameters]
)";

std::string toml_number(double v) {
  if (std::isnan(v)) {
    return "nan";
  }
  if (std::isinf(v)) {
    return v > 0 ? "inf" : "-inf";
  }
  char buffer[64];
  const auto [end, ec] = std::to_chars(buffer, buffer + sizeof(buffer), v);
  std::string text(buffer, end);
  if (text.find_first_of(".e") == std::string::npos && std::abs(v) >= 9007199254740992.0) {
    text += ".0";  // a float literal: TOML integers stop at 2^63
  }
  return text;
}

// Whether every scalp region keeps at least 1 cm² (the area is the geometry's own grid integral).
bool regions_keep_area(const trichosim::Parameters& p) {
  const trichosim::ScalpGeometry g(p);
  for (const double area : g.region_area_cm2()) {
    if (area < 1.0) {
      return false;
    }
  }
  return true;
}

// The rules that tie registry values together: each ethnic group's follicular-unit shares sum to more than 0,
// the vellus diameter ceiling does not exceed the terminal floor, and no scalp region is (nearly) empty.
bool keeps_cross_parameter_rules(const trichosim::Parameters& p) {
  using trichosim::Param;
  const double caucasian = p[Param::scalp_fu_share_1_caucasian] + p[Param::scalp_fu_share_2_caucasian] +
                           p[Param::scalp_fu_share_3_caucasian] + p[Param::scalp_fu_share_4_caucasian] +
                           p[Param::scalp_fu_share_5_caucasian];
  const double asian = p[Param::scalp_fu_share_1_asian] + p[Param::scalp_fu_share_2_asian] +
                       p[Param::scalp_fu_share_3_asian] + p[Param::scalp_fu_share_4_asian] +
                       p[Param::scalp_fu_share_5_asian];
  return caucasian > 0.0 && asian > 0.0 &&
         p[Param::shaft_vellus_max_diameter_um] <= p[Param::shaft_terminal_min_diameter_um] && regions_keep_area(p);
}

struct Pair {
  trichosim::Param param;
  double value;
  bool integer_literal;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace trichosim;
  fuzz::ByteReader in(data, size);
  const int count = in.small(0, 8);
  std::vector<Pair> pairs;
  for (int i = 0; i < count && in.remaining() > 0; ++i) {
    const std::size_t high = in.byte();
    const auto param = static_cast<Param>((high * 256U + in.byte()) % kParamCount);
    const ParamInfo& info = param_info(param);
    Pair p{param, 0.0, false};
    switch (in.small(0, 3)) {
      case 0:
        p.value = std::bit_cast<double>(in.bits());
        break;
      case 1:
        p.value = in.in_range(info.min, info.max);
        break;
      case 2: {
        const double edge = in.small(0, 1) == 0 ? info.min : info.max;
        const int step = in.small(-1, 1);
        p.value = step == 0 ? edge : std::nextafter(edge, step > 0 ? HUGE_VAL : -HUGE_VAL);
        break;
      }
      default:
        p.value = static_cast<double>(static_cast<std::int32_t>(in.bits() % 2000001U) - 1000000);
        p.integer_literal = true;
        break;
    }
    pairs.push_back(p);
  }

  std::string text = kBase;
  std::set<Param> keys;
  bool distinct = true;
  bool all_in_range = true;
  Parameters resulting;
  for (const Pair& p : pairs) {
    const ParamInfo& info = param_info(p.param);
    distinct = keys.insert(p.param).second && distinct;
    all_in_range = all_in_range && fuzz::within(p.value, info.min, info.max);
    if (all_in_range) {
      resulting.set(p.param, p.value);
    }
    text.append("\"").append(info.key).append("\" = ");
    text.append(p.integer_literal ? std::to_string(static_cast<std::int64_t>(p.value)) : toml_number(p.value));
    text.append("\n");
  }

  try {
    const scenario::Scenario s = scenario::parse_scenario(text, "fuzz.toml");
    require(distinct && all_in_range, "a duplicate or out-of-range override was accepted");
    require(keeps_cross_parameter_rules(resulting), "a set breaking a cross-parameter rule was accepted");
    require(s.overridden.size() == pairs.size(), "an override went missing");
    for (const Pair& p : pairs) {
      require(s.parameters[p.param] == p.value, "an override did not arrive unchanged");
    }
    fuzz::check_accepted_scenario(s);
  } catch (const InputError& e) {
    const bool valid = distinct && all_in_range && keeps_cross_parameter_rules(resulting);
    if (valid) {
      std::fprintf(stderr, "refused with: %s\n", e.what());
    }
    require(!valid, "a valid set of overrides was refused");
    if (distinct && all_in_range) {
      const std::string message = e.what();
      require(message.find("shaft.vellus_max_diameter_um") != std::string::npos ||
                  message.find("scalp.fu_share_1_") != std::string::npos ||
                  message.find("\"geometry.*\"") != std::string::npos,
              "the refusal of a rule-breaking set does not name the rule's keys");
    }
    if (distinct && !all_in_range) {
      const std::string message = e.what();
      bool names_offender = false;
      for (const Pair& p : pairs) {
        const ParamInfo& info = param_info(p.param);
        if (!fuzz::within(p.value, info.min, info.max)) {
          names_offender =
              names_offender || message.find("parameters.\"" + std::string(info.key) + "\"") != std::string::npos;
        }
      }
      require(names_offender, "the refusal does not name an out-of-range key");
    }
  }
  return 0;
}
