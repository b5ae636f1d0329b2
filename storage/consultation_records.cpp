#include "storage/consultation_records.hpp"

#include "app/forecast.hpp"
#include "app/version.hpp"

namespace trichosim::storage {

ConsultationRecord consultation_record(const consult::Consultation& c, const std::string& record_json) {
  ConsultationRecord r;
  r.name = c.intake.name;
  r.seed = c.intake.seed;
  r.version = kVersion;
  r.git_hash = kGitHash;
  r.registry_hash = kRegistryHash;
  r.intake_hash = app::fnv1a_hex(c.intake.text + "\nseed=" + std::to_string(c.intake.seed));
  r.intake_text = c.intake.text;
  r.record_json = record_json;
  r.sex = std::string(kSexNames[static_cast<std::size_t>(c.intake.sex)]);
  r.age_years = c.intake.age_years;
  r.top_condition = std::string(consult::condition_id(c.differential.top().condition));
  r.top_probability = c.differential.top().probability;
  for (const auto& f : c.differential.red_flags) {
    r.red_flags +=
        (r.red_flags.empty() ? "" : ",") + std::string(consult::kRedFlagIds[static_cast<std::size_t>(f.flag)]);
  }
  r.confidence = c.differential.confidence;
  r.twin_from_history = c.twin.from_history;
  for (const auto& f : c.regimen.options) {
    for (std::size_t y = 0; y < consult::kForecastYears.size(); ++y) {
      ConsultationOptionRow row;
      row.option_id = f.option.id;
      row.status = std::string(consult::kForecastStatusNames[static_cast<std::size_t>(f.status)]);
      row.rank = f.rank;
      row.years = consult::kForecastYears[y];
      if (f.status == consult::ForecastStatus::Simulated) {
        row.density_median = f.density[y].median;
        row.density_lower = f.density[y].lower;
        row.density_upper = f.density[y].upper;
      }
      row.cost = f.cost[y];
      r.options.push_back(row);
    }
  }
  return r;
}

}  // namespace trichosim::storage
