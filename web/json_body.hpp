#pragma once
#include <nlohmann/json.hpp>
#include <string>

#include "core/input_error.hpp"

namespace trichosim::web {

/// At most 40 characters of a bad request value, as echoed back in an error message ("..." when cut).
inline std::string echo(const std::string& text) {
  constexpr std::size_t kEchoChars = 40;
  return text.size() <= kEchoChars ? text : text.substr(0, kEchoChars) + "...";
}

/// Parses a request body that must be a JSON object; anything else (bad syntax, a number too large for a double —
/// which nlohmann reports by exception even in its no-exceptions mode — or a non-object) is an InputError
/// "body: not a JSON object; send <what>".
inline nlohmann::json parse_json_object(const std::string& body, const std::string& what) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(body);
  } catch (const nlohmann::json::exception&) {
    j = nullptr;
  }
  if (!j.is_object()) {
    throw InputError("body: not a JSON object; send " + what);
  }
  return j;
}

}  // namespace trichosim::web
