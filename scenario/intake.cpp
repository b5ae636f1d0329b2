#include "scenario/intake.hpp"

#include <algorithm>

#include "scenario/intake_parse.hpp"
#include "scenario/scenario.hpp"
#include "scenario/strict_table.hpp"

namespace trichosim::scenario {
namespace {

using detail::StrictTable;

constexpr double kMaxAgeYears = 110.0;
constexpr double kMaxMonths = 600.0;
constexpr double kMaxPlannedMonths = 120.0;  // a planned stop up to 10 years ahead, the longest forecast horizon
constexpr double kMaxHistoryYears = 30.0;
constexpr double kMaxPerDay = 2000.0;
constexpr double kMaxDensity = 1000.0;

void read_person(StrictTable& top, Intake& in) {
  StrictTable t(top.subtable("person"), "person", in.source);
  if (!top.has("person")) {
    throw InputError(in.source + ": person: missing table [person] (sex, age_years, ...)");
  }
  const auto sex = t.choice<Sex>("sex", kSexNames);
  if (!sex) {
    throw InputError(t.field("sex") + ": missing; allowed values are male, female");
  }
  in.sex = *sex;
  in.age_years = t.required_number("age_years", 0.0, kMaxAgeYears, "year");
  in.ethnicity = t.choice<Ethnicity>("ethnicity", kEthnicityNames);
  in.family_history = t.choice<FamilyHistory>("family_history", kFamilyHistoryNames);
  t.refuse_unknown();
}

void read_complaint(StrictTable& top, Intake& in) {
  StrictTable t(top.subtable("complaint"), "complaint", in.source);
  in.onset = t.choice<Onset>("onset", kOnsetNames);
  in.duration_months = t.number("duration_months", 0.0, kMaxMonths, "month");
  for (const auto& name : t.choice_list("pattern", kLossPatternNames)) {
    const auto p = *parse_enum<LossPattern>(kLossPatternNames, name);
    if (!in.has_pattern(p)) {
      in.pattern.push_back(p);
    }
  }
  t.refuse_unknown();
}

void read_shedding(StrictTable& top, Intake& in) {
  StrictTable t(top.subtable("shedding"), "shedding", in.source);
  in.hairs_per_day = t.number("hairs_per_day", 0.0, kMaxPerDay, "hairs per day");
  in.wash_count = t.number("wash_count", 0.0, kMaxPerDay, "hairs in one wash");
  in.wash_short_hair_percent = t.number("wash_short_hair_percent", 0.0, 100.0, "percent");
  in.comb_count_60s = t.number("comb_count_60s", 0.0, kMaxPerDay, "hairs in a 60-second combing");
  in.pull_test_percent = t.number("pull_test_percent", 0.0, 100.0, "percent");
  in.pull_test_regions = t.choice<PullRegions>("pull_test_regions", kPullRegionNames);
  t.refuse_unknown();
}

void read_events(StrictTable& top, Intake& in) {
  const auto tables = top.table_array("recent_events");
  if (!tables) {
    return;
  }
  in.recent_events.emplace();
  for (std::size_t i = 0; i < tables->size(); ++i) {
    StrictTable t((*tables)[i], "recent_events[" + std::to_string(i) + "]", in.source);
    const auto type = t.choice<LifeEvent>("type", kLifeEventNames);
    if (!type) {
      throw InputError(t.field("type") + ": missing; allowed values are " + detail::join_names(kLifeEventNames));
    }
    if (*type == LifeEvent::Childbirth && in.sex != Sex::Female) {
      throw InputError(t.field("type") + " = \"childbirth\": only for sex = \"female\"");
    }
    RecentEvent e;
    e.type = *type;
    e.months_ago = t.required_number("months_ago", 0.0, kMaxMonths, "month");
    t.refuse_unknown();
    in.recent_events->push_back(e);
  }
}

void read_medications(StrictTable& top, Intake& in) {
  const auto tables = top.table_array("medications");
  if (!tables) {
    return;
  }
  in.medications.emplace();
  for (std::size_t i = 0; i < tables->size(); ++i) {
    StrictTable t((*tables)[i], "medications[" + std::to_string(i) + "]", in.source);
    const auto cls = t.choice<DrugClass>("class", kDrugClassNames);
    if (!cls) {
      throw InputError(t.field("class") + ": missing; allowed values are " + detail::join_names(kDrugClassNames));
    }
    Medication m;
    m.drug_class = *cls;
    m.months_since_start = t.number("months_since_start", 0.0, kMaxMonths, "month");
    m.months_since_stop = t.number("months_since_stop", 0.0, kMaxMonths, "month");
    if (m.months_since_start && m.months_since_stop && *m.months_since_stop > *m.months_since_start) {
      throw InputError(t.field("months_since_stop") + " = " + detail::num(*m.months_since_stop) +
                       ": must not exceed months_since_start = " + detail::num(*m.months_since_start));
    }
    m.months_until_stop = t.number("months_until_stop", 0.0, kMaxPlannedMonths, "month");
    if (m.months_since_stop && m.months_until_stop) {
      throw InputError(t.field("months_until_stop") + " = " + detail::num(*m.months_until_stop) +
                       ": give it only for a drug still taken; months_since_stop = " +
                       detail::num(*m.months_since_stop) + " says this one has stopped");
    }
    t.refuse_unknown();
    in.medications->push_back(m);
  }
}

void read_conditions(StrictTable& top, Intake& in) {
  StrictTable t(top.subtable("conditions"), "conditions", in.source);
  in.thyroid = t.choice<ThyroidStatus>("thyroid", kThyroidNames);
  in.anaemia = t.flag("anaemia");
  in.menopause = t.flag("menopause");
  in.pregnant = t.flag("pregnant");
  in.breastfeeding = t.flag("breastfeeding");
  in.pregnancy_plans = t.flag("pregnancy_plans");
  in.cardiovascular_disease = t.flag("cardiovascular_disease");
  in.low_blood_pressure = t.flag("low_blood_pressure");
  in.kidney_disease = t.flag("kidney_disease");
  in.systemic_symptoms = t.choice_list("systemic_symptoms", kSystemicSymptomNames);
  if (in.sex == Sex::Male) {
    for (const char* key : {"menopause", "pregnant", "breastfeeding"}) {
      if (t.flag(key).value_or(false)) {
        throw InputError(t.field(key) + " = true: only for sex = \"female\"");
      }
    }
  }
  t.refuse_unknown();
}

void read_labs(StrictTable& top, Intake& in) {
  StrictTable t(top.subtable("labs"), "labs", in.source);
  in.ferritin_ng_per_ml = t.number("ferritin_ng_per_ml", 0.0, 2000.0, "ng/mL");
  in.tsh_mu_per_l = t.number("tsh_mu_per_l", 0.0, 100.0, "mU/L");
  in.vitamin_d_ng_per_ml = t.number("vitamin_d_ng_per_ml", 0.0, 200.0, "ng/mL");
  t.refuse_unknown();
}

void read_scalp(StrictTable& top, Intake& in) {
  StrictTable t(top.subtable("scalp"), "scalp", in.source);
  in.itch = t.flag("itch");
  in.scaling = t.flag("scaling");
  in.redness = t.flag("redness");
  in.scarring = t.flag("scarring");
  t.refuse_unknown();
}

void read_trichoscopy(StrictTable& top, Intake& in) {
  StrictTable t(top.subtable("trichoscopy"), "trichoscopy", in.source);
  Trichoscopy& d = in.trichoscopy;
  d.thin_hair_percent = t.number("thin_hair_percent", 0.0, 100.0, "percent");
  d.frontal_mean_diameter_um = t.number("frontal_mean_diameter_um", 10.0, 150.0, "um");
  d.yellow_dots = t.flag("yellow_dots");
  d.single_hair_unit_ratio = t.number("single_hair_unit_ratio", 0.0, 20.0, "ratio");
  d.vellus_ratio = t.number("vellus_ratio", 0.0, 20.0, "ratio");
  d.perifollicular_discoloration_ratio = t.number("perifollicular_discoloration_ratio", 0.0, 20.0, "ratio");
  d.exclamation_mark_hairs = t.flag("exclamation_mark_hairs");
  t.refuse_unknown();
}

void read_history(StrictTable& top, Intake& in) {
  const auto tables = top.table_array("history");
  if (!tables) {
    return;
  }
  for (std::size_t i = 0; i < tables->size(); ++i) {
    StrictTable t((*tables)[i], "history[" + std::to_string(i) + "]", in.source);
    HistoryPoint h;
    h.years_ago = t.required_number("years_ago", 0.0, kMaxHistoryYears, "year");
    if (h.years_ago > in.age_years) {
      throw InputError(t.field("years_ago") + " = " + detail::num(h.years_ago) +
                       ": must not exceed person.age_years = " + detail::num(in.age_years));
    }
    const auto site = t.text("site");
    if (site) {
      const auto r = parse_region(*site);
      if (!r) {
        throw InputError(t.field("site") + " = \"" + *site + "\": allowed values are " +
                         detail::join_names(kRegionNames));
      }
      h.site = *r;
    }
    h.kind = t.choice<CountKind>("kind", kCountKindNames).value_or(CountKind::Total);
    const auto density = t.number("density_per_cm2", 0.0, kMaxDensity, "hairs per cm2");
    const auto count = t.number("count", 0.0, 100000.0, "hairs");
    const auto area = t.number("area_cm2", 0.1, 100.0, "cm2");
    if (density && (count || area)) {
      throw InputError(t.field("density_per_cm2") + ": give either density_per_cm2 or count with area_cm2, not both");
    }
    if (density) {
      h.density_per_cm2 = *density;
    } else if (count && area) {
      h.density_per_cm2 = *count / *area;
    } else {
      throw InputError(t.field(count ? "area_cm2" : "count") +
                       ": missing; give density_per_cm2, or count with area_cm2 (e.g. 5.07 for a 1-inch circle)");
    }
    t.refuse_unknown();
    in.history.push_back(h);
  }
}

void read_vignette(StrictTable& top, Intake& in) {
  const toml::table* v = top.subtable("vignette");
  if (v == nullptr) {
    return;
  }
  StrictTable t(v, "vignette", in.source);
  VignetteExpectation e;
  e.source = t.text("source").value_or("");
  if (e.source.empty()) {
    throw InputError(t.field("source") + ": missing; name the published case or guideline");
  }
  e.expected_top = t.text("expected_top").value_or("");
  if (const toml::array* a = t.list("expected_red_flags")) {
    for (const auto& item : *a) {
      e.expected_red_flags.push_back(item.value<std::string>().value_or(""));
    }
  }
  t.refuse_unknown();
  in.vignette = std::move(e);
}

}  // namespace

bool Intake::has_pattern(LossPattern p) const { return std::find(pattern.begin(), pattern.end(), p) != pattern.end(); }

Intake read_intake_table(const toml::table& root, const std::string& text, const std::string& source) {
  Intake in;
  in.source = source;
  in.text = text;
  StrictTable top(&root, "", source);
  const std::string format = top.text("format").value_or("trichosim-intake/1");
  if (format != "trichosim-intake/1") {
    throw InputError(top.field("format") + " = \"" + format + "\": this version reads \"trichosim-intake/1\"");
  }
  in.name = top.text("name").value_or("consultation");
  in.seed = top.seed("seed", 1);
  read_person(top, in);
  read_complaint(top, in);
  read_shedding(top, in);
  read_events(top, in);
  read_medications(top, in);
  read_conditions(top, in);
  read_labs(top, in);
  read_scalp(top, in);
  read_trichoscopy(top, in);
  read_history(top, in);
  read_vignette(top, in);
  top.refuse_unknown();
  return in;
}

Intake parse_intake_toml(const std::string& text, const std::string& source) {
  const toml::table root = detail::parse_toml(text, source);
  return read_intake_table(root, text, source);
}

Intake load_intake(const std::filesystem::path& path) {
  const std::string text = read_text_file(path, kMaxIntakeBytes);
  if (path.extension() == ".json") {
    return parse_intake_json(text, path.string());
  }
  return parse_intake_toml(text, path.string());
}

}  // namespace trichosim::scenario
