// trichosim-cohort-bench: trial and cohort figures (issue 11). Timing lives here, never in tests.
//   trichosim-cohort-bench trial  SPEC --threads 2          a trial in full-scalp and in target-area mode
//   mpirun -np K trichosim-cohort-bench cohort SPEC --patients N --sample-fraction F
//                                                           a large target-area cohort across ranks: wall time,
//                                                           patients per second, peak memory of every rank
// Prints a table and one JSON line per figure.
#include <fmt/format.h>
#include <sys/resource.h>

#include <CLI/CLI.hpp>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>

#include "distributed/ranks.hpp"
#include "scenario/trial_spec.hpp"
#include "trial/streaming.hpp"

namespace {

using trichosim::trial::StreamedTrial;
using trichosim::trial::TrialDesign;

// Peak resident memory of this process so far (ru_maxrss, kilobytes on Linux), in MiB.
double peak_rss_mib() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  constexpr double kKibPerMib = 1024.0;
  return static_cast<double>(u.ru_maxrss) / kKibPerMib;
}

// Every arm gets `patients` / arms places, as n_total does with equal ratios (patients are shared by the arms, so a
// 1,000-patient two-arm trial enrols 500 virtual patients and runs each in both arms).
void set_patients(TrialDesign& d, std::size_t patients) {
  for (auto& arm : d.arms) {
    arm.n = patients / d.arms.size();
  }
}

StreamedTrial run(const trichosim::distributed::Ranks& ranks, const TrialDesign& d, int threads, bool& lead) {
  trichosim::trial::RunOptions o;
  o.threads = threads;
  auto r = trichosim::distributed::run_trial_on_ranks(ranks, d, o);
  lead = r.has_value();
  return r ? *r : StreamedTrial{};
}

void print(const char* mode, const TrialDesign& d, const StreamedTrial& r, const std::vector<double>& rss) {
  const double per_s = static_cast<double>(r.facts.enrolled) / r.facts.seconds;  // enrolled patients, all arms
  std::string rss_text;
  for (double m : rss) {
    rss_text += fmt::format("{}{:.1f}", rss_text.empty() ? "" : " / ", m);
  }
  std::size_t randomised = 0;
  for (const auto& arm : d.arms) {
    randomised += arm.n;
  }
  fmt::print("{:<12} {:>10} {:>9} {:>9} {:>8.4f} {:>5} {:>7} {:>10.2f} {:>12.1f} {:>22}\n", mode, randomised,
             r.facts.enrolled, r.facts.screened, d.sample_fraction, r.facts.ranks, r.facts.threads, r.facts.seconds,
             per_s, rss_text);
  nlohmann::json j = {{"mode", mode},
                      {"trial", d.name},
                      {"randomised", randomised},
                      {"patients", r.facts.enrolled},
                      {"screened", r.facts.screened},
                      {"arms", d.arms.size()},
                      {"years", d.duration_years},
                      {"sample_fraction", d.sample_fraction},
                      {"ranks", r.facts.ranks},
                      {"threads_per_rank", r.facts.threads},
                      {"seconds", r.facts.seconds},
                      {"patients_per_second", per_s},
                      {"peak_rss_mib_per_rank", rss}};
  std::cout << j.dump() << "\n";
}

void header() {
  fmt::print("{:<12} {:>10} {:>9} {:>9} {:>8} {:>5} {:>7} {:>10} {:>12} {:>22}\n", "mode", "randomised", "patients",
             "screened", "fraction", "ranks", "threads", "seconds", "patients/s", "peak RSS MiB per rank");
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app("trichosim-cohort-bench: trial and cohort figures");
  app.require_subcommand(1);
  std::string spec;
  int threads = 2;
  std::size_t patients = 0;
  double fraction = 0.0;
  CLI::App* trial = app.add_subcommand("trial", "The spec's trial in full-scalp mode, then in target-area mode");
  trial->add_option("spec", spec, "Trial file")->required();
  trial->add_option("--patients", patients, "Total patients (0 = the spec's)");
  trial->add_option("--sample-fraction", fraction, "Target-area mode's fraction (0 = the spec's)");
  trial->add_option("--threads", threads, "Threads per rank")->capture_default_str();
  CLI::App* cohort = app.add_subcommand("cohort", "A large target-area cohort across the MPI ranks");
  cohort->add_option("spec", spec, "Trial file")->required();
  cohort->add_option("--patients", patients, "Total patients")->required();
  cohort->add_option("--sample-fraction", fraction, "Target-area mode's fraction (0 = the spec's)");
  cohort->add_option("--threads", threads, "Threads per rank")->capture_default_str();
  CLI11_PARSE(app, argc, argv);

  TrialDesign d = trichosim::scenario::load_trial_spec(spec);
  if (patients > 0) {
    set_patients(d, patients);
  }
  if (fraction > 0.0) {
    d.sample_fraction = fraction;
  }
  trichosim::trial::check_interventions(d, trichosim::trial::registry_interventions);
  const trichosim::distributed::Ranks ranks;
  bool lead = false;
  if (ranks.rank() == 0) {
    header();
  }
  if (trial->parsed()) {
    TrialDesign full = d;
    full.sample_fraction = 1.0;
    const StreamedTrial a = run(ranks, full, threads, lead);
    const auto rss_full = trichosim::distributed::gather_on_rank0(ranks, peak_rss_mib());
    if (lead) {
      print("full-scalp", full, a, rss_full);
    }
  }
  const StreamedTrial b = run(ranks, d, threads, lead);
  const auto rss = trichosim::distributed::gather_on_rank0(ranks, peak_rss_mib());
  if (lead) {
    print("target-area", d, b, rss);
  }
  return 0;
}
