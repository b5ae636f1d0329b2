#pragma once
#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "consult/event_catalogue.hpp"
#include "consult/standing_causes.hpp"
#include "core/parameters.hpp"
#include "core/person.hpp"
#include "core/region.hpp"
#include "scenario/intake.hpp"

namespace trichosim::consult {

/// The forecast years after the consultation that every option reports.
inline constexpr std::array<double, 3> kForecastYears = {1.0, 3.0, 5.0};

/// One candidate twin: the unknowns the history informs.
struct TwinDraw {
  double predisposition = 0.0;  ///< 0-1 (the engine multiplies it by androgen level, held at 1)
  double density_scale = 1.0;   ///< native density relative to the registry's ethnic mean
  double weight = 1.0;          ///< normalised ABC weight
};

/// A band over draws: the consult.band_*_quantile edges and the median.
struct Band {
  double lower = 0.0;
  double median = 0.0;
  double upper = 0.0;
  double width() const { return upper - lower; }
};

/// The virtual twin of the person: prior, history fit (ABC) and natural-course bands at the focus site.
struct TwinFit {
  bool from_history = false;    ///< false: the band is the population prior's
  Region site = Region::Crown;  ///< where the forecast density is read
  scenario::CountKind kind = scenario::CountKind::Total;
  double start_age_years = 0.0;       ///< the twin starts at the earliest history point or cause start
  double now_years = 0.0;             ///< consultation day, in years after the twin's start
  std::vector<StandingCause> causes;  ///< the intake's causes the twin carries (those the catalogue can simulate)
  std::vector<std::string> causes_left_out;  ///< reported causes it cannot carry, each with the reason
  std::vector<TwinDraw> particles;           ///< prior particles with their ABC weights (equal without history)
  double effective_sample_size = 0.0;
  Band predisposition;  ///< posterior (or prior) band
  Band density_scale;
  std::array<Band, kForecastYears.size()> natural_course;     ///< posterior band, hairs/cm² at the site
  std::array<Band, kForecastYears.size()> population_course;  ///< prior band, same site and years
  std::vector<TwinDraw> draws;  ///< representative draws to simulate each regimen option on
};

/// Builds the twin's person and parameters for one draw (small scalp, density scaled, registry otherwise).
Person twin_person(const scenario::Intake& in, const TwinFit& fit, const TwinDraw& draw);
Parameters twin_parameters(const scenario::Intake& in, const Parameters& base, const TwinDraw& draw);

/// Weighted quantile of `values` (weights need not be normalised); q in [0, 1].
double weighted_quantile(std::vector<std::pair<double, double>> value_weight, double q);

/// The interventions of the twin's causes, `corrected` ones stopped at `correct_years` (cause_events).
std::vector<std::unique_ptr<Intervention>> cause_interventions(const TwinFit& fit, const Parameters& params,
                                                               const EventCatalogue& catalogue,
                                                               const std::vector<std::string>& corrected = {},
                                                               double correct_years = 0.0);

/// Fits the twin: draws prior particles, simulates a grid of predispositions (the emulator) carrying the intake's
/// causes (standing_causes), weights the particles by the Gaussian likelihood of the history (noisy ABC with the
/// counting error), and forms the bands. Deterministic for a given intake seed. `site` is where the forecast is
/// read; causes whose event type `catalogue` does not know are left off the twin.
TwinFit fit_twin(const scenario::Intake& in, const Parameters& base, Region site,
                 const EventCatalogue& catalogue = build_catalogue());

}  // namespace trichosim::consult
