#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <filesystem>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/output_files.hpp"
#include "core/input_error.hpp"
#include "scenario/calibration_spec.hpp"
#include "scenario/parameter_override.hpp"
#include "scenario/scenario.hpp"
#include "scenario/validation_case.hpp"
#include "validate/calibration.hpp"
#include "validate/case_runner.hpp"
#include "validate/registry_writer.hpp"
#include "validate/report.hpp"

namespace trichosim::cli {
namespace {

struct CalibrateArgs {
  std::string spec = "data/calibration.toml";
  std::string folder = "data/validation";
  std::string registry = "data/parameters.toml";
  bool write = false;
  bool explore = false;
  int threads = 0;
  int noise_seeds = 0;
  std::size_t patients_scale = 0;  // 0: the calibration file's
  std::vector<std::string> set;
};

std::vector<scenario::ValidationCase> load_cases(const std::string& folder, const std::vector<std::string>& ids) {
  std::vector<scenario::ValidationCase> out;
  out.reserve(ids.size());
  for (const auto& id : ids) {
    out.push_back(scenario::load_validation_case(std::filesystem::path(folder) / (id + ".toml")));
  }
  return out;
}

void run_calibrate_command(const CalibrateArgs& a) {
  if (a.explore && a.write) {
    throw InputError(
        "--explore with --write: an exploration may free entries not marked fitted, so its values are printed and "
        "never written; drop one of the two");
  }
  scenario::CalibrationSpec spec = scenario::load_calibration_spec(
      a.spec, a.explore ? scenario::FreeEntries::Any : scenario::FreeEntries::FittedOnly);
  if (a.patients_scale > 0) {
    spec.patients_scale = a.patients_scale;  // the command line over the file
  }
  const auto fit = load_cases(a.folder, spec.fit);
  const auto held_out = load_cases(a.folder, spec.held_out);
  const std::string registry_text = scenario::read_text_file(a.registry, 1U << 22U);
  validate::CaseOptions options;
  options.threads = a.threads > 0 ? a.threads : default_thread_count();
  options.parameter_values = scenario::parse_parameter_assignments(a.set);
  validate::check_parameter_values(fit, options);
  validate::check_parameter_values(held_out, options);
  std::cout << fmt::format(
      "calibration '{}': {} parameter(s), fit to {} case(s), {} held out; {} (at most {} "
      "evaluations); {} times the cases' patients{}\n",
      spec.name, spec.parameters.size(), fit.size(), held_out.size(), spec.algorithm, spec.max_evaluations,
      spec.patients_scale, a.explore ? "; an exploration (--explore): nothing is written" : "");
  const validate::CalibrationResult r = validate::calibrate(
      spec, fit, held_out, options,
      [](int k, double v) { std::cerr << fmt::format("  evaluation {:>3}: objective {:.4g}\n", k, v); }, a.noise_seeds);
  std::cout << fmt::format(
      "\nobjective (sum of squared misfits in spreads): {:.4g} at start -> {:.4g} fitted; "
      "{} evaluations; {}\n",
      r.start_objective, r.objective, r.evaluations, r.status);
  const bool seeded = !r.seed_objectives.empty();
  if (seeded) {
    std::cout << fmt::format(
        "objective at the fitted values on {} seeds (offsets 0-{}): {:.4g}; robust SD (1.4826 x median absolute "
        "deviation) {:.3g}: a move of less than twice it is within the sample's noise\n",
        r.seed_objectives.size(), r.seed_objectives.size() - 1, fmt::join(r.seed_objectives, ", "), r.seed_spread());
  }
  std::cout << fmt::format("{:<48} {:>10} {:>10} {:>22}{}\n", "parameter", "start", "fitted", "objective at -5% / +5%",
                           seeded ? "  beyond noise" : "");
  for (std::size_t i = 0; i < r.keys.size(); ++i) {
    std::cout << fmt::format("{:<48} {:>10.4g} {:>10.4g} {:>10.4g} / {:<10.4g}{}\n", r.keys[i], r.start[i], r.fitted[i],
                             r.sensitivity[i].first, r.sensitivity[i].second,
                             seeded ? (r.beyond_noise(i) ? "  yes" : "  no") : "");
  }
  std::cout << "\nFitted targets (at the fitted values):\n" << validate::format_validation_table(r.fit_results);
  std::cout << "\nHeld-out targets (validation, not used by the fit):\n"
            << validate::format_validation_table(r.held_out_results);
  if (a.write) {
    std::vector<std::pair<std::string, double>> values;
    for (std::size_t i = 0; i < r.keys.size(); ++i) {
      values.emplace_back(r.keys[i], r.fitted[i]);
    }
    std::string cases;
    for (const auto& id : spec.fit) {
      cases += (cases.empty() ? "" : ", ") + id;
    }
    std::string note = fmt::format("trichosim calibrate ({}) to {}, objective {:.3g}", spec.name, cases, r.objective);
    if (spec.patients_scale != 1) {
      note += fmt::format(" at {} times their patients", spec.patients_scale);
    }
    if (seeded) {
      note += fmt::format(" (robust SD {:.2g} over {} seeds)", r.seed_spread(), r.seed_objectives.size());
    }
    write_file_atomically(a.registry, validate::with_fitted_values(registry_text, values, note));
    std::cout << "\nwrote fitted values to " << a.registry
              << "; rebuild (the registry is compiled in) and run scripts/generate_registry.py for docs\n";
  }
}

}  // namespace

void add_calibrate_command(CLI::App& app) {
  auto args = std::make_shared<CalibrateArgs>();
  CLI::App* cmd = app.add_subcommand("calibrate", "Fit registry parameters marked fitted to validation cases");
  cmd->footer(
      "Example:\n  trichosim calibrate data/calibration.toml --write\n"
      "Fits with NLopt (BOBYQA or Nelder-Mead), prints the objective, the fitted values and their sensitivity,\n"
      "and reports the held-out cases separately. --write puts the values into data/parameters.toml.");
  cmd->add_option("spec", args->spec, "Calibration file (TOML)")->capture_default_str();
  cmd->add_option("--folder", args->folder, "Folder of validation cases")->capture_default_str();
  cmd->add_option("--registry", args->registry, "Registry file to update with --write")->capture_default_str();
  cmd->add_flag("--write", args->write, "Write the fitted values back to the registry");
  cmd->add_flag("--explore", args->explore,
                "Let the fit free any registry entry, not only those marked fitted (an experiment: the values are "
                "printed, never written; refused with --write)");
  cmd->add_option("--set", args->set,
                  "Hold a registry value at KEY=VALUE during the fit (repeatable; e.g. values another calibration "
                  "just wrote, before a rebuild); a fitted parameter named here starts from VALUE")
      ->allow_extra_args(false);
  cmd->add_option("--noise-seeds", args->noise_seeds,
                  "Also run the fit cases at the fitted values on K other seeds and mark which sensitivities exceed "
                  "twice the objective's robust SD over the seeds")
      ->check(CLI::Range(0, validate::kMaxNoiseSeeds))
      ->capture_default_str();
  cmd->add_option("--patients-scale", args->patients_scale,
                  "Run every case with K times its arms' N (default: the file's patients_scale, else 1)")
      ->check(CLI::Range(std::size_t{1}, scenario::kMaxPatientsScale));
  cmd->add_option("--threads", args->threads, "Patients simulated in parallel (0 = all cores)")
      ->check(CLI::Range(0, 1024))
      ->capture_default_str();
  cmd->callback([args] { run_calibrate_command(*args); });
}

}  // namespace trichosim::cli
