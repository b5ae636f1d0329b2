#pragma once
// Bounds that every input reader (scenario, trial and intake files, the web form, the Python module) shares.
#include <cstdint>
#include <string>

namespace trichosim::scenario {

/// Largest seed a file or request may give: 2^53 - 1, exactly representable in every TOML and JSON reader.
inline constexpr std::int64_t kMaxSeed = 9007199254740991;

/// True for a seed every reader accepts.
constexpr bool seed_in_range(std::int64_t seed) { return seed >= 0 && seed <= kMaxSeed; }

/// How every seed refusal ends, whichever reader (file, CLI option, web form) gave the value.
inline std::string seed_range_text() { return "allowed range is 0 to " + std::to_string(kMaxSeed) + " (whole number)"; }

}  // namespace trichosim::scenario
