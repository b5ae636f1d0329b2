#include "consult/report.hpp"

#include <fmt/format.h>

#include <cmath>
#include <nlohmann/json.hpp>
#include <sstream>

namespace trichosim::consult {
namespace {

std::string pct(double p) { return fmt::format("{:.0f} %", 100.0 * p); }

/// "today", "N months ago" or, for a planned day (negative `years_ago`), "in N months".
std::string ago_text(double years_ago) {
  constexpr double kMonthsPerYear = 12.0;
  const double months = std::round(std::abs(years_ago) * kMonthsPerYear);
  const std::string unit = months == 1.0 ? "month" : "months";
  if (months <= 0.0) {
    return years_ago == 0.0 ? "today" : "this month";
  }
  return years_ago < 0.0 ? fmt::format("in {:.0f} {}", months, unit) : fmt::format("{:.0f} {} ago", months, unit);
}

std::string band_text(const Band& b) { return fmt::format("{:.0f} ({:.0f}-{:.0f})", b.median, b.lower, b.upper); }

std::string site_text(const Consultation& c) {
  return fmt::format("{} hairs/cm2 at the {}", c.twin.kind == scenario::CountKind::Terminal ? "terminal" : "all",
                     region_name(c.twin.site));
}

}  // namespace

std::string patient_summary(const Consultation& c) {
  std::ostringstream os;
  const auto& d = c.differential;
  os << "YOUR CONSULTATION SUMMARY - " << c.intake.name << "\n" << kDisclaimer << "\n\n";
  if (!d.red_flags.empty()) {
    os << "Please see a dermatologist soon, because of:\n";
    for (const auto& f : d.red_flags) {
      os << "  - " << f.because << "\n";
    }
    os << "\n";
  }
  os << "Most likely: " << condition_label(d.top().condition) << " (" << pct(d.top().probability) << ").\n";
  for (std::size_t i = 1; i < d.scores.size() && i < 3; ++i) {
    if (d.scores[i].probability >= 0.2) {
      os << "Also possible: " << condition_label(d.scores[i].condition) << " (" << pct(d.scores[i].probability)
         << ").\n";
    }
  }
  os << fmt::format("How sure: {} of the helpful questions were answered.\n", pct(d.confidence));
  if (!d.missing.empty()) {
    os << "It would help to know: ";
    for (std::size_t i = 0; i < d.missing.size(); ++i) {
      os << (i ? ", " : "") << d.missing[i].field;
    }
    os << ".\n";
  }
  os << "\nWhat the options are expected to do over 5 years (" << site_text(c) << "; middle value and range):\n";
  for (const auto& f : c.regimen.options) {
    os << "  - " << f.option.label << ": ";
    if (f.status == ForecastStatus::Simulated) {
      os << band_text(f.density.back());
    } else {
      os << f.status_note;
    }
    if (f.cost.back() > 0.0) {
      os << fmt::format("; about {:.0f} {} over 5 years", f.cost.back(), c.regimen.currency);
    }
    os << "\n";
    for (const auto& caution : f.option.cautions) {
      os << "      " << caution << "\n";
    }
  }
  if (!c.regimen.excluded.empty()) {
    os << "\nNot suitable for you now:\n";
    for (const auto& e : c.regimen.excluded) {
      os << "  - " << e.label << ": " << e.reason << "\n";
    }
  }
  os << "\n" << kDisclaimer << "\n";
  return os.str();
}

std::string clinical_summary(const Consultation& c) {
  std::ostringstream os;
  const auto& d = c.differential;
  const auto& in = c.intake;
  os << "CLINICAL SUMMARY - " << in.name << " (" << kSexNames[static_cast<std::size_t>(in.sex)] << ", " << in.age_years
     << " y)\n"
     << kDisclaimer << "\n\n";
  os << "Red flags: " << (d.red_flags.empty() ? "none" : "") << "\n";
  for (const auto& f : d.red_flags) {
    os << "  ! " << kRedFlagIds[static_cast<std::size_t>(f.flag)] << ": " << f.because << "\n";
  }
  os << fmt::format("\nDifferential (log-odds scoring, docs/consultation.md); data completeness {}\n",
                    pct(d.confidence));
  for (const auto& s : d.scores) {
    os << fmt::format("  {:<42} {:>5}  (log-odds {:+.2f})\n", condition_label(s.condition), pct(s.probability),
                      s.logit);
    for (const auto& t : s.raised) {
      os << fmt::format("      + {:.2f}  {}\n", t.logit, t.what);
    }
    for (const auto& t : s.lowered) {
      os << fmt::format("      - {:.2f}  {}\n", -t.logit, t.what);
    }
  }
  const auto& t = c.twin;
  os << "\nVirtual twin ("
     << (t.from_history ? "fitted to " + std::to_string(in.history.size()) + " earlier measurements by ABC"
                        : "population prior, no history")
     << ")\n";
  os << fmt::format("  predisposition {:.2f} ({:.2f}-{:.2f}); density scale {:.2f} ({:.2f}-{:.2f}); ESS {:.0f}\n",
                    t.predisposition.median, t.predisposition.lower, t.predisposition.upper, t.density_scale.median,
                    t.density_scale.lower, t.density_scale.upper, t.effective_sample_size);
  for (std::size_t y = 0; y < kForecastYears.size(); ++y) {
    os << fmt::format("  natural course +{:.0f} y: {} {} (population {})\n", kForecastYears[y],
                      band_text(t.natural_course[y]), site_text(c), band_text(t.population_course[y]));
  }
  if (t.causes.empty()) {
    os << "  The twin models pattern loss and ageing; it carries no other cause from the intake.\n";
  } else {
    os << "  The twin also carries (natural course and every option):\n";
    for (const auto& cause : t.causes) {
      if (cause.one_off) {
        os << fmt::format("    {} {}\n", cause.label, ago_text(cause.start_years_ago));
      } else {
        os << fmt::format("    {} from {}{}\n", cause.label, ago_text(cause.start_years_ago),
                          !cause.stop_years_ago         ? ", ongoing"
                          : *cause.stop_years_ago < 0.0 ? ""  // planned: its label says when
                                                        : " to " + ago_text(*cause.stop_years_ago));
      }
    }
  }
  for (const auto& left : t.causes_left_out) {
    os << "  Not carried: " << left << "\n";
  }
  os << "\nOptions (" << site_text(c) << ", median (10th-90th percentile) over " << t.draws.size()
     << " twin draws; cost in " << c.regimen.currency << ")\n";
  for (const auto& f : c.regimen.options) {
    os << fmt::format("  {:>2} {:<55}", f.rank > 0 ? std::to_string(f.rank) : "-", f.option.label);
    if (f.status == ForecastStatus::Simulated) {
      for (std::size_t y = 0; y < kForecastYears.size(); ++y) {
        os << fmt::format(" +{:.0f}y {}", kForecastYears[y], band_text(f.density[y]));
      }
      os << fmt::format(" | gain 5y {:+.1f} | {} at 5y", f.gain_vs_natural.back().median, f.stage.back());
      if (f.has_visual_density) {
        os << fmt::format(" | visual density 5y {:.1f}/10", f.visual_density.back().median);
      }
    } else {
      os << " " << f.status_note;
    }
    os << fmt::format(" | burden {:.0f}/wk | cost {:.0f}/{:.0f}/{:.0f}", f.option.doses_per_week, f.cost[0], f.cost[1],
                      f.cost[2]);
    if (!f.missing_prices.empty()) {
      os << " (no price for some items)";
    }
    os << "\n";
  }
  for (const auto& e : c.regimen.excluded) {
    os << "   x " << e.label << ": " << e.reason << "\n";
  }
  os << "  Stage at 5 years: the median twin draw's Norwood (men) or Ludwig (women) stage with that option.\n";
  return os.str();
}

std::string options_csv(const Consultation& c) {
  std::ostringstream os;
  os << "option,label,status,rank,years,density_median,density_lower,density_upper,gain_median,cost,doses_per_week\n";
  for (const auto& f : c.regimen.options) {
    for (std::size_t y = 0; y < kForecastYears.size(); ++y) {
      const bool sim = f.status == ForecastStatus::Simulated;
      os << f.option.id << ",\"" << f.option.label << "\"," << kForecastStatusNames[static_cast<std::size_t>(f.status)]
         << ',' << f.rank << ',' << kForecastYears[y] << ',';
      if (sim) {
        os << f.density[y].median << ',' << f.density[y].lower << ',' << f.density[y].upper << ','
           << f.gain_vs_natural[y].median;
      } else {
        os << ",,,";
      }
      os << ',' << f.cost[y] << ',' << f.option.doses_per_week << '\n';
    }
  }
  return os.str();
}

nlohmann::json consultation_to_json(const Consultation& c) {
  using nlohmann::json;
  const auto band = [](const Band& b) { return json{{"lower", b.lower}, {"median", b.median}, {"upper", b.upper}}; };
  json j;
  j["format"] = kConsultationRecordFormat;
  j["disclaimer"] = kDisclaimer;
  j["name"] = c.intake.name;
  j["seed"] = c.intake.seed;
  json scores = json::array();
  for (const auto& s : c.differential.scores) {
    json raised = json::array();
    json lowered = json::array();
    for (const auto& t : s.raised) {
      raised.push_back({{"finding", t.what}, {"weight_key", t.key}, {"logit", t.logit}});
    }
    for (const auto& t : s.lowered) {
      lowered.push_back({{"finding", t.what}, {"weight_key", t.key}, {"logit", t.logit}});
    }
    scores.push_back({{"condition", condition_id(s.condition)},
                      {"probability", s.probability},
                      {"logit", s.logit},
                      {"raised_by", raised},
                      {"lowered_by", lowered}});
  }
  json flags = json::array();
  for (const auto& f : c.differential.red_flags) {
    flags.push_back({{"flag", kRedFlagIds[static_cast<std::size_t>(f.flag)]}, {"because", f.because}});
  }
  json missing = json::array();
  for (const auto& m : c.differential.missing) {
    missing.push_back(m.field);
  }
  j["differential"] = {
      {"scores", scores}, {"red_flags", flags}, {"confidence", c.differential.confidence}, {"missing_fields", missing}};
  const auto& t = c.twin;
  json course = json::array();
  for (std::size_t y = 0; y < kForecastYears.size(); ++y) {
    course.push_back({{"years", kForecastYears[y]},
                      {"twin", band(t.natural_course[y])},
                      {"population", band(t.population_course[y])}});
  }
  json causes = json::array();
  for (const auto& cause : t.causes) {
    causes.push_back({{"id", cause.id},
                      {"label", cause.label},
                      {"event_type", cause.type},
                      {"start_years_ago", cause.start_years_ago},
                      {"one_off", cause.one_off},
                      {"stop_years_ago", cause.stop_years_ago ? json(*cause.stop_years_ago) : json(nullptr)}});
  }
  j["twin"] = {{"from_history", t.from_history},
               {"site", region_name(t.site)},
               {"measure", scenario::kCountKindNames[static_cast<std::size_t>(t.kind)]},
               {"predisposition", band(t.predisposition)},
               {"density_scale", band(t.density_scale)},
               {"effective_sample_size", t.effective_sample_size},
               {"draws", t.draws.size()},
               {"causes", causes},
               {"causes_left_out", t.causes_left_out},
               {"natural_course", course}};
  json options = json::array();
  for (const auto& f : c.regimen.options) {
    json fc = json::array();
    for (std::size_t y = 0; y < kForecastYears.size(); ++y) {
      json row{{"years", kForecastYears[y]}, {"cost", f.cost[y]}};
      if (f.status == ForecastStatus::Simulated) {
        row["density_per_cm2"] = band(f.density[y]);
        row["gain_vs_natural"] = band(f.gain_vs_natural[y]);
        row["stage"] = f.stage[y];
        if (f.has_visual_density) {
          row["visual_density_score"] = band(f.visual_density[y]);
        }
      }
      fc.push_back(row);
    }
    json events = json::array();
    for (const auto& e : f.option.events) {
      events.push_back(e.type());
    }
    options.push_back({{"id", f.option.id},
                       {"label", f.option.label},
                       {"why", f.option.why},
                       {"status", kForecastStatusNames[static_cast<std::size_t>(f.status)]},
                       {"status_note", f.status_note},
                       {"rank", f.rank},
                       {"event_types", events},
                       {"cautions", f.option.cautions},
                       {"doses_per_week", f.option.doses_per_week},
                       {"missing_prices", f.missing_prices},
                       {"forecast", fc}});
  }
  json excluded = json::array();
  for (const auto& e : c.regimen.excluded) {
    excluded.push_back({{"id", e.id}, {"label", e.label}, {"reason", e.reason}});
  }
  j["regimen"] = {{"currency", c.regimen.currency}, {"options", options}, {"excluded", excluded}};
  j["patient_summary"] = patient_summary(c);
  j["clinical_summary"] = clinical_summary(c);
  return j;
}

}  // namespace trichosim::consult
