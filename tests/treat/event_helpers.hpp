#pragma once
// Builds scenario events in tests without going through TOML.
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "core/input_error.hpp"
#include "treat/event_spec.hpp"

namespace trichosim::testing {

using Fields = std::map<std::string, treat::FieldValue>;

inline treat::EventSpec event(const std::string& type, Fields fields) {
  return treat::EventSpec(type, "events[0] (" + type + ")", std::move(fields));
}

/// The InputError message thrown by `f`, or "(no error)".
template <typename F>
std::string error_of(F&& f) {
  try {
    f();
  } catch (const InputError& e) {
    return e.what();
  }
  return "(no error)";
}

}  // namespace trichosim::testing
