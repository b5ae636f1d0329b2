#include <fmt/format.h>

#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "cli/output_files.hpp"
#include "cli/progress_bar.hpp"
#include "cli/seed_option.hpp"
#include "cli/trial_table.hpp"
#include "distributed/ranks.hpp"
#include "render/trial_report.hpp"
#include "scenario/parameter_override.hpp"
#include "scenario/parameter_rules.hpp"
#include "scenario/trial_spec.hpp"
#include "storage/run_store.hpp"
#include "storage/trial_records.hpp"
#include "trial/analysis.hpp"
#include "trial/runner.hpp"

namespace trichosim::cli {
namespace {

struct TrialArgs {
  std::string spec;
  SeedOption seed;
  std::string out = "out/trial";
  std::string db;
  int threads = 0;
  bool quiet = false;
  std::vector<std::string> set;
};

void run_trial_command(const TrialArgs& a) {
  // Validate everything, including every arm's events, before any work or any file is written.
  const std::optional<std::uint64_t> seed = checked_seed(a.seed);
  trial::TrialDesign design = scenario::load_trial_spec(a.spec);
  if (seed) {
    design.seed = *seed;
  }
  design.parameters.set_all(scenario::parse_parameter_assignments(a.set));
  scenario::check_parameter_rules(design.parameters, "--set");
  // The stored record keeps the spec's text, which lacks command-line overrides: name them with their values.
  for (const auto& assignment : a.set) {
    design.overridden.push_back(assignment + " (--set)");
  }
  trial::check_interventions(design, trial::registry_interventions);
  // Under mpirun every rank gets here; rank 0 alone prints and writes.
  const distributed::Ranks ranks;
  trial::RunOptions options;
  options.threads = a.threads > 0 ? a.threads : default_thread_count();
  ProgressBar bar("trial");
  if (ranks.rank() == 0) {
    options.progress = [&bar](double f) { bar.update(f); };
  }
  const std::optional<trial::StreamedTrial> run = distributed::run_trial_on_ranks(ranks, design, options);
  if (!run) {
    return;
  }
  const std::filesystem::path out(a.out);
  const nlohmann::json record = storage::trial_to_json(design, run->facts, run->analysis);
  write_file_atomically(out / "trial.json", record.dump(2) + "\n");
  write_file_atomically(out / "trial.csv", storage::trial_to_csv(design, run->analysis));
  write_file_atomically(out / "trial_report.html", render::trial_report_html(record));
  const std::filesystem::path db = a.db.empty() ? out / "trichosim.db" : std::filesystem::path(a.db);
  storage::RunStore store(db);
  const std::int64_t id = store.save_trial(design, run->facts, run->analysis);
  if (!a.quiet) {
    std::cout << format_trial_results(design, run->facts, run->analysis);
  }
  std::cout << fmt::format("\nwrote {0}/trial.json, {0}/trial.csv, {0}/trial_report.html; stored as run {1} in {2}\n",
                           out.string(), id, db.string());
}

}  // namespace

void add_trial_command(CLI::App& app) {
  auto args = std::make_shared<TrialArgs>();
  CLI::App* cmd = app.add_subcommand("trial", "Run a virtual clinical trial on a virtual cohort");
  cmd->footer(
      "Example:\n  trichosim trial examples/trials/finasteride_vs_placebo_1y.toml --out out/trial\n"
      "Writes OUT/trial.json, OUT/trial.csv, OUT/trial_report.html and stores the run in OUT/trichosim.db (or --db).\n"
      "Arms share virtual patients and seeds (common random numbers); results do not depend on --threads.\n"
      "With MPI: mpirun -np K trichosim trial SPEC splits the patients across K ranks, same results (docs/scale.md).");
  cmd->add_option("spec", args->spec, "Trial file (TOML, docs/formats.md)")->required();
  cmd->add_option("--seed", args->seed, "Seed, overriding the trial file's");
  cmd->add_option("--out", args->out, "Output folder")->capture_default_str();
  cmd->add_option("--db", args->db, "SQLite database (default OUT/trichosim.db)");
  cmd->add_option("--set", args->set, "Override a registry value, KEY=VALUE (repeatable; stored with the run)")
      ->allow_extra_args(false);
  cmd->add_option("--threads", args->threads, "Patients simulated in parallel (0 = all cores)")
      ->check(CLI::Range(0, 1024))
      ->capture_default_str();
  cmd->add_flag("--quiet", args->quiet, "Print only where the outputs went");
  cmd->callback([args] { run_trial_command(*args); });
}

}  // namespace trichosim::cli
