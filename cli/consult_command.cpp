#include <fmt/format.h>

#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>

#include "app/forecast.hpp"
#include "app/version.hpp"
#include "cli/commands.hpp"
#include "cli/output_files.hpp"
#include "consult/consultation.hpp"
#include "consult/report.hpp"
#include "core/input_error.hpp"
#include "scenario/intake.hpp"
#include "scenario/consult_prices.hpp"
#include "storage/run_store.hpp"

namespace trichosim::cli {
namespace {

struct ConsultArgs {
  std::string intake;
  std::optional<std::uint64_t> seed;
  std::string prices;
  std::string out = "out/consult";
  std::string db;
  bool quiet = false;
};

/// The price table: --prices, else data/prices.toml when it is in the consultation format, else
/// data/consult_prices.toml (the documented defaults), else none (costs are then reported as unknown).
scenario::ConsultPriceTable find_prices(const std::string& given, std::string& note) {
  if (!given.empty()) {
    return scenario::load_consult_prices(given);
  }
  if (std::filesystem::exists("data/prices.toml")) {
    try {
      return scenario::load_consult_prices("data/prices.toml");
    } catch (const InputError& e) {
      note = std::string("data/prices.toml is not in the consultation price format (") + e.what() +
             "); using data/consult_prices.toml\n";
    }
  }
  if (std::filesystem::exists("data/consult_prices.toml")) {
    return scenario::load_consult_prices("data/consult_prices.toml");
  }
  note += "no price table found (give --prices FILE); costs are left at 0 and marked missing\n";
  return {};
}

storage::ConsultationRecord to_record(const consult::Consultation& c, const std::string& json) {
  storage::ConsultationRecord r;
  r.name = c.intake.name;
  r.seed = c.intake.seed;
  r.version = kVersion;
  r.git_hash = kGitHash;
  r.registry_hash = kRegistryHash;
  r.intake_hash = app::fnv1a_hex(c.intake.text + "\nseed=" + std::to_string(c.intake.seed));
  r.intake_text = c.intake.text;
  r.record_json = json;
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
      storage::ConsultationOptionRow row;
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

void run_consult_command(const ConsultArgs& a) {
  // Validate every input before any work or any file is written.
  const scenario::Intake intake = scenario::load_intake(a.intake);
  consult::ConsultationOptions options;
  std::string note;
  options.prices = find_prices(a.prices, note);
  options.seed = a.seed;
  const consult::Consultation c = consult::run_consultation(intake, Parameters{}, options);

  const nlohmann::json record = consult::consultation_to_json(c);
  const std::filesystem::path out(a.out);
  write_file_atomically(out / "consultation.json", record.dump(2) + "\n");
  write_file_atomically(out / "patient_summary.txt", consult::patient_summary(c));
  write_file_atomically(out / "clinical_summary.txt", consult::clinical_summary(c));
  write_file_atomically(out / "options.csv", consult::options_csv(c));
  const std::filesystem::path db = a.db.empty() ? out / "trichosim.db" : std::filesystem::path(a.db);
  storage::RunStore store(db);
  const std::int64_t id = store.save_consultation(to_record(c, record.dump()));
  std::cerr << note;
  if (!a.quiet) {
    std::cout << consult::clinical_summary(c);
  }
  std::cout << fmt::format(
      "\nwrote {0}/consultation.json, {0}/patient_summary.txt, {0}/clinical_summary.txt, "
      "{0}/options.csv; stored as run {1} in {2}\n{3}\n",
      out.string(), id, db.string(), consult::kDisclaimer);
}

}  // namespace

void add_consult_command(CLI::App& app) {
  auto args = std::make_shared<ConsultArgs>();
  CLI::App* cmd = app.add_subcommand("consult",
                                     "Consultation: differential diagnosis and a personalised regimen "
                                     "simulated on a virtual twin (decision support, not a diagnosis)");
  cmd->footer(
      "Example:\n  trichosim consult data/vignettes/male_aga_kaufman.toml --out out/consult\n"
      "Writes OUT/consultation.json, patient_summary.txt, clinical_summary.txt, options.csv and stores the\n"
      "consultation in OUT/trichosim.db (or --db). Intake format: docs/consultation.md (TOML or .json).");
  cmd->add_option("intake", args->intake, "Intake file (TOML, or JSON when it ends in .json)")->required();
  cmd->add_option("--seed", args->seed, "Seed, overriding the intake's");
  cmd->add_option("--prices", args->prices, "Price table (default data/prices.toml or data/consult_prices.toml)");
  cmd->add_option("--out", args->out, "Output folder")->capture_default_str();
  cmd->add_option("--db", args->db, "SQLite database (default OUT/trichosim.db)");
  cmd->add_flag("--quiet", args->quiet, "Print only where the outputs went");
  cmd->callback([args] { run_consult_command(*args); });
}

}  // namespace trichosim::cli
