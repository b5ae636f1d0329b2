#include "consult/standing_causes.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace trichosim::consult {
namespace {

using scenario::DrugClass;
using scenario::Intake;
using scenario::LifeEvent;

constexpr double kMonthsPerYear = 12.0;

/// Years before the consultation, no further back than the look back or the person's birth.
double clamp_ago(const Intake& in, double years_ago) {
  return std::clamp(years_ago, 0.0, std::min(kMaxCauseLookbackYears, in.age_years));
}

/// When an ongoing cause with no start of its own began: with the loss, or today when that is unknown too.
double loss_start_years_ago(const Intake& in) {
  return clamp_ago(in, in.duration_months.value_or(0.0) / kMonthsPerYear);
}

/// Whether a drug class has a plug-in; its event type is then the class's intake name (treat/registry.cpp). The
/// others have no published frequency or mechanism to model.
bool drug_has_plug_in(DrugClass c) {
  return c == DrugClass::BetaBlocker || c == DrugClass::Antidepressant || c == DrugClass::Retinoid ||
         c == DrugClass::Anticoagulant || c == DrugClass::Chemotherapy;
}

/// The acute telogen effluvium trigger label of a life event, or nullptr when it is not such a trigger.
const char* te_trigger(LifeEvent e) {
  switch (e) {
    case LifeEvent::FebrileIllness:
      return "illness";
    case LifeEvent::Surgery:
      return "surgery";
    case LifeEvent::Haemorrhage:
      return "haemorrhage";
    case LifeEvent::CrashDiet:
      return "crash_diet";
    case LifeEvent::Stress:
      return "stress";
    default:
      return nullptr;
  }
}

// The lowest level the deficiency plug-in takes (treat/deficiency.cpp); the intake allows 0. Below the deficient
// level the plug-in's effect is already at its maximum, so a lower reading is passed as this one.
constexpr double kLowestLevel = 1.0;

/// A measured level below the plug-in's adequate level, as the deficiency event `type` (also the cause's id) with
/// the level in `field`; `label` is the report's name, `measured` what was measured if the name does not say it.
void add_deficiency(const Intake& in, const std::optional<double>& level, double adequate, const char* type,
                    const char* label, const char* measured, const char* field, std::vector<StandingCause>& out) {
  if (level && *level < adequate) {
    out.push_back({type,
                   fmt::format("{} ({}{:g} ng/mL)", label, measured, *level),
                   type,
                   {{field, std::max(*level, kLowestLevel)}},
                   loss_start_years_ago(in),
                   std::nullopt});
  }
}

void add_deficiencies(const Intake& in, const Parameters& p, std::vector<StandingCause>& out) {
  add_deficiency(in, in.ferritin_ng_per_ml, p[Param::deficiency_ferritin_adequate_ng_per_ml], "iron_deficiency",
                 "iron deficiency", "ferritin ", "ferritin_ng_per_ml", out);
  add_deficiency(in, in.vitamin_d_ng_per_ml, p[Param::deficiency_vitamin_d_adequate_ng_per_ml], "vitamin_d_deficiency",
                 "vitamin D deficiency", "", "vitamin_d_ng_per_ml", out);
}

void add_thyroid(const Intake& in, std::vector<StandingCause>& out) {
  if (scenario::untreated_thyroid_disorder(in.thyroid)) {
    const bool hypo = in.thyroid == scenario::ThyroidStatus::Hypothyroid;
    out.push_back({"thyroid",
                   hypo ? "untreated hypothyroidism" : "untreated hyperthyroidism",
                   hypo ? "hypothyroidism" : "hyperthyroidism",
                   {},
                   loss_start_years_ago(in),
                   std::nullopt});
  }
}

void add_medications(const Intake& in, std::vector<StandingCause>& out, std::vector<std::string>& left_out) {
  for (const auto& m : in.medications.value_or(std::vector<scenario::Medication>{})) {
    const std::string cls(scenario::kDrugClassNames[static_cast<std::size_t>(m.drug_class)]);
    const double start =
        m.months_since_start ? clamp_ago(in, *m.months_since_start / kMonthsPerYear) : loss_start_years_ago(in);
    std::optional<double> stop;  // years before the consultation; negative for a planned last dose
    if (m.months_since_stop) {
      stop = *m.months_since_stop / kMonthsPerYear;
    } else if (m.months_until_stop) {
      stop = -*m.months_until_stop / kMonthsPerYear;
    }
    // The chemotherapy plug-in needs its last dose; a course still under way without a planned end is left out.
    const bool chemo_ongoing = m.drug_class == DrugClass::Chemotherapy && !stop;
    if (!drug_has_plug_in(m.drug_class)) {
      left_out.push_back(cls + " (no plug-in models it as a cause of shedding)");
      continue;
    }
    if (chemo_ongoing) {
      left_out.push_back(
          "chemotherapy under way (the plug-in needs the last dose: give months_until_stop, or months_since_stop)");
      continue;
    }
    if (stop && *stop >= start) {
      left_out.push_back(cls + (m.months_since_start ? " (stopped; no time on it within the look back)"
                                                     : " (stopped; its start, needed to model it, is not given)"));
      continue;
    }
    std::string label = cls;
    if (m.months_since_stop) {
      label += " (stopped)";
    } else if (m.months_until_stop) {
      label += fmt::format(" (to stop in {:g} months)", *m.months_until_stop);
    }
    out.push_back({"drug_" + cls, label, cls, {}, start, stop});
  }
}

void add_recent_events(const Intake& in, std::vector<StandingCause>& out, std::vector<std::string>& left_out) {
  for (const auto& e : in.recent_events.value_or(std::vector<scenario::RecentEvent>{})) {
    const double ago = e.months_ago / kMonthsPerYear;
    const std::string name(scenario::kLifeEventNames[static_cast<std::size_t>(e.type)]);
    std::string label = name;
    std::replace(label.begin(), label.end(), '_', ' ');
    if (ago > kMaxCauseLookbackYears || ago > in.age_years) {
      left_out.push_back(label + " (before the look back of " + fmt::format("{:g}", kMaxCauseLookbackYears) +
                         " years)");
      continue;
    }
    if (e.type == LifeEvent::Childbirth) {
      out.push_back({"event_childbirth", label, "postpartum", {}, ago, std::nullopt, true});
    } else if (const char* trigger = te_trigger(e.type)) {
      out.push_back(
          {"event_" + name, label, "telogen_effluvium", {{"trigger", std::string(trigger)}}, ago, std::nullopt, true});
    }
    if (e.type == LifeEvent::Chemotherapy && !carries(out, "drug_chemotherapy")) {
      // A recent "chemotherapy" gives no last dose; the medications list carries a course with its dates.
      left_out.push_back("recent chemotherapy (as a life event it has no last dose; see medications)");
    }
  }
}

}  // namespace

std::vector<StandingCause> standing_causes(const Intake& in, const Parameters& p, std::vector<std::string>* left_out) {
  std::vector<StandingCause> out;
  std::vector<std::string> ignored;
  std::vector<std::string>& left = left_out != nullptr ? *left_out : ignored;
  add_deficiencies(in, p, out);
  add_thyroid(in, out);
  add_medications(in, out, left);
  add_recent_events(in, out, left);
  return out;
}

bool carries(const std::vector<StandingCause>& causes, const std::string& id) {
  return std::any_of(causes.begin(), causes.end(), [&](const StandingCause& c) { return c.id == id; });
}

double causes_lookback_years(const std::vector<StandingCause>& causes) {
  double ago = 0.0;
  for (const auto& c : causes) {
    ago = std::max(ago, c.start_years_ago);
  }
  return ago;
}

std::vector<treat::EventSpec> cause_events(const std::vector<StandingCause>& causes, double now_years,
                                           const std::vector<std::string>& corrected, double correct_years) {
  std::vector<treat::EventSpec> out;
  for (const auto& c : causes) {
    const double start = now_years - c.start_years_ago;
    std::optional<double> stop;
    if (c.stop_years_ago) {
      stop = now_years - *c.stop_years_ago;
    }
    // A one-off trigger has happened: there is nothing to stop, and its plug-in takes no stop_years.
    if (!c.one_off && std::find(corrected.begin(), corrected.end(), c.id) != corrected.end()) {
      if (start >= correct_years) {
        continue;  // corrected before it began
      }
      stop = stop ? std::min(*stop, correct_years) : correct_years;
    }
    auto fields = c.fields;
    fields.emplace("start_years", start);
    if (stop) {
      fields.emplace("stop_years", *stop);
    }
    out.emplace_back(c.type, "consultation cause (" + c.label + ")", std::move(fields));
  }
  return out;
}

std::string missing_cause_note(const std::string& cause_id, const Intake& in, const Parameters& p) {
  const auto level_note = [](const std::optional<double>& level, const char* what, const char* key, double adequate) {
    if (level) {
      return fmt::format(
          "not simulated: {} {:g} ng/mL is at or above the registry's {} ({:g}), where the model "
          "gives it no effect on the hair",
          what, *level, key, adequate);
    }
    return fmt::format("not simulated: the intake gives no {} level, which the model needs", what);
  };
  if (cause_id == "iron_deficiency") {
    return level_note(in.ferritin_ng_per_ml, "ferritin", "deficiency.ferritin_adequate_ng_per_ml",
                      p[Param::deficiency_ferritin_adequate_ng_per_ml]);
  }
  if (cause_id == "vitamin_d_deficiency") {
    return level_note(in.vitamin_d_ng_per_ml, "vitamin D", "deficiency.vitamin_d_adequate_ng_per_ml",
                      p[Param::deficiency_vitamin_d_adequate_ng_per_ml]);
  }
  if (cause_id == "thyroid") {
    return "not simulated: the intake reports no untreated hypo- or hyperthyroidism for the twin to carry";
  }
  return "not simulated: no plug-in models " + cause_id.substr(cause_id.find('_') + 1) +
         " as a cause of shedding in this build";
}

}  // namespace trichosim::consult
