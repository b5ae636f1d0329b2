#include "consult/findings.hpp"

#include <algorithm>
#include <sstream>

namespace trichosim::consult {
namespace {

using scenario::DrugClass;
using scenario::Intake;
using scenario::LifeEvent;
using scenario::LossPattern;

std::string num(double v) {
  std::ostringstream os;
  os << v;
  return os.str();
}

bool within(double v, double lo, double hi) { return v >= lo && v <= hi; }

/// Drug classes the reference names as causes of medication-induced TE (procedures.md 5.1).
bool is_culprit(DrugClass c) {
  switch (c) {
    case DrugClass::BetaBlocker:
    case DrugClass::Antidepressant:
    case DrugClass::Retinoid:
    case DrugClass::Anticoagulant:
    case DrugClass::Anticonvulsant:
    case DrugClass::Antithyroid:
      return true;
    default:
      return false;
  }
}

/// Counts Rakowska 2009 criteria: returns {major met, minor met, items known}.
std::array<int, 3> rakowska(const scenario::Trichoscopy& t, const Parameters& p) {
  int major = 0;
  int minor = 0;
  int known = 0;
  auto count = [&known](const auto& v, bool met, int& tally) {
    if (v.has_value()) {
      ++known;
      tally += met ? 1 : 0;
    }
  };
  count(t.yellow_dots, t.yellow_dots.value_or(false), major);
  count(t.thin_hair_percent, t.thin_hair_percent.value_or(0) > p[Param::consult_thin_hair_percent_threshold], major);
  count(t.frontal_mean_diameter_um,
        t.frontal_mean_diameter_um.value_or(1e9) < p[Param::consult_frontal_diameter_threshold_um], major);
  count(t.single_hair_unit_ratio, t.single_hair_unit_ratio.value_or(0) > p[Param::consult_single_unit_ratio_threshold],
        minor);
  count(t.vellus_ratio, t.vellus_ratio.value_or(0) > p[Param::consult_vellus_ratio_threshold], minor);
  count(t.perifollicular_discoloration_ratio,
        t.perifollicular_discoloration_ratio.value_or(0) > p[Param::consult_discoloration_ratio_threshold], minor);
  return {major, minor, known};
}

}  // namespace

std::vector<PresentFinding> read_findings(const Intake& in, const Parameters& p) {
  std::vector<PresentFinding> out;
  auto add = [&out](Finding f, std::string because) { out.push_back({f, std::move(because)}); };

  add(in.sex == Sex::Female ? Finding::Female : Finding::Male, in.sex == Sex::Female ? "female" : "male");
  if (in.sex == Sex::Female &&
      within(in.age_years, p[Param::consult_chronic_te_age_min_years], p[Param::consult_chronic_te_age_max_years])) {
    add(Finding::Female3060, "woman aged " + num(in.age_years));
  }
  if (in.has_pattern(LossPattern::Hairline) || in.has_pattern(LossPattern::Crown)) {
    add(Finding::FrontalVertex, "loss at the hairline or crown");
  }
  if (in.has_pattern(LossPattern::Top)) {
    add(Finding::Top, "thinning on top (widened part)");
  }
  if (in.has_pattern(LossPattern::Diffuse)) {
    add(Finding::Diffuse, "diffuse loss");
  }
  if (in.has_pattern(LossPattern::Patchy)) {
    add(Finding::Patchy, "patchy loss");
  }
  if (in.has_pattern(LossPattern::WholeScalp)) {
    add(Finding::WholeScalp, "loss over the whole scalp");
  }
  if (in.onset) {
    add(*in.onset == scenario::Onset::Sudden ? Finding::Sudden : Finding::Gradual,
        *in.onset == scenario::Onset::Sudden ? "sudden onset" : "gradual onset");
  }
  if (in.duration_months) {
    const double acute = p[Param::consult_acute_duration_months];
    const bool short_loss = *in.duration_months < acute;
    add(short_loss ? Finding::ShortDuration : Finding::LongDuration,
        "loss for " + num(*in.duration_months) + " months (" + (short_loss ? "< " : ">= ") + num(acute) + ")");
  }
  if (in.hairs_per_day) {
    const double limit = p[Param::consult_shedding_per_day_threshold];
    const bool high = *in.hairs_per_day > limit;
    add(high ? Finding::HighShedding : Finding::NormalShedding,
        "shedding " + num(*in.hairs_per_day) + " hairs/day (" + (high ? "> " : "<= ") + num(limit) + ")");
  }
  if (in.wash_count) {
    const double eff = p[Param::consult_wash_count_effluvium_threshold];
    const double upper = p[Param::consult_wash_count_normal_upper];
    if (*in.wash_count > eff) {
      add(Finding::WashEffluvium, "wash count " + num(*in.wash_count) + " > " + num(eff));
    } else if (*in.wash_count > upper) {
      add(Finding::WashRaised, "wash count " + num(*in.wash_count) + " between " + num(upper) + " and " + num(eff));
    }
  }
  if (in.wash_short_hair_percent && *in.wash_short_hair_percent > p[Param::consult_wash_short_hair_percent_threshold]) {
    add(Finding::WashShortHairs, "short hairs " + num(*in.wash_short_hair_percent) + " % of the wash");
  }
  if (in.comb_count_60s && *in.comb_count_60s > p[Param::consult_comb_count_high]) {
    add(Finding::CombHigh, "60-second comb count " + num(*in.comb_count_60s));
  }
  if (in.pull_test_percent) {
    const double limit = p[Param::consult_pull_test_percent_threshold];
    const bool positive = *in.pull_test_percent > limit;
    add(positive ? Finding::PullPositive : Finding::PullNegative,
        "pull test " + num(*in.pull_test_percent) + " % (" + (positive ? "> " : "<= ") + num(limit) + " %)");
    if (positive && in.pull_test_regions) {
      const bool single = *in.pull_test_regions == scenario::PullRegions::Single;
      add(single ? Finding::PullSingleRegion : Finding::PullMultipleRegions,
          single ? "positive pull test in one region" : "positive pull test in several regions");
    }
  }
  for (const auto& e : in.recent_events.value_or(std::vector<scenario::RecentEvent>{})) {
    const std::string when = num(e.months_ago) + " months ago";
    const std::string name(scenario::kLifeEventNames[static_cast<std::size_t>(e.type)]);
    switch (e.type) {
      case LifeEvent::Childbirth:
        if (within(e.months_ago, p[Param::consult_postpartum_window_min_months],
                   p[Param::consult_postpartum_window_max_months])) {
          add(Finding::ChildbirthWindow, "childbirth " + when);
        }
        break;
      case LifeEvent::Chemotherapy:
        if (e.months_ago <= p[Param::consult_chemo_window_months]) {
          add(Finding::ChemoWindow, "chemotherapy " + when);
        }
        break;
      default:
        if (within(e.months_ago, p[Param::consult_te_lag_min_months], p[Param::consult_te_lag_max_months])) {
          add(Finding::TriggerInWindow, name + " " + when);
        }
        if (e.type == LifeEvent::CrashDiet && e.months_ago <= 12.0) {
          add(Finding::CrashDiet, "crash diet " + when);
        }
        break;
    }
  }
  bool drug_window = false;
  bool drug_long = false;
  for (const auto& m : in.medications.value_or(std::vector<scenario::Medication>{})) {
    const std::string name(scenario::kDrugClassNames[static_cast<std::size_t>(m.drug_class)]);
    const double lo = p[Param::consult_drug_lag_min_months];
    const double hi = p[Param::consult_drug_lag_max_months];
    if (m.drug_class == DrugClass::Chemotherapy && m.months_since_start &&
        *m.months_since_start <= p[Param::consult_chemo_window_months]) {
      add(Finding::ChemoWindow, "chemotherapy started " + num(*m.months_since_start) + " months ago");
    } else if (m.drug_class == DrugClass::OralContraceptive && m.months_since_stop &&
               within(*m.months_since_stop, lo, hi) && !drug_window) {
      drug_window = true;
      add(Finding::CulpritDrugWindow, name + " stopped " + num(*m.months_since_stop) + " months ago");
    } else if (is_culprit(m.drug_class) && m.months_since_start && !m.months_since_stop) {
      if (within(*m.months_since_start, lo, hi) && !drug_window) {
        drug_window = true;
        add(Finding::CulpritDrugWindow, name + " started " + num(*m.months_since_start) + " months ago");
      } else if (*m.months_since_start > hi && !drug_long) {
        drug_long = true;
        add(Finding::CulpritDrugLong, name + " taken for " + num(*m.months_since_start) + " months");
      }
    }
  }
  if (scenario::untreated_thyroid_disorder(in.thyroid)) {
    add(Finding::ThyroidDisease, std::string(scenario::kThyroidNames[static_cast<std::size_t>(*in.thyroid)]));
  } else if (in.thyroid == scenario::ThyroidStatus::Treated) {
    add(Finding::ThyroidTreated, "treated thyroid disease");
  }
  if (in.tsh_mu_per_l) {
    const bool abnormal =
        *in.tsh_mu_per_l < p[Param::consult_tsh_low_mu_per_l] || *in.tsh_mu_per_l > p[Param::consult_tsh_high_mu_per_l];
    add(abnormal ? Finding::TshAbnormal : Finding::TshNormal, "TSH " + num(*in.tsh_mu_per_l) + " mU/L (reference " +
                                                                  num(p[Param::consult_tsh_low_mu_per_l]) + "-" +
                                                                  num(p[Param::consult_tsh_high_mu_per_l]) + ")");
  }
  if (in.anaemia.value_or(false)) {
    add(Finding::Anaemia, "anaemia");
  }
  if (in.ferritin_ng_per_ml) {
    const double f = *in.ferritin_ng_per_ml;
    const std::string text = "ferritin " + num(f) + " ng/mL";
    if (f < p[Param::consult_ferritin_low_ng_per_ml]) {
      add(Finding::FerritinLow, text);
    } else if (f < p[Param::consult_ferritin_adequate_ng_per_ml]) {
      add(Finding::FerritinBorderline, text);
    } else {
      add(Finding::FerritinAdequate, text);
    }
  }
  if (in.vitamin_d_ng_per_ml) {
    const std::string text = "vitamin D " + num(*in.vitamin_d_ng_per_ml) + " ng/mL";
    if (*in.vitamin_d_ng_per_ml < p[Param::consult_vitamin_d_deficient_ng_per_ml]) {
      add(Finding::VitaminDDeficient, text);
    } else if (*in.vitamin_d_ng_per_ml >= p[Param::consult_vitamin_d_sufficient_ng_per_ml]) {
      add(Finding::VitaminDSufficient, text);
    }
  }
  if (in.menopause.value_or(false)) {
    add(Finding::Menopause, "after menopause");
  }
  const auto [major, minor, known] = rakowska(in.trichoscopy, p);
  if (major >= 2 || (major >= 1 && minor >= 2)) {
    add(Finding::RakowskaMet,
        "Rakowska criteria met (" + std::to_string(major) + " major, " + std::to_string(minor) + " minor)");
  } else if (known >= 2) {
    add(Finding::RakowskaNotMet, "Rakowska criteria not met (" + std::to_string(major) + " major, " +
                                     std::to_string(minor) + " minor of " + std::to_string(known) + " assessed)");
  }
  if (in.trichoscopy.exclamation_mark_hairs.value_or(false)) {
    add(Finding::ExclamationHairs, "exclamation-mark hairs");
  }
  if (in.trichoscopy.yellow_dots.value_or(false)) {
    add(Finding::YellowDots, "yellow dots");
  }
  return out;
}

namespace {

struct Informative {
  const char* field;
  double weight;
  bool (*known)(const Intake&);
};

// The fields that move the scores most, with a weight for the confidence figure (docs/consultation.md):
// pattern, onset, duration and the history of triggers and drugs weigh 2; the rest 1.
constexpr std::array kInformative = {
    Informative{"complaint.pattern", 2.0, [](const Intake& in) { return !in.pattern.empty(); }},
    Informative{"complaint.onset", 2.0, [](const Intake& in) { return in.onset.has_value(); }},
    Informative{"complaint.duration_months", 2.0, [](const Intake& in) { return in.duration_months.has_value(); }},
    Informative{"recent_events", 2.0, [](const Intake& in) { return in.recent_events.has_value(); }},
    Informative{"medications", 2.0, [](const Intake& in) { return in.medications.has_value(); }},
    Informative{"shedding (hairs_per_day, wash_count or pull_test_percent)", 1.0,
                [](const Intake& in) {
                  return in.hairs_per_day.has_value() || in.wash_count.has_value() || in.pull_test_percent.has_value();
                }},
    Informative{"person.family_history", 1.0, [](const Intake& in) { return in.family_history.has_value(); }},
    Informative{"conditions.thyroid", 1.0, [](const Intake& in) { return in.thyroid.has_value(); }},
    Informative{"labs.ferritin_ng_per_ml", 1.0, [](const Intake& in) { return in.ferritin_ng_per_ml.has_value(); }},
    Informative{"labs.tsh_mu_per_l", 1.0, [](const Intake& in) { return in.tsh_mu_per_l.has_value(); }},
    Informative{"labs.vitamin_d_ng_per_ml", 1.0, [](const Intake& in) { return in.vitamin_d_ng_per_ml.has_value(); }},
    Informative{"scalp.scarring", 1.0, [](const Intake& in) { return in.scarring.has_value(); }},
    Informative{"trichoscopy", 1.0,
                [](const Intake& in) {
                  const auto& t = in.trichoscopy;
                  return t.thin_hair_percent || t.yellow_dots || t.frontal_mean_diameter_um || t.exclamation_mark_hairs;
                }},
};

}  // namespace

std::vector<MissingField> missing_fields(const Intake& in) {
  std::vector<MissingField> out;
  for (const auto& f : kInformative) {
    if (!f.known(in)) {
      out.push_back({f.field, f.weight});
    }
  }
  return out;
}

double informative_weight_total() {
  double total = 0.0;
  for (const auto& f : kInformative) {
    total += f.weight;
  }
  return total;
}

}  // namespace trichosim::consult
