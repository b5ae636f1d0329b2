#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cohort/population.hpp"
#include "core/parameters.hpp"
#include "core/region.hpp"
#include "treat/event_spec.hpp"

namespace trichosim::trial {

/// Where an instrument reads: a whole region (or the whole scalp), or a circle of `circle_cm2` centred on the
/// region's centre (the 1-inch vertex circle of the finasteride trials is region = Crown, circle_cm2 = 5.07).
struct Site {
  std::optional<Region> region;  ///< nullopt = the whole scalp
  double circle_cm2 = 0.0;       ///< 0 = the whole region; otherwise the circle's area, 0.1-50 cm²
  /// "crown", "crown circle 5.07 cm2", "whole scalp".
  std::string label() const;
  bool operator==(const Site&) const = default;
};

/// Which way a responder moves: up for counts and densities (change >= threshold), down for severity grades where a
/// fall is the improvement (Sinclair, Norwood: change <= threshold, the threshold then negative, e.g. -1 grade).
enum class ResponderDirection { Rise, Fall };
/// The names trial files use, in the enum's order.
inline constexpr std::array<std::string_view, 2> kResponderDirectionNames = {"rise", "fall"};

/// The counting method whose error a hair-count endpoint carries (measure/measurement_error.hpp): each reading is the
/// true count times max(0, 1 + cv z), z standard normal keyed by (trial seed, patient, endpoint, visit), with cv the
/// registry's for the method. `None` reads exact counts. Real trials count with error, which widens the spread of
/// the changes (and so moves responder rates and the power a design has) but not their mean.
enum class ReadingError { None, TargetArea, Phototrichogram, Trichoscopy };
/// The names trial files use, in the enum's order.
inline constexpr std::array<std::string_view, 4> kReadingErrorNames = {"none", "target_area", "phototrichogram",
                                                                       "trichoscopy"};

/// One endpoint of a trial: a named instrument (trial/endpoints.hpp) read at a site at every visit.
struct EndpointSpec {
  std::string name;        ///< label used in results and validation targets
  std::string instrument;  ///< an entry of the endpoint table, e.g. "hair_count"
  Site site;
  bool primary = false;                      ///< the first endpoint is primary unless one says so
  std::vector<double> responder_thresholds;  ///< change from baseline a responder reaches (instrument unit)
  ResponderDirection responder_direction = ResponderDirection::Rise;  ///< Rise: change >= threshold; Fall: <=
  ReadingError reading_error = ReadingError::None;  ///< counting error of the readings (hair counts only)
};

/// True when a patient's change from baseline makes them a responder at `threshold`, in the endpoint's direction.
inline bool is_responder(const EndpointSpec& e, double change, double threshold) {
  return e.responder_direction == ResponderDirection::Fall ? change <= threshold : change >= threshold;
}

/// The comparison is_responder makes, as printed beside a responder rate ("change >= threshold").
inline std::string_view responder_comparison(const EndpointSpec& e) {
  return e.responder_direction == ResponderDirection::Fall ? "<=" : ">=";
}

/// A screening criterion on the simulated state at baseline: the instrument's value at the site must lie in
/// [min, max].
struct ScreeningCriterion {
  std::string instrument;
  Site site;
  double min = -1e300;
  double max = 1e300;
};

/// Who may enter: checked on the person and on the simulated scalp at baseline, before randomisation.
struct Inclusion {
  double age_min_years = 0.0;
  double age_max_years = 110.0;
  std::optional<Sex> sex;
  std::vector<ScreeningCriterion> screening;
};

/// One arm: the scenario events its patients receive (placebo/vehicle = no events), its size and adherence.
struct Arm {
  std::string name;
  std::vector<treat::EventSpec> events;
  std::size_t n = 0;       ///< patients randomised to the arm
  double adherence = 1.0;  ///< share of patients who take the treatment at all (0-1); the rest get no events
};

/// A validated virtual trial (docs/formats.md, "Trial files"). Arms share virtual patients: patient k is the same
/// person, with the same seed, in every arm (common random numbers).
struct TrialDesign {
  std::string name;
  std::string source;  ///< file path or "<text>", for messages
  std::string text;    ///< the TOML as given
  std::uint64_t seed = 1;
  Parameters parameters;
  std::vector<std::string> overridden;
  cohort::PopulationSpec population;
  Inclusion inclusion;
  std::vector<Arm> arms;
  std::size_t control_arm = 0;      ///< arm the others are compared with
  double duration_years = 1.0;      ///< last visit
  std::vector<double> visit_years;  ///< ascending; the first is the baseline, 0
  std::vector<EndpointSpec> endpoints;
  double dropout_per_year = 0.0;            ///< constant hazard of leaving the trial (1/year); missing visits after it
  double max_screened_per_enrolled = 20.0;  ///< screening stops after this many candidates per place
  /// Target-area mode: share of follicular units simulated (SimulationOptions::sample_fraction), 0.001-1.
  double sample_fraction = 1.0;
  /// Days of shedding each visit's shedding instruments average over (the window ends at the visit); unset, the
  /// registry's measure.shedding_window_days.
  std::optional<double> shedding_window_days;

  /// Largest arm size: the number of virtual patients enrolled.
  std::size_t patients() const;
  /// Index of the primary endpoint.
  std::size_t primary_endpoint() const;
  /// The shedding window in days: shedding_window_days, or the registry's measure.shedding_window_days.
  double shedding_window() const;
};

}  // namespace trichosim::trial
