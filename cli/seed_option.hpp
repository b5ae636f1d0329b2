#pragma once
// The --seed option of forecast, measure, trial and consult: one reading and one message for all four.
#include <cstdint>
#include <optional>

namespace trichosim::cli {

/// --seed as given on the command line. Signed, so that a negative value reaches checked_seed as written: CLI11
/// reads "-1" into an unsigned option as 2^64 - 1, and the commands ran with that.
using SeedOption = std::optional<std::int64_t>;

/// The seed to run with (nullopt when --seed was not given); throws InputError naming --seed, the value and the
/// range of seeds every input file takes (0 to 2^53 - 1, scenario/limits.hpp).
std::optional<std::uint64_t> checked_seed(const SeedOption& seed);

}  // namespace trichosim::cli
