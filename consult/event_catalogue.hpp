#pragma once
// THE one table of scenario event names and fields the consultation writes (issues 6 and 7 define the
// plug-ins). Align the names here with treat/registry.cpp at merge time; nothing else needs to change.
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/intervention.hpp"
#include "core/parameters.hpp"
#include "treat/event_spec.hpp"

namespace trichosim::consult {

namespace event_names {
inline constexpr std::string_view kFinasteride = "finasteride";
inline constexpr std::string_view kMinoxidil = "minoxidil";
inline constexpr std::string_view kKetoconazole = "ketoconazole";
inline constexpr std::string_view kSpironolactone = "spironolactone";
inline constexpr std::string_view kMicroneedling = "microneedling";
inline constexpr std::string_view kIronSupplement = "iron_supplement";
inline constexpr std::string_view kVitaminDSupplement = "vitamin_d_supplement";
inline constexpr std::string_view kStopDrug = "stop_drug";
inline constexpr std::string_view kThyroidTreatment = "thyroid_treatment";
inline constexpr std::string_view kTransplant = "transplant";
inline constexpr std::string_view kMicropigmentation = "micropigmentation";
}  // namespace event_names

/// The scenario events of each regimen, starting `start_years` after the twin's start (never stopping).
namespace regimen_events {
treat::EventSpec finasteride(double start_years);
treat::EventSpec minoxidil_topical(double start_years, double concentration_percent);
treat::EventSpec minoxidil_oral(double start_years, double dose_mg);
treat::EventSpec ketoconazole(double start_years);
treat::EventSpec spironolactone(double start_years);
treat::EventSpec microneedling(double start_years);
treat::EventSpec iron_supplement(double start_years);
treat::EventSpec vitamin_d_supplement(double start_years);
treat::EventSpec stop_drug(double start_years, const std::string& drug_class);
treat::EventSpec thyroid_treatment(double start_years);
/// One FUE session at the donor's safe per-session limit into the frontal hairline, mid scalp and crown.
treat::EventSpec transplant(double start_years);
/// Three micropigmentation sessions over the frontal hairline, mid scalp and crown.
treat::EventSpec micropigmentation(double start_years);
}  // namespace regimen_events

/// Which event types this build can simulate and how to build them. The default is treat/registry.cpp;
/// tests pass their own to exercise the ranking with a stand-in plug-in.
struct EventCatalogue {
  std::function<bool(const std::string&)> known;
  std::function<std::unique_ptr<Intervention>(const treat::EventSpec&, const Parameters&)> make;
};

/// The catalogue of treat/registry.cpp.
EventCatalogue build_catalogue();

}  // namespace trichosim::consult
