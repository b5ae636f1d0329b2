#pragma once
// Bounds that every input reader (scenario, trial and intake files, the web form, the Python module) shares.
#include <cstdint>

namespace trichosim::scenario {

/// Largest seed a file or request may give: 2^53 - 1, exactly representable in every TOML and JSON reader.
inline constexpr std::int64_t kMaxSeed = 9007199254740991;

}  // namespace trichosim::scenario
