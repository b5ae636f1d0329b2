#include "consult/event_catalogue.hpp"

#include <algorithm>

#include "treat/registry.hpp"

namespace trichosim::consult {
namespace regimen_events {
namespace {

treat::EventSpec spec(std::string_view type, double start_years, std::map<std::string, treat::FieldValue> fields) {
  fields.emplace("start_years", start_years);
  return {std::string(type), "consultation regimen (" + std::string(type) + ")", std::move(fields)};
}

}  // namespace

treat::EventSpec finasteride(double start_years) {
  return spec(event_names::kFinasteride, start_years, {{"dose_mg", 1.0}});
}
treat::EventSpec minoxidil_topical(double start_years, double concentration_percent) {
  return spec(event_names::kMinoxidil, start_years,
              {{"route", std::string("topical")}, {"concentration_percent", concentration_percent}});
}
treat::EventSpec minoxidil_oral(double start_years, double dose_mg) {
  return spec(event_names::kMinoxidil, start_years, {{"route", std::string("oral")}, {"dose_mg", dose_mg}});
}
treat::EventSpec ketoconazole(double start_years) {
  return spec(event_names::kKetoconazole, start_years, {{"times_per_week", 3.0}});
}
treat::EventSpec spironolactone(double start_years) {
  return spec(event_names::kSpironolactone, start_years, {{"dose_mg", 100.0}});
}
treat::EventSpec microneedling(double start_years) {
  return spec(event_names::kMicroneedling, start_years,
              {{"needle_mm", 1.5}, {"sessions_per_week", 1.0}, {"duration_weeks", 520.0}});
}
// The front and top of the scalp, where pattern loss shows; the occiput is the donor.
std::vector<std::string> pattern_regions() { return {"frontal_hairline", "mid_scalp", "crown"}; }

treat::EventSpec transplant(double start_years) {
  return spec(
      event_names::kTransplant, start_years,
      {{"method", std::string("fue")}, {"harvest", std::string("session_limit")}, {"recipient", pattern_regions()}});
}
treat::EventSpec micropigmentation(double start_years) {
  return spec(event_names::kMicropigmentation, start_years, {{"sessions", 3.0}, {"regions", pattern_regions()}});
}

}  // namespace regimen_events

EventCatalogue build_catalogue() {
  EventCatalogue c;
  c.known = [](const std::string& type) {
    const auto names = treat::known_event_types();
    return std::find(names.begin(), names.end(), type) != names.end();
  };
  c.make = [](const treat::EventSpec& s, const Parameters& p) { return treat::make_intervention(s, p); };
  return c;
}

}  // namespace trichosim::consult
