#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>

#include "app/forecast.hpp"
#include "cli/commands.hpp"
#include "cli/output_files.hpp"
#include "cli/progress_bar.hpp"
#include "cli/seed_option.hpp"
#include "cli/summary_table.hpp"
#include "core/input_error.hpp"
#include "render/forecast_report.hpp"
#include "storage/records.hpp"
#include "storage/run_store.hpp"

namespace trichosim::cli {
namespace {

struct ForecastArgs {
  std::string scenario;
  std::optional<double> years;
  SeedOption seed;
  std::string out = "out/forecast";
  std::string db;
  int threads = 0;
  bool quiet = false;
  bool no_report = false;
  double cut_length_mm = render::ScalpStyle{}.cut_length_mm;
  std::string hair_colour = render::to_hex(render::ScalpStyle{}.hair_colour);
  std::string skin_tone = render::to_hex(render::ScalpStyle{}.skin_tone);
};

void run_forecast_command(const ForecastArgs& a) {
  // Validate everything before any work or any file is written.
  const std::optional<std::uint64_t> seed = checked_seed(a.seed);
  scenario::Scenario s = scenario::load_scenario(a.scenario);
  app::ForecastOptions options;
  options.threads = a.threads > 0 ? a.threads : default_thread_count();
  options.seed = seed;
  options.years = a.years;
  app::apply_overrides(s, options);
  app::build_interventions(s);
  options.seed.reset();
  options.years.reset();
  // Pictures need the live follicles, so they are rendered at each observation; the hairline view and the
  // close-ups only at the first and last.
  std::optional<render::ReportRecorder> recorder;
  if (!a.no_report) {
    if (!(a.cut_length_mm > 0.0 && a.cut_length_mm <= 1000.0)) {
      throw InputError(fmt::format("--cut-length-mm = {}: allowed range is above 0 up to 1000 (mm)", a.cut_length_mm));
    }
    render::ReportOptions report;
    report.style.cut_length_mm = a.cut_length_mm;
    report.style.hair_colour = render::parse_hex_colour(a.hair_colour, "--hair-colour");
    report.style.skin_tone = render::parse_hex_colour(a.skin_tone, "--skin-tone");
    report.trichoscopy.scalp = report.style;
    recorder.emplace(report,
                     std::vector<Day>{years_to_days(s.observe_years.front()), years_to_days(s.observe_years.back())});
    options.on_observation = [&recorder](const Simulation& sim, Day day) { recorder->observe(sim, day); };
  }

  // Then make sure the outputs can be written, before the run (which may take minutes): the output folder is
  // writable and the database opens as a trichosim run database. On any failure nothing is left behind.
  const std::filesystem::path out(a.out);
  const std::filesystem::path db = a.db.empty() ? out / "trichosim.db" : std::filesystem::path(a.db);
  const bool db_existed = std::filesystem::exists(db);
  const bool out_created = prepare_output_folder(out, "--out");
  std::optional<storage::RunStore> store;
  try {
    if (db.has_parent_path()) {
      prepare_output_folder(db.parent_path(), "--db folder");
    }
    store.emplace(db);
  } catch (const InputError&) {
    if (!db_existed) {
      std::error_code ec;
      std::filesystem::remove(db, ec);
    }
    if (out_created) {
      remove_if_empty(out);
    }
    throw;
  }

  ProgressBar bar("forecast");
  options.progress = [&bar](double f) { bar.update(f); };
  const app::ForecastResult result = app::run_forecast(std::move(s), options);

  // The run goes into the database in one transaction first; the files follow.
  const std::int64_t id = store->save_forecast(result);
  write_file_atomically(out / "forecast.json", storage::forecast_to_json(result).dump(2) + "\n");
  write_file_atomically(out / "observations.csv", storage::forecast_to_csv(result));
  if (!a.quiet) {
    std::cout << format_forecast_summary(result);
  }
  std::cout << fmt::format("\nwrote {}/forecast.json, {}/observations.csv; stored as run {} in {}\n", out.string(),
                           out.string(), id, db.string());
  if (recorder) {
    write_file_atomically(out / "report.html", render::forecast_report_html(result, *recorder));
    std::cout << fmt::format("wrote {}/report.html\n", out.string());
  }
}

}  // namespace

void add_forecast_command(CLI::App& app) {
  auto args = std::make_shared<ForecastArgs>();
  CLI::App* cmd = app.add_subcommand("forecast", "Simulate one person's scalp for years and summarise it");
  cmd->footer(
      "Example:\n  trichosim forecast examples/man_25_strong_family_history.toml --years 20 --out out/man\n"
      "Writes OUT/forecast.json, OUT/observations.csv, OUT/report.html and stores the run in OUT/trichosim.db\n"
      "(or --db).");
  cmd->add_option("scenario", args->scenario, "Scenario file (TOML, docs/formats.md)")->required();
  cmd->add_option("--years", args->years, "Horizon in years, overriding the scenario (0-80]");
  cmd->add_option("--seed", args->seed, "Seed, overriding the scenario's");
  cmd->add_option("--out", args->out, "Output folder")->capture_default_str();
  cmd->add_option("--db", args->db, "SQLite database (default OUT/trichosim.db)");
  cmd->add_option("--threads", args->threads, "Worker threads (0 = all cores); results do not depend on it")
      ->check(CLI::Range(0, 1024))
      ->capture_default_str();
  cmd->add_flag("--quiet", args->quiet, "Print only where the outputs went");
  cmd->add_flag("--no-report", args->no_report, "Skip OUT/report.html (pictures, plots, tables; on by default)");
  cmd->add_option("--cut-length-mm", args->cut_length_mm, "Hair length drawn in the report's pictures (0-1000]")
      ->capture_default_str();
  cmd->add_option("--hair-colour", args->hair_colour, "Hair colour in the pictures, #rrggbb")->capture_default_str();
  cmd->add_option("--skin-tone", args->skin_tone, "Skin tone in the pictures, #rrggbb")->capture_default_str();
  cmd->callback([args] { run_forecast_command(*args); });
}

}  // namespace trichosim::cli
