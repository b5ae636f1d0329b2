#pragma once
// Builds interventions from scenario-like event fields, as scenario/ would hand them to treat/.
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "treat/registry.hpp"

namespace trichosim::testing {

inline treat::EventSpec event(const std::string& type, std::map<std::string, treat::FieldValue> fields) {
  return treat::EventSpec(type, "events[0] (" + type + ")", std::move(fields));
}

inline std::unique_ptr<Intervention> make(const std::string& type, std::map<std::string, treat::FieldValue> fields,
                                          const Parameters& p = Parameters()) {
  return treat::make_intervention(event(type, std::move(fields)), p);
}

/// The modifiers all `interventions` compose to on day `t` (as the engine folds them).
inline RegionalModifiers compose(const std::vector<const Intervention*>& interventions, Day t) {
  RegionalModifiers m;
  for (const Intervention* iv : interventions) {
    iv->modify(t, Person(), m);
  }
  return m;
}

}  // namespace trichosim::testing
