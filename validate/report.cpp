#include "validate/report.hpp"

#include <fmt/format.h>

#include <nlohmann/json.hpp>
#include <stdexcept>

namespace trichosim::validate {
namespace {

std::string published_text(const TargetResult& t) {
  return fmt::format("{:g} ± {:g} {}", t.published, t.spread, t.unit);
}
std::string simulated_text(const TargetResult& t) {
  if (!t.runnable) {
    return "—";
  }
  return t.simulated ? fmt::format("{:.4g} {}", *t.simulated, t.unit) : std::string("n/a");
}
std::string verdict(const TargetResult& t) {
  if (!t.runnable) {
    return t.reason;
  }
  return t.within() ? "yes" : "NO";
}

// On how many of the other seeds' runs target ti of case ci was within.
std::size_t within_on_other_seeds(const std::vector<std::vector<CaseResult>>& other_seeds, std::size_t ci,
                                  std::size_t ti) {
  std::size_t within = 0;
  for (const auto& other : other_seeds) {
    within += ti < other[ci].targets.size() && other[ci].targets[ti].within() ? 1U : 0U;
  }
  return within;
}

void check_same_cases(const std::vector<CaseResult>& results, const std::vector<std::vector<CaseResult>>& other_seeds,
                      const char* caller) {
  for (const auto& other : other_seeds) {
    if (other.size() != results.size()) {
      throw std::invalid_argument(std::string(caller) + ": other_seeds must hold the same cases as results");
    }
  }
}

}  // namespace

Tally tally(const std::vector<CaseResult>& results) {
  Tally t;
  for (const auto& c : results) {
    for (const auto& r : c.targets) {
      ++t.endpoints;
      t.runnable += r.runnable ? 1U : 0U;
      t.within += r.within() ? 1U : 0U;
    }
  }
  return t;
}

std::string format_validation_table(const std::vector<CaseResult>& results) {
  std::string out = fmt::format("{:<26} {:<44} {:>24} {:>12} {:>16} {:>6}  {}\n", "study", "endpoint",
                                "published ± spread", "N", "simulated", "sim N", "within");
  for (const auto& c : results) {
    for (const auto& t : c.targets) {
      out += fmt::format("{:<26} {:<44} {:>24} {:>12} {:>16} {:>6}  {}\n", t.study.substr(0, 26), t.label.substr(0, 44),
                         published_text(t), t.published_n.substr(0, 12), simulated_text(t),
                         t.runnable ? std::to_string(t.simulated_n) : std::string("—"), verdict(t));
    }
  }
  const Tally n = tally(results);
  out += fmt::format(
      "\n{} endpoints in {} cases: {} runnable with this build, {} within the published spread "
      "({:.0f} % of runnable, {:.0f} % of all).\n",
      n.endpoints, results.size(), n.runnable, n.within,
      n.runnable > 0 ? 100.0 * static_cast<double>(n.within) / static_cast<double>(n.runnable) : 0.0,
      n.endpoints > 0 ? 100.0 * static_cast<double>(n.within) / static_cast<double>(n.endpoints) : 0.0);
  return out;
}

nlohmann::json validation_to_json(const std::vector<CaseResult>& results,
                                  const std::vector<std::vector<CaseResult>>& other_seeds) {
  check_same_cases(results, other_seeds, "validation_to_json");
  nlohmann::json out = nlohmann::json::array();
  for (std::size_t ci = 0; ci < results.size(); ++ci) {
    const CaseResult& c = results[ci];
    for (std::size_t ti = 0; ti < c.targets.size(); ++ti) {
      const TargetResult& t = c.targets[ti];
      nlohmann::json j = {{"study", t.study},
                          {"case", t.case_id},
                          {"endpoint", t.endpoint},
                          {"label", t.label},
                          {"statistic", t.statistic},
                          {"unit", t.unit},
                          {"published", t.published},
                          {"spread", t.spread},
                          {"spread_note", t.spread_note},
                          {"published_n", t.published_n},
                          {"simulated", nullptr},
                          {"simulated_n", t.simulated_n},
                          {"within", nullptr},
                          {"runnable", t.runnable},
                          {"reason", t.reason}};
      if (t.simulated) {
        j["simulated"] = *t.simulated;
      }
      if (t.runnable) {
        j["within"] = t.within();
      }
      if (!other_seeds.empty()) {
        j["other_seeds"] = other_seeds.size();
        j["within_other_seeds"] = t.runnable ? nlohmann::json(within_on_other_seeds(other_seeds, ci, ti)) : nullptr;
      }
      out.push_back(j);
    }
  }
  return out;
}

std::string validation_markdown(const std::vector<CaseResult>& results, const ValidationRun& run) {
  const std::size_t others = run.other_seeds.size();
  check_same_cases(results, run.other_seeds, "validation_markdown");
  const Tally n = tally(results);
  std::string command = "trichosim validate --write-docs docs/validation.md";
  if (run.seed_offset != 0) {
    command += fmt::format(" --seed-offset {}", run.seed_offset);
  }
  if (run.patients_scale != 1) {
    command += fmt::format(" --patients-scale {}", run.patients_scale);
  }
  if (others > 0) {
    command += fmt::format(" --other-seeds {}", others);
  }
  std::string md =
      "# Validation: trichosim against published studies\n\n"
      "Generated by `" +
      command +
      "` — do not edit by hand. Each case in\n"
      "`data/validation/*.toml` is one published study: its design as a virtual trial (population, screening,\n"
      "arms, visits, instrument and site) and its published numbers with citation. A target is **within** when\n"
      "|simulated − published| ≤ spread; the spread is the published SD/SE/CI where the paper gives one, otherwise\n"
      "a stated tolerance (see each row's note). Misses are reported as misses, never tuned away.\n\n";
  md += fmt::format(
      "**Headline: {} endpoints in {} cases; {} runnable with this build; {} within the published spread "
      "({:.0f} % of runnable, {:.0f} % of all).** Run time {:.0f} s on {} thread(s).\n\n",
      n.endpoints, results.size(), n.runnable, n.within,
      n.runnable > 0 ? 100.0 * static_cast<double>(n.within) / static_cast<double>(n.runnable) : 0.0,
      n.endpoints > 0 ? 100.0 * static_cast<double>(n.within) / static_cast<double>(n.endpoints) : 0.0, run.seconds,
      run.threads);
  if (run.seed_offset != 0) {
    md += fmt::format("**Seeds: every case's own seed + {} (`--seed-offset {}`), not the cases as written.**\n\n",
                      run.seed_offset, run.seed_offset);
  }
  if (run.patients_scale != 1) {
    md += fmt::format(
        "**Patients: {} times every arm's N (`--patients-scale {}`), not the cases as written**: the estimates carry "
        "less of one sample's noise, so the count says more about the model and less about the seeds.\n\n",
        run.patients_scale, run.patients_scale);
  }
  if (others > 0) {
    std::string counts;
    for (const auto& other : run.other_seeds) {
      counts += fmt::format("{}{}", counts.empty() ? "" : ", ", tally(other).within);
    }
    md += fmt::format(
        "**On {} other seeds (the same cases on other virtual patients, offsets {}-{}): {} within.** {}The column "
        "*other seeds* gives, per target, on how many of them it was within.\n\n",
        others, run.seed_offset + 1, run.seed_offset + others, counts,
        run.seed_offset == 0
            ? "The headline's seeds are the ones the calibrations were fitted on, so it tends to sit high among them. "
            : "");
  }
  md +=
      "Targets marked *not runnable yet* need an event type (treat/) or an instrument (measure/) that this build does "
      "not have; they light up when those land and are not counted as passes. Prevalence uses the density proxies "
      "of `cohort/stage_proxy.hpp` (Norwood ≥ III, Ludwig ≥ I), on which the liability mapping was calibrated; "
      "measure's classifier (the instruments `norwood3`, `ludwig1`) needs most of the scalp simulated and is "
      "compared with them in docs/trials.md. "
      "Cases run in target-area mode (a sampled share of follicular units, `design.sample_fraction`), with modest "
      "N stated per case.\n\n";
  for (std::size_t ci = 0; ci < results.size(); ++ci) {
    const CaseResult& c = results[ci];
    md += fmt::format("## {}\n\n{} — {}. Simulated: {} patients ({} screened), {:.1f} s.\n\n", c.study, c.citation,
                      c.reference, c.patients, c.screened, c.seconds);
    const bool other_column = others > 0;
    md += fmt::format("| endpoint | published ± spread | N | simulated | sim N | within |{} spread basis |\n",
                      other_column ? " other seeds |" : "");
    md += fmt::format("|---|---|---|---|---|---|{}---|\n", other_column ? "---|" : "");
    for (std::size_t ti = 0; ti < c.targets.size(); ++ti) {
      const TargetResult& t = c.targets[ti];
      std::string other_cell;
      if (other_column) {
        other_cell = t.runnable ? fmt::format(" {}/{} |", within_on_other_seeds(run.other_seeds, ci, ti), others)
                                : std::string(" — |");
      }
      md += fmt::format("| {} | {} | {} | {} | {} | {} |{} {} |\n", t.label, published_text(t), t.published_n,
                        simulated_text(t), t.runnable ? std::to_string(t.simulated_n) : std::string("—"), verdict(t),
                        other_cell, t.spread_note);
    }
    md += "\n";
  }
  return md;
}

}  // namespace trichosim::validate
