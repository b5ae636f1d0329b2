#include "cli/seed_option.hpp"

#include <string>

#include "core/input_error.hpp"
#include "scenario/limits.hpp"

namespace trichosim::cli {

std::optional<std::uint64_t> checked_seed(const SeedOption& seed) {
  if (!seed) {
    return std::nullopt;
  }
  if (*seed < 0 || *seed > scenario::kMaxSeed) {
    throw InputError("--seed = " + std::to_string(*seed) + ": allowed range is 0 to " +
                     std::to_string(scenario::kMaxSeed) + " (whole number)");
  }
  return static_cast<std::uint64_t>(*seed);
}

}  // namespace trichosim::cli
