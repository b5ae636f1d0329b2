#include <fmt/format.h>

#include <chrono>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "cli/output_files.hpp"
#include "cli/progress_bar.hpp"
#include "core/input_error.hpp"
#include "render/validation_report.hpp"
#include "scenario/parameter_override.hpp"
#include "scenario/validation_case.hpp"
#include "validate/case_runner.hpp"
#include "validate/report.hpp"

namespace trichosim::cli {
namespace {

struct ValidateArgs {
  std::vector<std::string> cases;
  std::string folder = "data/validation";
  bool json = false;
  std::string write_docs;
  std::string report;
  int threads = 0;
  std::uint64_t seed_offset = 0;
  std::size_t patients_scale = 1;
  int other_seeds = 0;
  std::vector<std::string> set;
};

// Runs every case with a progress bar named `label`.
std::vector<validate::CaseResult> run_with_progress(const std::vector<scenario::ValidationCase>& cases,
                                                    const validate::CaseOptions& options, const std::string& label) {
  ProgressBar bar(label);
  return validate::run_cases(cases, options, [&bar](double f) { bar.update(f); });
}

void run_validate_command(const ValidateArgs& a) {
  // Parse every case first: a broken file stops the run before any simulation.
  std::vector<std::filesystem::path> files;
  if (a.cases.empty()) {
    files = scenario::list_validation_cases(a.folder);
  } else {
    files.assign(a.cases.begin(), a.cases.end());
  }
  validate::CaseOptions options;
  options.parameter_values = scenario::parse_parameter_assignments(a.set);
  options.seed_offset = a.seed_offset;
  options.patients_scale = a.patients_scale;
  std::vector<scenario::ValidationCase> cases;
  cases.reserve(files.size());
  for (const auto& f : files) {
    cases.push_back(scenario::load_validation_case(f));
  }
  validate::check_parameter_values(cases, options);
  if (a.other_seeds > 0 && a.write_docs.empty() && !a.json && a.report.empty()) {
    throw InputError(fmt::format(
        "--other-seeds = {}: needs --write-docs, --json or --report, where the other seeds' counts go", a.other_seeds));
  }
  options.threads = a.threads > 0 ? a.threads : default_thread_count();
  const auto t0 = std::chrono::steady_clock::now();
  const std::vector<validate::CaseResult> results = run_with_progress(cases, options, "validate");
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  validate::ValidationRun run{seconds, options.threads, a.seed_offset, a.patients_scale, {}};
  for (int k = 1; k <= a.other_seeds; ++k) {
    validate::CaseOptions reseeded = options;
    reseeded.seed_offset += static_cast<std::uint64_t>(k);
    run.other_seeds.push_back(run_with_progress(cases, reseeded, fmt::format("seed +{}", reseeded.seed_offset)));
  }
  const nlohmann::json rows = validate::validation_to_json(results, run.other_seeds);
  if (a.json) {
    std::cout << rows.dump(2) << "\n";
  } else {
    std::cout << validate::format_validation_table(results);
    std::cout << fmt::format("{:.1f} s on {} thread(s)\n", seconds, options.threads);
    if (a.seed_offset != 0) {
      std::cout << fmt::format("seeds: every case's own + {} (not the cases as written)\n", a.seed_offset);
    }
    if (a.patients_scale != 1) {
      std::cout << fmt::format("patients: {} times every arm's N (not the cases as written)\n", a.patients_scale);
    }
    for (std::size_t k = 0; k < run.other_seeds.size(); ++k) {
      std::cout << fmt::format("seed offset {}: {} within\n", a.seed_offset + k + 1,
                               validate::tally(run.other_seeds[k]).within);
    }
  }
  if (!a.report.empty()) {
    write_file_atomically(a.report, render::validation_report_html(rows));
    if (!a.json) {
      std::cout << "wrote " << a.report << "\n";
    }
  }
  if (!a.write_docs.empty()) {
    write_file_atomically(a.write_docs, validate::validation_markdown(results, run));
    if (!a.json) {
      std::cout << "wrote " << a.write_docs << "\n";
    }
  }
}

}  // namespace

void add_validate_command(CLI::App& app) {
  auto args = std::make_shared<ValidateArgs>();
  CLI::App* cmd = app.add_subcommand("validate", "Run the published-study validation cases and compare");
  cmd->footer(
      "Examples:\n  trichosim validate                       all cases in data/validation\n"
      "  trichosim validate data/validation/kaufman_1998.toml --json\n"
      "  trichosim validate --write-docs docs/validation.md\n"
      "  trichosim validate data/validation/berger_2003.toml --set minoxidil.size_gain_per_cycle=0.2\n"
      "  trichosim validate --seed-offset 1     the same cases on other virtual patients\n"
      "  trichosim validate --patients-scale 4  the same cases with 4 times the patients\n"
      "A target is within when |simulated - published| <= its spread. Cases needing a treatment or instrument this\n"
      "build lacks are reported as 'not runnable yet (...)', never as passes.");
  cmd->add_option("cases", args->cases, "Case files (default: every *.toml in --folder)");
  cmd->add_option("--folder", args->folder, "Folder of case files")->capture_default_str();
  cmd->add_flag("--json", args->json, "Print one JSON object per endpoint instead of the table");
  cmd->add_option("--write-docs", args->write_docs, "Also write the Markdown report (e.g. docs/validation.md)");
  cmd->add_option("--report", args->report,
                  "Also write the HTML report with the simulated-vs-published scatter (e.g. out/validation.html)");
  cmd->add_option("--set", args->set,
                  "Override a registry value in every case, KEY=VALUE (repeatable; sensitivity checks)")
      ->allow_extra_args(false);
  cmd->add_option("--seed-offset", args->seed_offset,
                  "Added to every case's seed (0 = the cases as written): how much of a result is the sample")
      ->check(CLI::Range(std::uint64_t{0}, scenario::kMaxSeedOffset))
      ->capture_default_str();
  cmd->add_option("--patients-scale", args->patients_scale,
                  "Every arm's N times K (1 = the cases as written): what the model gives with less of the sample's "
                  "noise; run time grows about K-fold")
      ->check(CLI::Range(std::size_t{1}, scenario::kMaxPatientsScale))
      ->capture_default_str();
  cmd->add_option("--other-seeds", args->other_seeds,
                  "Run the cases again on K further seed offsets and say per target on how many it was within (in "
                  "--write-docs, --json and --report)")
      ->check(CLI::Range(0, scenario::kMaxOtherSeeds))
      ->capture_default_str();
  cmd->add_option("--threads", args->threads, "Patients simulated in parallel (0 = all cores)")
      ->check(CLI::Range(0, 1024))
      ->capture_default_str();
  cmd->callback([args] { run_validate_command(*args); });
}

}  // namespace trichosim::cli
