#include "storage/records.hpp"

#include <nlohmann/json.hpp>
#include <sstream>

#include "core/input_error.hpp"

namespace trichosim::storage {
namespace {

nlohmann::json region_json(const measure::RegionSummary& s) {
  return {{"area_cm2", s.area_cm2},
          {"follicles", s.follicles},
          {"hairs", s.hairs},
          {"density_per_cm2", s.density_per_cm2},
          {"terminal_per_cm2", s.terminal_per_cm2},
          {"intermediate_per_cm2", s.intermediate_per_cm2},
          {"vellus_per_cm2", s.vellus_per_cm2},
          {"mean_diameter_um", s.mean_diameter_um},
          {"anagen_percent", s.anagen_percent},
          {"telogen_percent", s.telogen_percent},
          {"kenogen_percent", s.kenogen_percent},
          {"shed_per_day", s.shed_per_day}};
}

nlohmann::json stage_json(const measure::Stage& s) {
  nlohmann::json regions = nlohmann::json::array();
  for (Region r : s.deciding) {
    regions.push_back(std::string(region_name(r)));
  }
  return {{"stage", s.label}, {"rank", s.rank}, {"deciding_regions", regions}, {"reason", s.reason}};
}

nlohmann::json assessment_json(const measure::Assessment& a) {
  nlohmann::json symptoms = nlohmann::json::array();
  for (const auto& s : a.symptoms) {
    symptoms.push_back({{"key", s.key}, {"value", s.value}, {"unit", s.unit}, {"text", s.text}});
  }
  return {
      {"stage",
       {{"norwood", stage_json(a.norwood)}, {"ludwig", stage_json(a.ludwig)}, {"sinclair", stage_json(a.sinclair)}}},
      {"symptoms", symptoms}};
}

std::string region_label(std::size_t r) { return r < kRegionCount ? std::string(kRegionNames[r]) : "whole_scalp"; }

}  // namespace

nlohmann::json forecast_to_json(const app::ForecastResult& r) {
  const auto& p = r.scenario.person;
  nlohmann::json j;
  j["format"] = kForecastRecordFormat;
  j["scenario"] = {{"name", r.scenario.name},
                   {"source", r.scenario.source},
                   {"horizon_years", r.scenario.horizon_years},
                   {"overridden_parameters", r.scenario.overridden}};
  j["person"] = {{"sex", kSexNames[static_cast<std::size_t>(p.sex)]},
                 {"age_years", p.age_years},
                 {"ethnicity", kEthnicityNames[static_cast<std::size_t>(p.ethnicity)]},
                 {"predisposition", p.predisposition},
                 {"androgen_level", p.androgen_level}};
  j["provenance"] = {{"version", r.info.version},
                     {"git_hash", r.info.git_hash},
                     {"registry_hash", r.info.registry_hash},
                     {"scenario_hash", r.info.scenario_hash},
                     {"seed", r.info.seed},
                     {"threads", r.info.threads}};
  j["engine"] = {{"seconds", r.info.engine_seconds},
                 {"events", r.info.events},
                 {"follicles", r.info.follicles},
                 {"bytes_per_follicle", r.info.bytes_per_follicle}};
  nlohmann::json obs = nlohmann::json::array();
  for (std::size_t i = 0; i < r.observations.size(); ++i) {
    const auto& o = r.observations[i];
    nlohmann::json regions;
    for (std::size_t k = 0; k <= kRegionCount; ++k) {
      regions[region_label(k)] = region_json(o.regions[k]);
    }
    nlohmann::json entry = {
        {"day", o.day}, {"years", o.day / kDaysPerYear}, {"age_years", o.age_years}, {"regions", regions}};
    if (i < r.assessments.size()) {
      entry.update(assessment_json(r.assessments[i]));
    }
    obs.push_back(entry);
  }
  j["observations"] = obs;
  return j;
}

constexpr const char* kCsvHeader =
    "years,age_years,region,area_cm2,follicles,hairs,density_per_cm2,terminal_per_cm2,intermediate_per_cm2,"
    "vellus_per_cm2,mean_diameter_um,anagen_percent,telogen_percent,kenogen_percent,shed_per_day\n";

std::string forecast_to_csv(const app::ForecastResult& r) {
  std::ostringstream os;
  os.precision(10);
  os << kCsvHeader;
  for (const auto& o : r.observations) {
    for (std::size_t k = 0; k <= kRegionCount; ++k) {
      const auto& s = o.regions[k];
      os << o.day / kDaysPerYear << ',' << o.age_years << ',' << region_label(k) << ',' << s.area_cm2 << ','
         << s.follicles << ',' << s.hairs << ',' << s.density_per_cm2 << ',' << s.terminal_per_cm2 << ','
         << s.intermediate_per_cm2 << ',' << s.vellus_per_cm2 << ',' << s.mean_diameter_um << ',' << s.anagen_percent
         << ',' << s.telogen_percent << ',' << s.kenogen_percent << ',' << s.shed_per_day << '\n';
    }
  }
  return os.str();
}

std::string record_to_csv(const nlohmann::json& record) {
  if (!record.is_object() || record.value("format", std::string()) != kForecastRecordFormat) {
    throw InputError(std::string("record: format is not ") + kForecastRecordFormat);
  }
  std::ostringstream os;
  os.precision(10);
  os << kCsvHeader;
  // Integers are read back as the integer types forecast_to_csv printed, doubles as doubles, so the text matches.
  for (const auto& o : record.at("observations")) {
    for (std::size_t k = 0; k <= kRegionCount; ++k) {
      const auto& s = o.at("regions").at(region_label(k));
      os << o.at("years").get<double>() << ',' << o.at("age_years").get<double>() << ',' << region_label(k) << ','
         << s.at("area_cm2").get<double>() << ',' << s.at("follicles").get<std::uint32_t>() << ','
         << s.at("hairs").get<std::uint32_t>();
      for (const char* m :
           {"density_per_cm2", "terminal_per_cm2", "intermediate_per_cm2", "vellus_per_cm2", "mean_diameter_um",
            "anagen_percent", "telogen_percent", "kenogen_percent", "shed_per_day"}) {
        os << ',' << s.at(m).get<double>();
      }
      os << '\n';
    }
  }
  return os.str();
}

}  // namespace trichosim::storage
