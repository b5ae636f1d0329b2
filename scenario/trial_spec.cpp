#include "scenario/trial_spec.hpp"

#include <algorithm>
#include <cmath>

#include "core/input_error.hpp"
#include "core/units.hpp"
#include "scenario/scenario.hpp"
#include "scenario/trial_reader.hpp"
#include "trial/endpoints.hpp"

namespace trichosim::scenario {
namespace detail {
namespace {

constexpr double kMaxAgeYears = 110.0;
constexpr double kMaxDurationYears = 30.0;
constexpr double kMaxSheddingWindowDays = 365.0;
constexpr std::size_t kMaxPatients = 1000000;
constexpr double kMaxCircleCm2 = 50.0;
constexpr double kMinCircleCm2 = 0.1;

std::vector<std::string> site_names() {
  std::vector<std::string> names = {"whole_scalp"};
  for (auto n : kRegionNames) {
    names.emplace_back(n);
  }
  return names;
}

trial::Site read_site(Fields& f) {
  trial::Site s;
  const std::string name = f.choice("site", site_names(), std::string("whole_scalp"));
  s.region = parse_region(name);
  s.circle_cm2 = f.number("circle_cm2", kMinCircleCm2, kMaxCircleCm2, "cm2", 0.0);
  return s;
}

std::string read_instrument(Fields& f, bool lenient = false) {
  std::string name = f.text("instrument", std::nullopt);
  if (!lenient && trial::find_endpoint(name) == nullptr) {
    throw InputError(f.field("instrument") + " = \"" + name + "\": unknown instrument; known instruments are " +
                     trial::endpoint_names());
  }
  return name;
}

cohort::PopulationSpec read_population(Fields& top, const std::string& source) {
  Fields f(top.table("population"), "population", source);
  cohort::PopulationSpec p;
  const std::string sex = f.choice("sex", {"male", "female", "both"}, std::string("male"));
  p.male_fraction = sex == "male" ? 1.0 : sex == "female" ? 0.0 : 0.5;
  if (sex == "both") {
    p.male_fraction = f.number("male_fraction", 0.0, 1.0, "fraction", 0.5);
  }
  p.age_min_years = f.number("age_min_years", 0.0, kMaxAgeYears, "year", std::nullopt);
  p.age_max_years = f.number("age_max_years", p.age_min_years, kMaxAgeYears, "year", std::nullopt);
  const Ethnicity eth = f.choice_of<Ethnicity>("ethnicity", kEthnicityNames, Ethnicity::Caucasian);
  p.ethnicity_shares = {0.0, 0.0, 0.0, 0.0};
  p.ethnicity_shares[static_cast<std::size_t>(eth)] = 1.0;
  if (f.has("predisposition")) {
    p.predisposition = f.number("predisposition", 0.0, 1.0, "1", std::nullopt);
  }
  p.androgen_level = f.number("androgen_level", 0.0, 3.0, "ratio to typical for sex", 1.0);
  f.refuse_unknown();
  return p;
}

trial::Inclusion read_inclusion(Fields& top, const std::string& source) {
  trial::Inclusion inc;
  Fields f(top.table("inclusion"), "inclusion", source);
  inc.age_min_years = f.number("age_min_years", 0.0, kMaxAgeYears, "year", 0.0);
  inc.age_max_years = f.number("age_max_years", inc.age_min_years, kMaxAgeYears, "year", kMaxAgeYears);
  const std::string sex = f.choice("sex", {"any", "male", "female"}, std::string("any"));
  if (sex != "any") {
    inc.sex = sex == "male" ? Sex::Male : Sex::Female;
  }
  f.refuse_unknown();
  if (const toml::array* list = top.tables("screening")) {
    for (std::size_t i = 0; i < list->size(); ++i) {
      Fields c((*list)[i].as_table(), "screening[" + std::to_string(i) + "]", source);
      trial::ScreeningCriterion crit;
      crit.instrument = read_instrument(c);
      crit.site = read_site(c);
      crit.min = c.number("min", -1e9, 1e9, "instrument unit", -1e300);
      crit.max = c.number("max", -1e9, 1e9, "instrument unit", 1e300);
      if (crit.max < crit.min) {
        throw InputError(c.field("max") + " = " + num(crit.max) + ": must not be below min = " + num(crit.min));
      }
      c.refuse_unknown();
      inc.screening.push_back(crit);
    }
  }
  return inc;
}

void read_arms(Fields& top, const std::string& source, std::size_t n_total, trial::TrialDesign& d) {
  const toml::array* list = top.tables("arms");
  if (list == nullptr) {
    throw InputError(source + ": arms: missing; give at least one [[arms]] table");
  }
  std::vector<double> ratios;
  bool any_n = false;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const std::string path = "arms[" + std::to_string(i) + "]";
    Fields f((*list)[i].as_table(), path, source);
    trial::Arm arm;
    arm.name = f.text("name", std::nullopt);
    for (const auto& other : d.arms) {
      if (other.name == arm.name) {
        throw InputError(f.field("name") + " = \"" + arm.name + "\": arm names must be unique");
      }
    }
    if (f.has("n")) {
      arm.n = f.count("n", 2, kMaxPatients, std::nullopt);
      any_n = true;
    }
    ratios.push_back(f.number("ratio", 0.01, 100.0, "1", 1.0));
    arm.adherence = f.number("adherence", 0.0, 1.0, "fraction", 1.0);
    arm.events = read_events(f.tables("events"), source + ": " + path + ".events");
    for (const auto& e : arm.events) {
      // Arm events start at the baseline or later, so every arm shares the patient's state at screening.
      e.number("start_years", 0.0, kMaxDurationYears, "year", 0.0);
    }
    f.refuse_unknown();
    if (any_n && !f.has("n")) {
      throw InputError(f.field("n") + ": missing; give n in every arm or none (then design.n_total)");
    }
    d.arms.push_back(std::move(arm));
  }
  if (any_n && d.arms.front().n == 0) {
    throw InputError(source + ": arms[0].n: missing; give n in every arm or none (then design.n_total)");
  }
  if (!any_n) {
    if (n_total == 0) {
      throw InputError(source + ": design.n_total: missing; give design.n_total or n in every arm");
    }
    double sum = 0.0;
    for (double r : ratios) {
      sum += r;
    }
    for (std::size_t i = 0; i < d.arms.size(); ++i) {
      d.arms[i].n = std::max<std::size_t>(
          2, static_cast<std::size_t>(std::llround(static_cast<double>(n_total) * ratios[i] / sum)));
    }
  }
}

// The counting error of endpoint `f` (instrument `instrument`): its own reading_error, or for a hair count the
// design's default.
trial::ReadingError read_reading_error(Fields& f, const std::string& instrument, trial::ReadingError design_default) {
  const bool counts = trial::counts_hairs(instrument);
  if (!f.has("reading_error")) {
    return counts ? design_default : trial::ReadingError::None;
  }
  const auto error =
      f.choice_of<trial::ReadingError>("reading_error", trial::kReadingErrorNames, trial::ReadingError::None);
  if (error != trial::ReadingError::None && !counts) {
    throw InputError(f.field("reading_error") + " = \"" +
                     std::string(trial::kReadingErrorNames[static_cast<std::size_t>(error)]) + "\": instrument \"" +
                     instrument + "\" is not a hair count; a counting error applies to " +
                     trial::hair_count_instrument_names() + " (or set \"none\")");
  }
  return error;
}

void read_endpoints(Fields& top, const std::string& source, bool lenient, trial::ReadingError design_error,
                    trial::TrialDesign& d) {
  const toml::array* list = top.tables("endpoints");
  if (list == nullptr) {
    throw InputError(source + ": endpoints: missing; give at least one [[endpoints]] table");
  }
  std::size_t primaries = 0;
  for (std::size_t i = 0; i < list->size(); ++i) {
    Fields f((*list)[i].as_table(), "endpoints[" + std::to_string(i) + "]", source);
    trial::EndpointSpec e;
    e.instrument = read_instrument(f, lenient);
    e.name = f.text("name", e.instrument);
    for (const auto& other : d.endpoints) {
      if (other.name == e.name) {
        throw InputError(f.field("name") + " = \"" + e.name + "\": endpoint names must be unique");
      }
    }
    e.site = read_site(f);
    e.primary = f.flag("primary", false);
    primaries += e.primary ? 1U : 0U;
    e.responder_thresholds = f.numbers("responder_thresholds", -1e9, 1e9, "instrument unit", false);
    e.responder_direction = f.choice_of<trial::ResponderDirection>(
        "responder_direction", trial::kResponderDirectionNames, trial::ResponderDirection::Rise);
    e.reading_error = read_reading_error(f, e.instrument, design_error);
    f.refuse_unknown();
    d.endpoints.push_back(std::move(e));
  }
  if (primaries > 1) {
    throw InputError(source + ": endpoints: more than one has primary = true; mark one");
  }
  if (primaries == 0) {
    d.endpoints.front().primary = true;
  }
}

// The stage instruments read measure/'s classifier off a density map of the scalp; in target-area mode the map holds
// only the sampled units, and sampling noise reads as thinning. Rhodes 1998's men of 18-29 (105 of them, full scalp
// 5.7 % Norwood >= III) read 17 % at a sample fraction of 0.1 and 9.5 % at 0.3 and at 0.5 (docs/trials.md).
constexpr double kMinStagingSampleFraction = 0.3;

// An instrument the design reads, with the field that names it.
struct InstrumentUse {
  std::string where;  // "screening[0]", "endpoints[2]"
  std::string name;
  const trial::Endpoint* endpoint;  // null for a name the endpoint table does not hold (checked elsewhere)
};

std::vector<InstrumentUse> instruments_used(const trial::TrialDesign& d) {
  std::vector<InstrumentUse> out;
  for (std::size_t i = 0; i < d.inclusion.screening.size(); ++i) {
    const std::string& name = d.inclusion.screening[i].instrument;
    out.push_back({"screening[" + std::to_string(i) + "]", name, trial::find_endpoint(name)});
  }
  for (std::size_t i = 0; i < d.endpoints.size(); ++i) {
    const std::string& name = d.endpoints[i].instrument;
    out.push_back({"endpoints[" + std::to_string(i) + "]", name, trial::find_endpoint(name)});
  }
  return out;
}

void check_stage_instruments_sampling(const trial::TrialDesign& d, Fields& design) {
  if (d.sample_fraction >= kMinStagingSampleFraction) {
    return;
  }
  for (const InstrumentUse& use : instruments_used(d)) {
    if (use.endpoint != nullptr && use.endpoint->needs_stages) {
      throw InputError(design.field("sample_fraction") + " = " + num(d.sample_fraction) + ": allowed range is " +
                       num(kMinStagingSampleFraction) + " to 1 (fraction) with " + use.where + ".instrument = \"" +
                       use.name + "\", which stages the scalp from its density map (sampling noise reads as thinning)");
    }
  }
}

// A shedding instrument reads the hairs shed over the window that ends at the visit; the engine restarts that tally
// one window before each visit, so visits closer than a window would read a shorter span than the design states.
void check_visits_cover_shedding_window(const trial::TrialDesign& d, Fields& design) {
  const std::vector<InstrumentUse> used = instruments_used(d);
  if (std::none_of(used.begin(), used.end(),
                   [](const InstrumentUse& u) { return u.endpoint != nullptr && u.endpoint->reads_shedding; })) {
    return;
  }
  const double window = d.shedding_window();
  const std::string named =
      d.shedding_window_days ? "design.shedding_window_days" : "parameter measure.shedding_window_days";
  for (std::size_t v = 1; v < d.visit_years.size(); ++v) {
    const double gap = years_to_days(d.visit_years[v] - d.visit_years[v - 1]);
    if (gap < window) {
      throw InputError(design.field("visit_years") + ": visits at " + num(d.visit_years[v - 1]) + " and " +
                       num(d.visit_years[v]) + " years lie " + num(gap) +
                       " days apart, less than the shedding window (" + named + " = " + num(window) +
                       " days) that the shedding instruments average over; space the visits at least one window "
                       "apart or shorten the window");
    }
  }
}

}  // namespace

trial::TrialDesign read_trial_design(Fields& top, const std::string& text, const std::string& source,
                                     bool lenient_instruments) {
  trial::TrialDesign d;
  d.source = source;
  d.text = text;
  d.name = top.text("name", std::string("unnamed trial"));
  top.text("description", std::string());
  d.seed = top.seed("seed", 1);
  read_parameter_overrides(top.table("parameters"), source, d.parameters, d.overridden);
  d.population = read_population(top, source);
  d.inclusion = read_inclusion(top, source);

  Fields f(top.table("design"), "design", source);
  d.duration_years = f.number("duration_years", 0.0, kMaxDurationYears, "year", std::nullopt);
  std::vector<double> visits = {0.0};
  for (double y : f.numbers("visit_years", 0.0, d.duration_years, "year", true)) {
    if (y > 0.0) {
      visits.push_back(y);
    }
  }
  if (visits.back() < d.duration_years) {
    visits.push_back(d.duration_years);
  }
  d.visit_years = visits;
  const std::size_t n_total = f.count("n_total", 2, kMaxPatients, 0);
  d.dropout_per_year = f.number("dropout_per_year", 0.0, 5.0, "1/year", 0.0);
  d.max_screened_per_enrolled = f.number("max_screened_per_enrolled", 1.0, 1000.0, "candidates per place", 20.0);
  d.sample_fraction = f.number("sample_fraction", 0.001, 1.0, "fraction", 1.0);
  if (f.has("shedding_window_days")) {
    d.shedding_window_days = f.number("shedding_window_days", 1.0, kMaxSheddingWindowDays, "day", std::nullopt);
  }
  const std::string control = f.text("control_arm", std::string());
  // The counting error of every hair-count endpoint that does not name its own.
  const auto reading_error =
      f.choice_of<trial::ReadingError>("reading_error", trial::kReadingErrorNames, trial::ReadingError::None);
  f.refuse_unknown();

  read_arms(top, source, n_total, d);
  if (!control.empty()) {
    bool found = false;
    for (std::size_t i = 0; i < d.arms.size(); ++i) {
      if (d.arms[i].name == control) {
        d.control_arm = i;
        found = true;
      }
    }
    if (!found) {
      throw InputError(f.field("control_arm") + " = \"" + control + "\": no arm has that name");
    }
  }
  read_endpoints(top, source, lenient_instruments, reading_error, d);
  check_stage_instruments_sampling(d, f);
  check_visits_cover_shedding_window(d, f);
  return d;
}

}  // namespace detail

trial::TrialDesign parse_trial_spec(const std::string& text, const std::string& source) {
  const toml::table root = detail::parse_toml(text, source);
  detail::Fields top(&root, "", source);
  const std::string format = top.text("format", std::string("trichosim-trial/1"));
  if (format != "trichosim-trial/1") {
    throw InputError(top.field("format") + " = \"" + format + "\": this version reads \"trichosim-trial/1\"");
  }
  trial::TrialDesign d = detail::read_trial_design(top, text, source, false);
  top.refuse_unknown();
  return d;
}

trial::TrialDesign load_trial_spec(const std::filesystem::path& path) {
  return parse_trial_spec(read_text_file(path, kMaxTrialBytes), path.string());
}

}  // namespace trichosim::scenario
