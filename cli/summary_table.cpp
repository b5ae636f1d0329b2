#include "cli/summary_table.hpp"

#include <fmt/format.h>

namespace trichosim::cli {
namespace {

std::string stage_line(const measure::Stage& s) {
  std::string regions;
  for (Region r : s.deciding) {
    regions += (regions.empty() ? "" : ", ") + std::string(region_name(r));
  }
  return fmt::format("{} {} (decided by {}: {})", s.scale, s.label, regions, s.reason);
}

std::string assessment_lines(const measure::Assessment& a, Sex sex) {
  std::string out = "  stage: " + stage_line(a.primary(sex)) + "\n";
  if (sex == Sex::Female) {
    out += "         " + stage_line(a.sinclair) + "\n";
  }
  std::string symptoms;
  for (const auto& s : a.symptoms) {
    symptoms += fmt::format("{}{} {:.1f} {}", symptoms.empty() ? "" : "; ", s.key, s.value, s.unit);
  }
  return out + "  symptoms: " + symptoms + "\n";
}

}  // namespace

std::string format_forecast_summary(const app::ForecastResult& r) {
  const auto& p = r.scenario.person;
  std::string out = fmt::format(
      "{}\n{} {}, age {:.0f}, {}, predisposition {:.2f}; seed {}; {} follicles; engine {:.3f} s ({} events)\n",
      r.scenario.name, kEthnicityNames[static_cast<std::size_t>(p.ethnicity)],
      kSexNames[static_cast<std::size_t>(p.sex)], p.age_years, r.scenario.source, p.predisposition, r.info.seed,
      r.info.follicles, r.info.engine_seconds, r.info.events);
  for (std::size_t i = 0; i < r.observations.size(); ++i) {
    const auto& o = r.observations[i];
    out += fmt::format("\nyear {:.1f} (age {:.1f})\n", o.day / kDaysPerYear, o.age_years);
    if (i < r.assessments.size()) {
      out += assessment_lines(r.assessments[i], p.sex);
    }
    out += fmt::format("  {:<17}{:>9}{:>10}{:>8}{:>8}{:>9}{:>9}{:>10}\n", "region", "hairs/cm2", "terminal", "vellus",
                       "T:V", "diam um", "anagen%", "shed/day");
    for (std::size_t k = 0; k <= kRegionCount; ++k) {
      const auto& s = o.regions[k];
      const std::string name = k < kRegionCount ? std::string(kRegionNames[k]) : std::string("whole scalp");
      const std::string ratio = s.vellus_per_cm2 > 0.0
                                    ? fmt::format("{:.1f}", (s.density_per_cm2 - s.vellus_per_cm2) / s.vellus_per_cm2)
                                    : std::string("-");
      out += fmt::format("  {:<17}{:>9.1f}{:>10.1f}{:>8.1f}{:>8}{:>9.1f}{:>9.1f}{:>10.1f}\n", name, s.density_per_cm2,
                         s.terminal_per_cm2, s.vellus_per_cm2, ratio, s.mean_diameter_um, s.anagen_percent,
                         s.shed_per_day);
    }
  }
  if (!r.assessments.empty()) {
    out += fmt::format("\nat year {:.1f}:\n", r.observations.back().day / kDaysPerYear);
    for (const auto& s : r.assessments.back().symptoms) {
      out += "  " + s.text + "\n";
    }
  }
  out += fmt::format(
      "\nterminal: shafts >= {} um; vellus: < {} um; T:V = non-vellus : vellus. Decision support, not a diagnosis.\n",
      r.scenario.parameters[Param::shaft_terminal_min_diameter_um],
      r.scenario.parameters[Param::shaft_vellus_max_diameter_um]);
  return out;
}

}  // namespace trichosim::cli
