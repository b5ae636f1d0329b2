#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "consult/diagnosis.hpp"
#include "consult/event_catalogue.hpp"
#include "consult/options.hpp"
#include "consult/regimen.hpp"
#include "consult/twin.hpp"
#include "core/parameters.hpp"
#include "scenario/consult_prices.hpp"
#include "scenario/intake.hpp"

namespace trichosim::consult {

/// Printed on every consultation output.
inline constexpr const char* kDisclaimer =
    "Decision support from a simulation, not a diagnosis by a doctor. Discuss every option with a doctor before "
    "starting, stopping or changing any treatment.";

struct ConsultationOptions {
  std::optional<std::uint64_t> seed;             ///< overrides the intake's seed
  EventCatalogue catalogue = build_catalogue();  ///< which event types can be simulated
  scenario::ConsultPriceTable prices;            ///< editable price table
};

/// Everything a consultation produces.
struct Consultation {
  scenario::Intake intake;
  Differential differential;
  TwinFit twin;
  RegimenResult regimen;
};

/// Where the forecast density is read: the site of the history measurements, else the site the pattern and the
/// top diagnosis point to (crown for male vertex loss, frontal hairline for hairline-only loss, mid-scalp
/// otherwise).
Region focus_site(const scenario::Intake& in, const Differential& d);

/// Diagnosis, twin fit, candidate options and their forecasts for one intake. Deterministic for a seed.
Consultation run_consultation(scenario::Intake in, const Parameters& p, const ConsultationOptions& options);

}  // namespace trichosim::consult
