#include "treat/registry.hpp"

#include <functional>
#include <string_view>

#include "core/input_error.hpp"
#include "treat/chemotherapy.hpp"
#include "treat/deficiency.hpp"
#include "treat/drug_effluvium.hpp"
#include "treat/dutasteride.hpp"
#include "treat/finasteride.hpp"
#include "treat/ketoconazole.hpp"
#include "treat/laser.hpp"
#include "treat/microneedling.hpp"
#include "treat/micropigmentation.hpp"
#include "treat/minoxidil.hpp"
#include "treat/postpartum.hpp"
#include "treat/spironolactone.hpp"
#include "treat/telogen_effluvium.hpp"
#include "treat/thyroid.hpp"
#include "treat/transplant.hpp"

namespace trichosim::treat {
namespace {

using Factory = std::function<std::unique_ptr<Intervention>(const EventSpec&, const Parameters&)>;

struct EventType {
  std::string_view name;
  Factory make;
};

// The one explicit list from scenario event name to factory (no self-registration). Each entry has its file
// pair in treat/, its registry parameters, a test in tests/treat/, a section in docs/model.md and an example.
const std::vector<EventType>& event_types() {
  static const std::vector<EventType> kTypes = {
      // Treatments
      {"finasteride", make_finasteride},
      {"dutasteride", make_dutasteride},
      {"spironolactone", make_spironolactone},
      {"minoxidil", make_minoxidil},
      {"ketoconazole", make_ketoconazole},
      // Causes
      {"telogen_effluvium", make_telogen_effluvium},
      {"postpartum", make_postpartum},
      {"hypothyroidism", make_thyroid_disorder},
      {"hyperthyroidism", make_thyroid_disorder},
      {"iron_deficiency", make_deficiency},
      {"vitamin_d_deficiency", make_deficiency},
      {"protein_deficiency", make_deficiency},
      {"chemotherapy", make_chemotherapy},
      {"beta_blocker", make_drug_effluvium},
      {"antidepressant", make_drug_effluvium},
      {"retinoid", make_drug_effluvium},
      {"anticoagulant", make_drug_effluvium},
      // Procedures
      {"microneedling", [](const EventSpec& s, const Parameters& p) { return std::make_unique<Microneedling>(s, p); }},
      {"transplant", [](const EventSpec& s, const Parameters& p) { return std::make_unique<Transplant>(s, p); }},
      {"laser", [](const EventSpec& s, const Parameters& p) { return std::make_unique<Laser>(s, p); }},
      {"micropigmentation",
       [](const EventSpec& s, const Parameters& p) { return std::make_unique<Micropigmentation>(s, p); }},
  };
  return kTypes;
}

}  // namespace

std::vector<std::string> known_event_types() {
  std::vector<std::string> names;
  for (const auto& t : event_types()) {
    names.emplace_back(t.name);
  }
  return names;
}

std::unique_ptr<Intervention> make_intervention(const EventSpec& spec, const Parameters& params) {
  for (const auto& t : event_types()) {
    if (t.name == spec.type()) {
      auto made = t.make(spec, params);
      spec.check_all_used();
      return made;
    }
  }
  std::string known;
  for (const auto& n : known_event_types()) {
    known += (known.empty() ? "" : ", ") + n;
  }
  throw InputError(spec.where() + ".type = \"" + spec.type() + "\": unknown event type; known types are " +
                   (known.empty() ? std::string("(none yet)") : known));
}

}  // namespace trichosim::treat
