#pragma once
#include <stdexcept>
#include <string>

namespace trichosim {

/// Bad input: a message that names the field, the value given and what is allowed, e.g.
/// "person.age_years = 140: allowed range is 0 to 110 (year)". Thrown by the validating layers (scenario/,
/// treat/ factories), never from inside a run.
class InputError : public std::runtime_error {
 public:
  explicit InputError(const std::string& message) : std::runtime_error(message) {}
};

}  // namespace trichosim
