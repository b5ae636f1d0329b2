#include "cli/trial_table.hpp"

#include <fmt/format.h>

#include <cmath>

#include "trial/endpoints.hpp"

namespace trichosim::cli {
namespace {

// One decimal for numbers of ordinary size, four significant digits for small ones (ratios, fractions).
std::string signed_number(double v, int decimals) {
  if (!std::isfinite(v)) {
    return "-";
  }
  return std::fabs(v) >= 10.0 || v == 0.0 ? fmt::format("{:+.{}f}", v, decimals) : fmt::format("{:+.3g}", v);
}
std::string plain(double v, int decimals) {
  if (!std::isfinite(v)) {
    return "-";
  }
  return std::fabs(v) >= 10.0 || v == 0.0 ? fmt::format("{:.{}f}", v, decimals) : fmt::format("{:.3g}", v);
}
std::string interval(double lo, double hi, int decimals) {
  return std::isfinite(lo) ? fmt::format("[{}, {}]", signed_number(lo, decimals), signed_number(hi, decimals))
                           : std::string("-");
}
std::string p_text(double p) {
  if (!std::isfinite(p)) {
    return "-";
  }
  return p < 0.001 ? std::string("<0.001") : fmt::format("{:.3f}", p);
}

}  // namespace

std::string format_trial_results(const trial::TrialDesign& d, const trial::RunFacts& o, const trial::TrialAnalysis& a) {
  std::string out = fmt::format("Trial: {}\nseed {}; {} patients enrolled of {} screened; {} thread(s){}; {:.1f} s\n",
                                d.name, d.seed, o.enrolled, o.screened, o.threads,
                                o.ranks > 1 ? fmt::format(" x {} MPI ranks", o.ranks) : "", o.seconds);
  for (std::size_t k = 0; k < d.arms.size(); ++k) {
    out += fmt::format("  arm {:<14} randomised {:>6}  adherence {:.0f} %{}\n", d.arms[k].name, d.arms[k].n,
                       100.0 * d.arms[k].adherence, k == d.control_arm ? "  (control)" : "");
  }
  const std::string control = d.arms[d.control_arm].name;
  for (std::size_t e = 0; e < d.endpoints.size(); ++e) {
    const auto& ep = d.endpoints[e];
    const trial::Endpoint* info = trial::find_endpoint(ep.instrument);
    out += fmt::format("\n{} endpoint '{}': {} at {} ({})\n", ep.primary ? "Primary" : "Secondary", ep.name,
                       ep.instrument, ep.site.label(), info != nullptr ? info->unit : "");
    out += fmt::format("  {:<14} {:>6} {:>6} {:>10} {:>18} {:>22} {:>24} {:>7}\n", "arm", "years", "n", "mean",
                       "change (SD)", "change 95% CI", "vs " + control + " [95% CI]", "p");
    for (std::size_t k = 0; k < d.arms.size(); ++k) {
      for (std::size_t v = 0; v < d.visit_years.size(); ++v) {
        const trial::VisitStats& s = a.arms[k][e][v];
        std::string versus;
        std::string p;
        if (k != d.control_arm && v > 0) {
          const trial::MeanComparison& c = a.versus_control[k][e][v];
          versus = signed_number(c.difference, 1) + " " + interval(c.ci_low, c.ci_high, 1);
          p = p_text(c.p_value);
        }
        out += fmt::format("  {:<14} {:>6.2f} {:>6} {:>10} {:>18} {:>22} {:>24} {:>7}\n", d.arms[k].name, s.years,
                           s.change.n, plain(s.value.mean, 1),
                           signed_number(s.change.mean, 1) + " (" + plain(s.change.sd, 1) + ")",
                           v > 0 ? interval(s.change.ci_low, s.change.ci_high, 1) : std::string(), versus, p);
      }
    }
    for (std::size_t r = 0; r < ep.responder_thresholds.size(); ++r) {
      out += fmt::format("  responders (change {} {:g}) at {:.2f} y:", trial::responder_comparison(ep),
                         ep.responder_thresholds[r], d.visit_years.back());
      for (std::size_t k = 0; k < d.arms.size(); ++k) {
        const trial::Proportion& pr = a.arms[k][e].back().responders[r];
        out += fmt::format("  {} {}% [{}, {}]", d.arms[k].name, plain(100.0 * pr.rate, 1), plain(100.0 * pr.ci_low, 1),
                           plain(100.0 * pr.ci_high, 1));
      }
      out += "\n";
    }
  }
  out += "\nObserved cases at each visit; 95 % CIs from Student's t (arm means) and Welch's t test (differences).\n";
  return out;
}

}  // namespace trichosim::cli
