#include "scenario/scenario.hpp"

#include <toml++/toml.h>

#include <cmath>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "cohort/population.hpp"
#include "core/input_error.hpp"
#include "core/units.hpp"
#include "scenario/plan_parse.hpp"
#include "scenario/toml_fields.hpp"

namespace trichosim::scenario {
namespace {

constexpr double kMaxAgeYears = 110.0;
constexpr double kMaxHorizonYears = 80.0;
constexpr double kMaxObservations = 1000.0;
constexpr std::size_t kMaxObservationList = 1000;
constexpr std::size_t kMaxEvents = 1000;
constexpr std::size_t kMaxNameBytes = 200;
constexpr std::size_t kMaxDescriptionBytes = 4000;

using detail::Fields;
using detail::num;

const toml::table* subtable(const toml::table& root, const std::string& key, const std::string& source) {
  if (!root.contains(key)) {
    return nullptr;
  }
  const toml::table* t = root[key].as_table();
  if (t == nullptr) {
    throw InputError(source + ": " + key + " must be a table ([" + key + "])");
  }
  return t;
}

Person read_person(const toml::table& root, const std::string& source, const Parameters& params) {
  const toml::table* t = subtable(root, "person", source);
  if (t == nullptr) {
    throw InputError(source + ": person: missing table [person] (sex, age_years, ...)");
  }
  Fields r(t, "person", source);
  Person p;
  p.sex = r.choice_of<Sex>("sex", kSexNames, std::nullopt);
  p.age_years = r.number("age_years", 0.0, kMaxAgeYears, "year", std::nullopt);
  p.ethnicity = r.choice_of<Ethnicity>("ethnicity", kEthnicityNames, Ethnicity::Caucasian);
  const bool has_pred = r.has("predisposition");
  const bool has_family = r.has("family_history");
  if (has_pred && has_family) {
    throw InputError(r.field("predisposition") + ": give either predisposition or family_history, not both");
  }
  if (has_pred) {
    p.predisposition = r.number("predisposition", 0.0, 1.0, "1", std::nullopt);
  } else {
    const auto fh = r.choice_of<FamilyHistory>("family_history", kFamilyHistoryNames, FamilyHistory::None);
    p.predisposition = cohort::predisposition_from_family_history(fh, p.sex, p.ethnicity, params);
  }
  p.androgen_level = r.number("androgen_level", 0.0, 3.0, "ratio to typical for sex", 1.0);
  if (r.has("menopause_age_years")) {
    if (p.sex != Sex::Female) {
      throw InputError(r.field("menopause_age_years") + ": only for sex = \"female\"");
    }
    p.menopause_age_years = r.number("menopause_age_years", 30.0, 65.0, "year", std::nullopt);
  }
  r.refuse_unknown();
  return p;
}

void read_simulation(const toml::table& root, const std::string& source, Scenario& s) {
  Fields r(subtable(root, "simulation", source), "simulation", source);
  s.horizon_years = r.number("horizon_years", 1.0 / 12.0, kMaxHorizonYears, "year", 10.0);
  const bool has_list = r.has("observe_years");
  const bool has_every = r.has("observe_every_years");
  if (has_list && has_every) {
    throw InputError(r.field("observe_years") + ": give either observe_years or observe_every_years, not both");
  }
  if (has_list) {
    const toml::array* list = (*root["simulation"].as_table())["observe_years"].as_array();
    if (list == nullptr || list->empty()) {
      throw InputError(r.field("observe_years") + ": must be a non-empty list of years from 0 to horizon_years");
    }
    if (list->size() > kMaxObservationList) {
      throw InputError(r.field("observe_years") + ": " + std::to_string(list->size()) + " entries; the limit is " +
                       std::to_string(kMaxObservationList));
    }
    double previous = -1.0;
    for (std::size_t i = 0; i < list->size(); ++i) {
      const auto v = (*list)[i].value<double>();
      const std::string f = r.field("observe_years") + "[" + std::to_string(i) + "]";
      if (!v || !std::isfinite(*v) || *v < 0.0 || *v > s.horizon_years) {
        throw InputError(f + (v ? " = " + num(*v) : std::string()) +
                         ": allowed range is 0 to horizon_years = " + num(s.horizon_years) + " (year)");
      }
      if (*v <= previous || years_to_days(*v) <= years_to_days(previous)) {
        throw InputError(f + " = " + num(*v) + ": observation years must increase");
      }
      previous = *v;
      s.observe_years.push_back(*v);
    }
  } else {
    const double every =
        r.number("observe_every_years", s.horizon_years / kMaxObservations, s.horizon_years, "year", 1.0);
    for (double y = 0.0; y <= s.horizon_years + 1e-9; y += every) {
      s.observe_years.push_back(std::min(y, s.horizon_years));
    }
    if (s.observe_years.back() < s.horizon_years - 1e-9) {
      s.observe_years.push_back(s.horizon_years);
    }
  }
  r.refuse_unknown();
}

void read_events(const toml::table& root, const std::string& source, Scenario& s) {
  if (!root.contains("events")) {
    return;
  }
  const toml::array* events = root["events"].as_array();
  if (events == nullptr) {
    throw InputError(source + ": events must be an array of tables ([[events]])");
  }
  if (events->size() > kMaxEvents) {
    throw InputError(source + ": events: " + std::to_string(events->size()) + " entries; the limit is " +
                     std::to_string(kMaxEvents));
  }
  s.events = detail::read_events(events, source + ": events");
}

}  // namespace

std::string read_text_file(const std::filesystem::path& path, std::uintmax_t max_bytes) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  if (ec) {
    throw InputError(path.string() + ": cannot read the file (" + ec.message() + ")");
  }
  if (size > max_bytes) {
    throw InputError(path.string() + ": file is " + std::to_string(size) + " bytes; the limit is " +
                     std::to_string(max_bytes) + " bytes");
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

Scenario parse_scenario(const std::string& text, const std::string& source) {
  const toml::table root = detail::parse_toml(text, source);
  Scenario s;
  s.source = source;
  s.text = text;
  Fields top(&root, "", source);
  const std::string format = top.text("format", std::string("trichosim-scenario/1"));
  if (format != "trichosim-scenario/1") {
    throw InputError(top.field("format") + " = \"" + format + "\": this version reads \"trichosim-scenario/1\"");
  }
  s.name = top.text("name", std::string("unnamed scenario"));
  if (s.name.size() > kMaxNameBytes) {
    throw InputError(top.field("name") + ": " + std::to_string(s.name.size()) + " bytes; the limit is " +
                     std::to_string(kMaxNameBytes));
  }
  const std::string description = top.text("description", std::string());
  if (description.size() > kMaxDescriptionBytes) {
    throw InputError(top.field("description") + ": " + std::to_string(description.size()) + " bytes; the limit is " +
                     std::to_string(kMaxDescriptionBytes));
  }
  s.seed = top.seed("seed", s.seed);
  for (const char* table : {"person", "simulation", "parameters", "events", "plan"}) {
    top.has(table);
  }
  top.refuse_unknown();
  detail::read_parameter_overrides(subtable(root, "parameters", source), source, s.parameters, s.overridden);
  s.person = read_person(root, source, s.parameters);
  read_simulation(root, source, s);
  read_events(root, source, s);
  s.plan =
      read_plan_requests(&root, source, s.parameters[Param::smp_depth_min_mm], s.parameters[Param::smp_depth_max_mm]);
  return s;
}

Scenario load_scenario(const std::filesystem::path& path) {
  return parse_scenario(read_text_file(path, kMaxScenarioBytes), path.string());
}

}  // namespace trichosim::scenario
