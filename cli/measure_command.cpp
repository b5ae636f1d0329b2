#include <fmt/format.h>

#include <cmath>
#include <iostream>

#include "app/measurement.hpp"
#include "cli/commands.hpp"
#include "cli/output_files.hpp"
#include "cli/seed_option.hpp"
#include "scenario/scenario.hpp"

namespace trichosim::cli {
namespace {

struct MeasureArgs {
  std::string scenario;
  std::vector<double> years;
  std::vector<std::string> sites;
  SeedOption seed;
  bool exact = false;
  int threads = 0;
};

std::string ratio_text(double r) { return std::isfinite(r) ? fmt::format("{:.1f}:1", r) : std::string("no vellus"); }

std::string site_lines(const measure::SiteReading& r) {
  std::string out =
      fmt::format("  {} (circle r {:.2f} mm, {:.3f} cm2 at x {:.0f}, y {:.0f} mm)\n", measure::site_name(r.site),
                  r.circle.radius_mm, r.circle.area_cm2(), r.circle.centre.x_mm, r.circle.centre.y_mm);
  if (r.count) {
    out += fmt::format("    target-area count: total {:.0f}, non-vellus {:.0f}, terminal {:.0f} ({:.1f} hairs/cm2)\n",
                       r.count->total, r.count->non_vellus, r.count->terminal, r.count->total_per_cm2());
  }
  if (r.phototrichogram) {
    const auto& p = *r.phototrichogram;
    out += fmt::format(
        "    phototrichogram: {:.1f} hairs/cm2, anagen {:.1f}%, telogen {:.1f}%, T:V {} (<30 um) {} (<40 um), mean "
        "diameter {:.1f} um\n",
        p.density_per_cm2, p.anagen_percent, p.telogen_percent, ratio_text(p.tv_ratio_30), ratio_text(p.tv_ratio_40),
        p.mean_diameter_um);
  }
  if (r.hair_mass) {
    out += fmt::format("    hair mass index {:.2f}; hair volume {:.1f} mm3/cm2\n", r.hair_mass->hair_mass_index,
                       r.hair_mass->volume_mm3_per_cm2);
  }
  if (r.biopsy) {
    const auto& b = *r.biopsy;
    out += fmt::format("    biopsy (horizontal sections): terminal {}, vellus {}, telogen {} ({:.1f}%), T:V {}\n",
                       b.terminal, b.vellus, b.telogen, b.telogen_percent, ratio_text(b.tv_ratio));
  }
  if (r.trichoscopy) {
    const auto& t = *r.trichoscopy;
    out += fmt::format(
        "    trichoscopy: {:.1f} hairs/cm2, thin (<30 um) {:.1f}%, diameter diversity (CV) {:.1f}%, mean {:.1f} um, "
        "single-hair units {:.1f}%, yellow dots {:.1f}/cm2\n",
        t.density_per_cm2, 100.0 * t.thin_share, t.diameter_cv_percent, t.mean_diameter_um,
        100.0 * t.single_hair_unit_share, t.yellow_dots_per_cm2);
  }
  return out;
}

std::string report_text(const measure::InstrumentReport& r, const measure::Assessment& a, Sex sex) {
  std::string out = fmt::format("\nyear {:.1f} (age {:.1f})\n", r.day / kDaysPerYear, r.age_years);
  const measure::Stage& stage = a.primary(sex);
  out += fmt::format("  stage: {} {} ({})\n", stage.scale, stage.label, stage.reason);
  for (const auto& s : r.sites) {
    out += site_lines(s);
  }
  if (r.rakowska) {
    const auto& k = *r.rakowska;
    out += fmt::format(
        "  Rakowska frontal:occipital: yellow dots {:.2f}, thin share {:.1f}%, diameter {:.2f}, single-hair units "
        "{:.2f}, vellus {:.2f} -> {} major, {} minor: {}\n",
        k.yellow_dot_ratio, 100.0 * k.frontal_thin_share, k.diameter_ratio, k.single_unit_ratio, k.vellus_ratio,
        k.majors(), k.minors(), k.met() ? "criteria met" : "criteria not met");
  }
  const auto& sh = r.shedding;
  out += fmt::format("  shedding: {:.0f} hairs/day ({:.2f} x the 100/day rule); daily wash {:.0f}; 60-s comb {:.0f}\n",
                     sh.shed_per_day, sh.versus_100_rule, sh.wash_count, sh.comb_60s_count);
  out += "  pull test:";
  for (std::size_t k = 0; k < r.pull_tests.size(); ++k) {
    const auto& p = r.pull_tests[k];
    out += fmt::format(" {} {}/{}{}", region_name(measure::kPullTestRegions[k]), p.extracted, p.grasped,
                       p.positive ? " positive" : "");
  }
  return out + "\n";
}

void run_measure_command(const MeasureArgs& a) {
  const std::optional<std::uint64_t> seed = checked_seed(a.seed);
  scenario::Scenario s = scenario::load_scenario(a.scenario);
  if (seed) {
    s.seed = *seed;
  }
  app::MeasurementRequest request;
  request.years = a.years.empty() ? std::vector<double>{0.0, s.horizon_years} : a.years;
  request.sites = app::parse_sites(a.sites);
  request.with_error = !a.exact;
  request.threads = a.threads > 0 ? a.threads : default_thread_count();
  const app::MeasurementResult result = app::run_measurement(std::move(s), request);
  std::cout << fmt::format("{} — seed {}; reading error {}\n", result.scenario.name, result.scenario.seed,
                           request.with_error ? "on (registry measure.error_*)" : "off (--exact)");
  for (std::size_t i = 0; i < result.reports.size(); ++i) {
    std::cout << report_text(result.reports[i], result.assessments[i], result.scenario.person.sex);
  }
  std::cout << "\nDefinitions and sources: docs/measurement.md. Decision support, not a diagnosis.\n";
}

}  // namespace

void add_measure_command(CLI::App& app) {
  auto args = std::make_shared<MeasureArgs>();
  CLI::App* cmd = app.add_subcommand("measure", "Re-run a scenario and read it with clinical instruments");
  cmd->footer(
      "Example:\n  trichosim measure examples/man_25_strong_family_history.toml --years 0 10 --site "
      "vertex_target_area\n"
      "Runs store no follicle state, so the scenario is simulated again (deterministically) to the requested years.");
  cmd->add_option("scenario", args->scenario, "Scenario file (TOML, docs/formats.md)")->required();
  cmd->add_option("--years", args->years, "Years since the scenario start to measure at (default: 0 and the horizon)");
  cmd->add_option("--site", args->sites, "Named site(s) to read (default: all; see docs/measurement.md)");
  cmd->add_option("--seed", args->seed, "Seed, overriding the scenario's");
  cmd->add_flag("--exact", args->exact, "Switch the instruments' reading error off");
  cmd->add_option("--threads", args->threads, "Worker threads (0 = all cores); results do not depend on it")
      ->check(CLI::Range(0, 1024))
      ->capture_default_str();
  cmd->callback([args] { run_measure_command(*args); });
}

}  // namespace trichosim::cli
