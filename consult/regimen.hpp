#pragma once
#include <array>
#include <string>
#include <vector>

#include "consult/event_catalogue.hpp"
#include "consult/options.hpp"
#include "consult/twin.hpp"
#include "scenario/consult_prices.hpp"

namespace trichosim::consult {

enum class ForecastStatus : std::uint8_t { Simulated = 0, NotSimulated = 1, AdviceOnly = 2 };
inline constexpr std::array<std::string_view, 3> kForecastStatusNames = {"simulated", "not_simulated", "advice_only"};

/// One option with its forecast on the twin, its cost and its rank.
struct OptionForecast {
  RegimenOption option;
  ForecastStatus status = ForecastStatus::Simulated;
  std::string status_note;  ///< e.g. "not simulated in this build (unknown event type: finasteride)"
  std::array<Band, kForecastYears.size()> density{};          ///< hairs/cm² at the twin's site
  std::array<Band, kForecastYears.size()> gain_vs_natural{};  ///< per-draw difference to no treatment
  std::array<std::string, kForecastYears.size()> stage{};     ///< median draw's stage, e.g. "norwood III vertex"
  std::array<double, kForecastYears.size()> cost{};           ///< cumulative cost at 1, 3, 5 years
  /// Visual density score (0-10) at the twin's site, for options with micropigmentation (pigment and hair combined,
  /// treat::visual_density_score); has_visual_density says whether it was computed.
  std::array<Band, kForecastYears.size()> visual_density{};
  bool has_visual_density = false;
  std::vector<std::string> missing_prices;  ///< items absent from the price table
  int rank = 0;  ///< 1 = highest expected density at 5 years among simulated options; 0 = unranked
};

struct RegimenResult {
  std::vector<OptionForecast> options;  ///< ranked simulated options first, then the rest
  std::vector<ExcludedOption> excluded;
  std::string currency;
};

/// Cumulative cost of an option after `years` from the price table (monthly items x 12 x years; sessions once).
double option_cost(const RegimenOption& o, const scenario::ConsultPriceTable& prices, double years,
                   std::vector<std::string>* missing);

/// Simulates every option on each of the twin's draws (same seeds across options, so draws differ only by the
/// regimen), forms the bands, costs and ranks. Options whose event types `catalogue` does not know are listed
/// as not simulated — never estimated.
RegimenResult evaluate_options(const scenario::Intake& in, const TwinFit& twin, const OptionList& list,
                               const Parameters& p, const EventCatalogue& catalogue,
                               const scenario::ConsultPriceTable& prices);

}  // namespace trichosim::consult
