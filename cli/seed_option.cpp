#include "cli/seed_option.hpp"

#include <string>

#include "core/input_error.hpp"
#include "scenario/limits.hpp"

namespace trichosim::cli {

std::optional<std::uint64_t> checked_seed(const SeedOption& seed) {
  if (!seed) {
    return std::nullopt;
  }
  if (!scenario::seed_in_range(*seed)) {
    throw InputError("--seed = " + std::to_string(*seed) + ": " + scenario::seed_range_text());
  }
  return static_cast<std::uint64_t>(*seed);
}

}  // namespace trichosim::cli
