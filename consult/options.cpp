#include "consult/options.hpp"

#include <algorithm>
#include <iterator>

#include "consult/event_catalogue.hpp"

namespace trichosim::consult {
namespace {

using scenario::DrugClass;
using scenario::Intake;

/// A condition counts as likely when it is the top diagnosis or at least this probable. Not a model number:
/// a display rule of which options to show.
constexpr double kLikely = 0.3;

RegimenOption option(std::string id, std::string label, std::string why, std::vector<treat::EventSpec> events = {}) {
  RegimenOption o;
  o.id = std::move(id);
  o.label = std::move(label);
  o.why = std::move(why);
  o.events = std::move(events);
  return o;
}

bool likely(const Differential& d, Condition c) { return d.top().condition == c || d.of(c).probability >= kLikely; }

bool pregnancy_possible(const Intake& in) {
  return in.sex == Sex::Female && (in.pregnant.value_or(false) || in.breastfeeding.value_or(false) ||
                                   in.pregnancy_plans.value_or(false) || !in.menopause.value_or(false));
}

std::string pregnancy_reason(const Intake& in) {
  if (in.pregnant.value_or(false)) {
    return "pregnant";
  }
  if (in.breastfeeding.value_or(false)) {
    return "breastfeeding";
  }
  if (in.pregnancy_plans.value_or(false)) {
    return "planning a pregnancy";
  }
  return "could become pregnant (not past menopause)";
}

/// `base` with every correction of `corrections` added (the causes, costs, burden and reasons).
RegimenOption with_corrections(RegimenOption base, const std::vector<RegimenOption>& corrections) {
  for (const auto& c : corrections) {
    base.why += (base.why.empty() ? "" : "; ") + c.why;
    base.corrects.insert(base.corrects.end(), c.corrects.begin(), c.corrects.end());
    base.costs.insert(base.costs.end(), c.costs.begin(), c.costs.end());
    base.doses_per_week += c.doses_per_week;
  }
  base.cautions.emplace_back(
      "Each correction as listed on its own; the forecast has them made on the consultation day.");
  return base;
}

/// The twin carries every cause, so a single correction leaves the others acting and a treatment for pattern loss
/// leaves them all. With two or more corrections on offer (iron, vitamin D, thyroid, a drug), one more option makes
/// them all; with any on offer and topical minoxidil (the pattern-loss treatment offered to both sexes) among the
/// options, one more combines the two, as a clinician would. Only corrections of causes the twin carries (`carried`)
/// are combined, so the combination is simulated; the others are named in a caution (each is still offered alone,
/// with the reason it is not simulated).
void add_combined_corrections(std::vector<RegimenOption>& options, const std::vector<StandingCause>& carried) {
  std::vector<RegimenOption> corrections;
  std::string uncombined;
  for (const auto& o : options) {
    if (o.corrects.empty() || !o.events.empty()) {
      continue;
    }
    const bool on_twin =
        std::all_of(o.corrects.begin(), o.corrects.end(), [&](const std::string& id) { return carries(carried, id); });
    if (on_twin) {
      corrections.push_back(o);
    } else {
      uncombined += (uncombined.empty() ? "" : ", ") + o.label;
    }
  }
  if (corrections.empty()) {
    return;
  }
  auto combined = [&](RegimenOption base) {
    RegimenOption out = with_corrections(std::move(base), corrections);
    if (!uncombined.empty()) {
      out.cautions.push_back("Not included, as the twin does not carry its cause (see that option): " + uncombined +
                             ".");
    }
    return out;
  };
  std::vector<RegimenOption> added;
  if (corrections.size() >= 2) {
    added.push_back(combined(option("correct_all", "Correct every reversible cause found", "")));
  }
  const auto minoxidil =
      std::find_if(options.begin(), options.end(), [](const RegimenOption& o) { return o.id == "minoxidil_topical"; });
  if (minoxidil != options.end()) {
    RegimenOption treated = combined(*minoxidil);
    treated.id = "minoxidil_topical_and_corrections";
    treated.label = minoxidil->label + " + correct the reversible causes";
    added.push_back(std::move(treated));
  }
  options.insert(options.end(), std::make_move_iterator(added.begin()), std::make_move_iterator(added.end()));
}

}  // namespace

OptionList candidate_options(const Intake& in, const Differential& d, const Parameters& p, double start_years,
                             const std::vector<StandingCause>& carried) {
  OptionList out;
  auto exclude = [&out](std::string id, std::string label, std::string reason) {
    out.excluded.push_back({std::move(id), std::move(label), std::move(reason)});
  };
  const bool pregnant_or_feeding = in.pregnant.value_or(false) || in.breastfeeding.value_or(false);
  const bool heart = in.cardiovascular_disease.value_or(false);
  const bool low_bp = in.low_blood_pressure.value_or(false);
  const bool inflamed = in.scarring.value_or(false) || in.redness.value_or(false);
  const std::string keep = "Gains last only while the treatment continues; stopping loses them within months.";

  RegimenOption natural =
      option("natural_course", "No treatment (natural course)", "the reference against which options are compared");
  out.options.push_back(natural);

  const bool aga = likely(d, Condition::AgaMale) || likely(d, Condition::AgaFemale);
  if (aga) {
    const std::string fin = "Finasteride 1 mg daily";
    if (in.sex == Sex::Male && in.age_years < 18.0) {
      exclude("finasteride", fin, "under 18 years");
    } else if (pregnancy_possible(in)) {
      exclude("finasteride", fin, "contraindicated: " + pregnancy_reason(in) + " (risk to a male fetus)");
    } else {
      RegimenOption o = option("finasteride", fin, "androgenetic alopecia (lowers scalp DHT)",
                               {regimen_events::finasteride(start_years)});
      o.cautions = {keep, "Sexual side effects are reported in a minority; PSA readings are halved (tell your doctor).",
                    "The 3- and 5-year forecasts are optimistic about thickness and stage: in the model thinned "
                    "hairs keep thickening while the drug is taken, more than long-term studies saw."};
      if (in.sex == Sex::Female) {
        o.cautions.push_back("Off-label in women; a trial in postmenopausal women found no benefit over placebo.");
      }
      o.costs = {{"finasteride_1mg", 1.0}};
      o.doses_per_week = 7.0;
      out.options.push_back(std::move(o));
    }

    const double strength = in.sex == Sex::Male ? 5.0 : 2.0;
    const std::string topical = "Topical minoxidil " + std::string(strength == 5.0 ? "5 %" : "2 %") + " twice daily";
    if (pregnant_or_feeding) {
      exclude("minoxidil_topical", topical, "not used in pregnancy or breastfeeding");
    } else {
      RegimenOption o =
          option("minoxidil_topical", topical, "androgenetic alopecia (longer anagen, reactivates dormant follicles)",
                 {regimen_events::minoxidil_topical(start_years, strength)});
      o.cautions = {keep, "Expect extra shedding in the first 2-8 weeks: it is the start of the response.",
                    "Scalp irritation or itching is common; unwanted facial hair can appear."};
      if (heart) {
        o.cautions.push_back("Heart disease: little minoxidil is absorbed from the scalp, but ask your doctor first.");
      }
      o.costs = {{"minoxidil_topical", 1.0}};
      o.doses_per_week = 14.0;
      out.options.push_back(std::move(o));
    }

    const double oral_dose = in.sex == Sex::Male ? 2.5 : 1.0;
    const std::string oral = "Low-dose oral minoxidil " + std::string(oral_dose == 2.5 ? "2.5" : "1") + " mg daily";
    if (heart || low_bp) {
      exclude("minoxidil_oral", oral,
              heart ? "cardiovascular disease (oral minoxidil lowers blood pressure)"
                    : "low blood pressure (oral minoxidil lowers it further)");
    } else if (pregnant_or_feeding || in.pregnancy_plans.value_or(false)) {
      exclude("minoxidil_oral", oral, "contraindicated: " + pregnancy_reason(in));
    } else {
      RegimenOption o = option("minoxidil_oral", oral, "androgenetic alopecia",
                               {regimen_events::minoxidil_oral(start_years, oral_dose)});
      o.cautions = {keep,
                    "Prescription only: blood pressure and pulse are checked; ankle swelling, palpitations or "
                    "body-hair growth are reasons to call the doctor."};
      o.costs = {{"minoxidil_oral", 1.0}};
      o.doses_per_week = 7.0;
      out.options.push_back(std::move(o));
    }

    RegimenOption keto = option("ketoconazole", "Ketoconazole 2 % shampoo 3 times a week",
                                "adjunct for androgenetic alopecia", {regimen_events::ketoconazole(start_years)});
    keto.cautions = {"Modest, uncertain effect (small trials); helps scaling and itching if present.",
                     "Leave on the scalp for 3-5 minutes; can dry the hair."};
    if (in.scaling.value_or(false) || in.itch.value_or(false)) {
      keto.why += "; scaling or itch reported";
    }
    keto.costs = {{"ketoconazole_shampoo", 1.0}};
    keto.doses_per_week = 3.0;
    out.options.push_back(std::move(keto));

    if (in.sex == Sex::Female) {
      const std::string spiro = "Spironolactone 100 mg daily";
      if (pregnant_or_feeding || in.pregnancy_plans.value_or(false)) {
        exclude("spironolactone", spiro, "contraindicated: " + pregnancy_reason(in) + " (feminises a male fetus)");
      } else if (in.kidney_disease.value_or(false)) {
        exclude("spironolactone", spiro, "kidney disease (risk of high potassium)");
      } else {
        RegimenOption o = option("spironolactone", spiro, "female pattern hair loss (anti-androgen)",
                                 {regimen_events::spironolactone(start_years)});
        o.cautions = {keep, "Reliable contraception is needed if pregnancy is possible.",
                      "Potassium and blood pressure are checked; irregular periods in 15-30 %; dizziness."};
        o.costs = {{"spironolactone", 1.0}};
        o.doses_per_week = 7.0;
        out.options.push_back(std::move(o));
      }
    }

    const std::string mn = "Microneedling 1.5 mm weekly with topical minoxidil";
    if (inflamed) {
      exclude("microneedling_minoxidil", mn, "scalp redness or scarring: no needling on inflamed or scarred skin");
    } else if (pregnant_or_feeding) {
      exclude("microneedling_minoxidil", mn, "minoxidil is not used in pregnancy or breastfeeding");
    } else {
      RegimenOption o = option("microneedling_minoxidil", mn, "androgenetic alopecia (adds to minoxidil)",
                               {regimen_events::microneedling(start_years),
                                regimen_events::minoxidil_topical(start_years, in.sex == Sex::Male ? 5.0 : 2.0)});
      o.cautions = {"Skin sensitivity: do a patch test first; use a sterile device and never share it.",
                    "Redness and swelling for a day or two after each session; skip minoxidil for 24 h after needling.",
                    keep};
      o.costs = {{"minoxidil_topical", 1.0}, {"microneedling_home", 1.0}};
      o.doses_per_week = 15.0;
      out.options.push_back(std::move(o));
    }

    if (in.age_years < p[Param::consult_transplant_min_age_years]) {
      exclude("transplant", "Hair transplant",
              "younger than the registry's consult.transplant_min_age_years: the "
              "final extent of loss is not yet known");
    } else {
      RegimenOption o = option("transplant", "Hair transplant (see `trichosim plan transplant`)", "stable pattern loss",
                               {regimen_events::transplant(start_years)});
      o.cautions = {"Donor hair is limited: plan against future loss; medical treatment usually continues.",
                    "Shedding of grafts at 2-4 weeks; regrowth from 3-4 months; full result at 12-18 months."};
      o.costs = {{"transplant_session", 1.0}};
      out.options.push_back(std::move(o));
    }
    RegimenOption smp = option("micropigmentation", "Scalp micropigmentation (see `trichosim plan smp`)",
                               "visual density without regrowth", {regimen_events::micropigmentation(start_years)});
    smp.cautions = {"Three sessions, light to dark; pigment fades and needs touch-ups after years."};
    smp.costs = {{"smp_session", 3.0}};
    out.options.push_back(std::move(smp));
  }

  const bool low_iron =
      in.anaemia.value_or(false) ||
      (in.ferritin_ng_per_ml && *in.ferritin_ng_per_ml < p[Param::consult_ferritin_adequate_ng_per_ml]);
  if (low_iron) {
    RegimenOption o = option("iron_supplement", "Correct iron deficiency (iron supplement)", "low ferritin or anaemia");
    o.corrects = {"iron_deficiency"};
    o.cautions = {"Only after a doctor confirms the deficiency and looks for its cause; iron overload is harmful.",
                  "Stomach upset and constipation are common; regrowth takes months."};
    o.costs = {{"iron_supplement", 1.0}};
    o.doses_per_week = 7.0;
    out.options.push_back(std::move(o));
  }
  if (in.vitamin_d_ng_per_ml && *in.vitamin_d_ng_per_ml < p[Param::consult_vitamin_d_deficient_ng_per_ml]) {
    RegimenOption o =
        option("vitamin_d_supplement", "Correct vitamin D deficiency", "vitamin D below the deficiency cut-off");
    o.corrects = {"vitamin_d_deficiency"};
    o.cautions = {"The link between vitamin D and hair loss is an association; correct it for general health."};
    o.costs = {{"vitamin_d_supplement", 1.0}};
    o.doses_per_week = 7.0;
    out.options.push_back(std::move(o));
  }
  // A drug that can cause shedding is offered for review when the loss is put down to it, and whenever the twin
  // carries it (its forecast then shows what stopping would change, however little), as a thyroid disorder is.
  const bool drug_induced = likely(d, Condition::DrugInduced);
  for (const auto& m : in.medications.value_or(std::vector<scenario::Medication>{})) {
    if (m.drug_class == DrugClass::Other || m.drug_class == DrugClass::Chemotherapy || m.months_since_stop) {
      continue;
    }
    const std::string cls(scenario::kDrugClassNames[static_cast<std::size_t>(m.drug_class)]);
    if (drug_induced || carries(carried, "drug_" + cls)) {
      RegimenOption o =
          option("stop_drug_" + cls, "Stop or switch the " + cls + " (only if the prescribing doctor agrees)",
                 drug_induced ? "drug-induced hair loss" : "a " + cls + " can add shedding (the twin carries it)");
      o.corrects = {"drug_" + cls};
      o.cautions = {"Never stop a prescribed medicine on your own; the doctor weighs the hair against the illness.",
                    "Shedding settles over months after the change."};
      out.options.push_back(std::move(o));
    }
  }
  // An untreated thyroid disorder is treated whatever the hair loss is put down to (the twin carries it either way),
  // as a deficiency is corrected whenever the level is low.
  const bool thyroid_loss = likely(d, Condition::Thyroid);
  if (thyroid_loss || scenario::untreated_thyroid_disorder(in.thyroid)) {
    RegimenOption o = option("thyroid_treatment", "Treat the thyroid disorder (GP or endocrinologist)",
                             thyroid_loss ? "thyroid-related loss" : "untreated thyroid disorder");
    o.corrects = {"thyroid"};
    o.cautions = {"Shedding can briefly worsen when treatment starts; regrowth 3-6 months after levels normalise."};
    o.costs = {{"thyroid_treatment", 1.0}};
    o.doses_per_week = 7.0;
    out.options.push_back(std::move(o));
  }
  add_combined_corrections(out.options, carried);
  if (likely(d, Condition::AlopeciaAreata)) {
    RegimenOption o = option("dermatology_referral_aa", "Dermatologist care for alopecia areata", "alopecia areata");
    o.advice_only = true;
    o.cautions = {"Treatments (corticosteroid injections, JAK inhibitors for severe disease) are specialist decisions.",
                  "A first small patch regrows within a year in about half of people."};
    out.options.push_back(std::move(o));
  }
  if (likely(d, Condition::AcuteTe) || likely(d, Condition::Postpartum) || likely(d, Condition::ChronicTe)) {
    RegimenOption o = option("lifestyle", "Balanced diet, enough protein, stress reduction", "telogen effluvium");
    o.advice_only = true;
    o.cautions = {"No proven hair benefit of its own; it removes triggers. Acute shedding settles within 3-6 months."};
    out.options.push_back(std::move(o));
  }
  if (likely(d, Condition::AnagenEffluvium)) {
    RegimenOption o =
        option("chemotherapy_care", "Expect regrowth after chemotherapy; ask the oncology team about scalp cooling",
               "anagen effluvium");
    o.advice_only = true;
    o.cautions = {"Regrowth starts 3-6 months after the last dose; texture or colour may change."};
    out.options.push_back(std::move(o));
  }
  return out;
}

}  // namespace trichosim::consult
