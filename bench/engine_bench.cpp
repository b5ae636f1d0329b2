// trichosim-bench: whole-engine figures for a ~100,000-follicle scalp over 20 years, single thread and all threads,
// next to the measured ceiling of this machine (Philox lognormal draws per second) and the NumPy daily-step peer
// run in the same invocation. Prints a table and one JSON line per figure. Timing lives here, never in tests.
#include <fmt/format.h>
#include <omp.h>

#include <CLI/CLI.hpp>
#include <array>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "core/rng.hpp"
#include "core/simulation.hpp"

namespace {

using trichosim::Day;
using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

struct EngineFigures {
  std::size_t follicles = 0;
  double build_seconds = 0.0;
  double burn_in_seconds = 0.0;
  double forecast_seconds = 0.0;
  std::uint64_t forecast_events = 0;
  double bytes_per_follicle = 0.0;
};

// A predisposed 25-year-old man (miniaturisation active), scalp area scaled to ~`target` follicles.
EngineFigures run_engine(int threads, double years, std::size_t target, std::uint64_t seed) {
  trichosim::Parameters p;
  constexpr double kDefaultFollicles = 128500.0;  // at the registry's 500 cm2 (measured; only sizes the run)
  p.set(trichosim::Param::scalp_area_cm2,
        p[trichosim::Param::scalp_area_cm2] * static_cast<double>(target) / kDefaultFollicles);
  trichosim::Person man;
  man.age_years = 25.0;
  man.predisposition = 0.9;
  EngineFigures f;
  auto t0 = Clock::now();
  trichosim::Simulation sim(man, p, {seed, threads});
  f.build_seconds = seconds_since(t0);
  t0 = Clock::now();
  sim.advance_to(0.0);
  f.burn_in_seconds = seconds_since(t0);
  const std::uint64_t before = sim.events_processed();
  t0 = Clock::now();
  sim.advance_to(trichosim::years_to_days(years));
  f.forecast_seconds = seconds_since(t0);
  f.forecast_events = sim.events_processed() - before;
  f.follicles = sim.follicles().follicle_count();
  f.bytes_per_follicle = sim.follicles().bytes_per_follicle();
  return f;
}

// The ceiling: keyed Philox4x32-10 lognormal draws per second on `threads` threads (one draw per event is the
// least the engine must do).
double lognormal_draws_per_second(int threads, std::uint64_t n) {
  const auto t0 = Clock::now();
  double sink = 0.0;
#pragma omp parallel for num_threads(threads) reduction(+ : sink) schedule(static)
  for (std::int64_t i = 0; i < static_cast<std::int64_t>(n); ++i) {
    const trichosim::Draw d(7, {1, static_cast<std::uint32_t>(i), 0, trichosim::DrawSite::AnagenDuration, 0});
    sink += trichosim::lognormal_from_normal(d.normal01(), 1000.0, 0.3);
  }
  const double s = seconds_since(t0);
  if (sink < 0.0) {
    std::puts("impossible");
  }
  return static_cast<double>(n) / s;
}

nlohmann::json run_peer(const std::string& peer, std::size_t follicles, double years) {
  const std::string cmd =
      fmt::format("/usr/bin/python3 {} --follicles {} --years {} 2>/dev/null", peer, follicles, years);
  std::unique_ptr<FILE, decltype(&pclose)> pipe(popen(cmd.c_str(), "r"), &pclose);
  if (!pipe) {
    return nullptr;
  }
  std::string out;
  std::array<char, 512> buf{};
  while (fgets(buf.data(), static_cast<int>(buf.size()), pipe.get()) != nullptr) {
    out += buf.data();
  }
  try {
    return nlohmann::json::parse(out);
  } catch (const nlohmann::json::exception&) {
    return nullptr;
  }
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app("trichosim-bench: engine speed and memory next to the machine's ceiling and the NumPy peer");
  std::size_t follicles = 100000;
  double years = 20.0;
  int repeats = 3;
  std::string peer = "../shared/peers/numpy_automaton.py";
  bool skip_peer = false;
  app.add_option("--follicles", follicles, "Approximate follicles per scalp")->capture_default_str();
  app.add_option("--years", years, "Forecast horizon")->capture_default_str();
  app.add_option("--repeats", repeats, "Engine runs per thread count (best is reported)")->capture_default_str();
  app.add_option("--peer", peer, "NumPy daily-step automaton to run in the same benchmark")->capture_default_str();
  app.add_flag("--skip-peer", skip_peer, "Do not run the NumPy peer");
  CLI11_PARSE(app, argc, argv);

  const int all = std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
  std::vector<nlohmann::json> rows;
  for (int threads : {1, all}) {
    EngineFigures best;
    for (int r = 0; r < repeats; ++r) {
      const EngineFigures f = run_engine(threads, years, follicles, 42);
      if (r == 0 || f.forecast_seconds < best.forecast_seconds) {
        best = f;
      }
    }
    const double fy = static_cast<double>(best.follicles) * years / best.forecast_seconds;
    const double ev = static_cast<double>(best.forecast_events) / best.forecast_seconds;
    const double draws = lognormal_draws_per_second(threads, 4000000);
    rows.push_back({{"figure", "engine"},
                    {"threads", threads},
                    {"follicles", best.follicles},
                    {"years", years},
                    {"forecast_ms", best.forecast_seconds * 1e3},
                    {"burn_in_ms", best.burn_in_seconds * 1e3},
                    {"build_ms", best.build_seconds * 1e3},
                    {"follicle_years_per_s", fy},
                    {"events", best.forecast_events},
                    {"events_per_s", ev},
                    {"lognormal_draws_per_s", draws},
                    {"draw_rate_over_event_rate", draws / ev},
                    {"bytes_per_follicle", best.bytes_per_follicle}});
    if (threads == all && all == 1) {
      break;
    }
  }
  nlohmann::json peer_row;
  if (!skip_peer) {
    peer_row = run_peer(peer, follicles, years);
  }
  fmt::print("trichosim-bench: {} follicles x {} years, hardware threads {}\n", follicles, years, all);
  fmt::print("{:>8} {:>12} {:>16} {:>14} {:>16} {:>12} {:>10}\n", "threads", "forecast ms", "follicle-yr/s", "events/s",
             "lognormal/s", "draw/event", "B/follicle");
  for (const auto& r : rows) {
    fmt::print("{:>8} {:>12.1f} {:>16.3e} {:>14.3e} {:>16.3e} {:>12.2f} {:>10.1f}\n", r["threads"].get<int>(),
               r["forecast_ms"].get<double>(), r["follicle_years_per_s"].get<double>(), r["events_per_s"].get<double>(),
               r["lognormal_draws_per_s"].get<double>(), r["draw_rate_over_event_rate"].get<double>(),
               r["bytes_per_follicle"].get<double>());
  }
  if (!peer_row.is_null()) {
    const double peer_fy = peer_row["follicle_years_per_s"].get<double>();
    fmt::print(
        "NumPy daily-step peer: {:.3e} follicle-yr/s ({:.2f} s); trichosim 1 thread is {:.1f}x, all threads {:.1f}x\n",
        peer_fy, peer_row["seconds"].get<double>(), rows.front()["follicle_years_per_s"].get<double>() / peer_fy,
        rows.back()["follicle_years_per_s"].get<double>() / peer_fy);
    peer_row["figure"] = "numpy_peer";
    rows.push_back(peer_row);
  } else if (!skip_peer) {
    fmt::print("NumPy peer not run (needs {} and python3-numpy)\n", peer);
  }
  for (const auto& r : rows) {
    std::cout << r.dump() << "\n";
  }
  return 0;
}
