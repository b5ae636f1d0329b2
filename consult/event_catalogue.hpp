#pragma once
// THE one table of scenario event names and fields the consultation's treatments write (the plug-ins are in
// treat/registry.cpp). Corrections of a cause are not events of their own: they stop the cause's event
// (consult/standing_causes.hpp).
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
