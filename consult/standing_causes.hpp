#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/parameters.hpp"
#include "scenario/intake.hpp"
#include "treat/event_spec.hpp"

namespace trichosim::consult {

/// A cause of shedding the intake reports, put on the virtual twin as the scenario event of its plug-in
/// (treat/registry.cpp): a deficiency with its measured level, an untreated thyroid disorder, a drug that can cause
/// shedding, chemotherapy, or a recent trigger (childbirth, illness, surgery, ...). The natural course keeps every
/// ongoing cause; an option that corrects one stops it on the consultation day (its `stop_years`).
struct StandingCause {
  std::string id;     ///< what an option names to correct it: "iron_deficiency", "thyroid", "drug_beta_blocker", ...
  std::string label;  ///< for the report, e.g. "iron deficiency (ferritin 15 ng/mL)"
  std::string type;   ///< the scenario event type
  std::map<std::string, treat::FieldValue> fields;  ///< the event's fields other than start and stop
  double start_years_ago = 0.0;                     ///< before the consultation (clamped, see standing_causes)
  std::optional<double> stop_years_ago;             ///< its end (negative: planned); absent while it acts
  bool one_off = false;  ///< a trigger on one day (childbirth, illness): its course is the plug-in's, never stopped
};

/// The longest look back: a cause that started earlier is put on the twin this many years before the consultation.
/// The twin starts at the earliest cause or history point, so this bounds its run; a cause older than the longest
/// anagen (about 7 years) has reached its steady effect on the cycle by the time it is seen.
inline constexpr double kMaxCauseLookbackYears = 10.0;

/// The causes the intake reports, in a fixed order. An ongoing deficiency, thyroid disorder or drug without a
/// known start is taken to have started when the loss did (complaint.duration_months), or on the consultation day
/// when that is unknown too. Causes without a plug-in (anticonvulsants, antithyroid drugs, oral contraceptives,
/// "other") and causes that ended before the look back are left out; so are deficiencies at or above the plug-in's
/// adequate level, where it has no effect.
/// `left_out`, if given, receives each reported cause the twin cannot carry, with the reason.
std::vector<StandingCause> standing_causes(const scenario::Intake& in, const Parameters& p,
                                           std::vector<std::string>* left_out = nullptr);

/// Whether `causes` hold the cause `id` (StandingCause::id).
bool carries(const std::vector<StandingCause>& causes, const std::string& id);

/// How many years before the consultation the twin must start to carry every cause from its start.
double causes_lookback_years(const std::vector<StandingCause>& causes);

/// The scenario events of the causes on the twin's clock (the consultation day is `now_years`). Causes whose id is
/// in `corrected` stop at `correct_years` (a cause that has not started by then is left out; a one-off trigger is
/// never stopped).
std::vector<treat::EventSpec> cause_events(const std::vector<StandingCause>& causes, double now_years,
                                           const std::vector<std::string>& corrected = {}, double correct_years = 0.0);

/// Why an option that corrects `cause_id` cannot be simulated when the intake gives no such cause to the twin.
std::string missing_cause_note(const std::string& cause_id, const scenario::Intake& in, const Parameters& p);

}  // namespace trichosim::consult
