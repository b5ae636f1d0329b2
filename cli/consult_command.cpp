#include <fmt/format.h>

#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "cli/output_files.hpp"
#include "cli/price_lookup.hpp"
#include "cli/seed_option.hpp"
#include "consult/consultation.hpp"
#include "consult/report.hpp"
#include "core/input_error.hpp"
#include "scenario/consult_prices.hpp"
#include "scenario/intake.hpp"
#include "storage/consultation_records.hpp"
#include "storage/run_store.hpp"

namespace trichosim::cli {
namespace {

struct ConsultArgs {
  std::string intake;
  SeedOption seed;
  std::string prices;
  std::string out = "out/consult";
  std::string db;
  bool quiet = false;
};

void run_consult_command(const ConsultArgs& a) {
  // Validate every input before any work or any file is written.
  const std::optional<std::uint64_t> seed = checked_seed(a.seed);
  const scenario::Intake intake = scenario::load_intake(a.intake);
  consult::ConsultationOptions options;
  std::string note;
  options.prices = find_consult_prices(a.prices, note);
  options.seed = seed;
  const consult::Consultation c = consult::run_consultation(intake, Parameters{}, options);

  const nlohmann::json record = consult::consultation_to_json(c);
  const std::filesystem::path out(a.out);
  write_file_atomically(out / "consultation.json", record.dump(2) + "\n");
  write_file_atomically(out / "patient_summary.txt", consult::patient_summary(c));
  write_file_atomically(out / "clinical_summary.txt", consult::clinical_summary(c));
  write_file_atomically(out / "options.csv", consult::options_csv(c));
  const std::filesystem::path db = a.db.empty() ? out / "trichosim.db" : std::filesystem::path(a.db);
  storage::RunStore store(db);
  const std::int64_t id = store.save_consultation(storage::consultation_record(c, record.dump()));
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
  cmd->add_option("--prices", args->prices, "Price table (default data/consult_prices.toml)");
  cmd->add_option("--out", args->out, "Output folder")->capture_default_str();
  cmd->add_option("--db", args->db, "SQLite database (default OUT/trichosim.db)");
  cmd->add_flag("--quiet", args->quiet, "Print only where the outputs went");
  cmd->callback([args] { run_consult_command(*args); });
}

}  // namespace trichosim::cli
