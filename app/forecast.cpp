#include "app/forecast.hpp"

#include <chrono>
#include <cmath>
#include <sstream>

#include "app/version.hpp"
#include "core/input_error.hpp"
#include "treat/registry.hpp"

namespace trichosim::app {

std::string fnv1a_hex(const std::string& text) {
  constexpr std::uint64_t kOffset = 14695981039346656037ULL;
  constexpr std::uint64_t kPrime = 1099511628211ULL;
  std::uint64_t h = kOffset;
  for (char c : text) {
    h = (h ^ static_cast<std::uint8_t>(c)) * kPrime;
  }
  std::ostringstream os;
  os << std::hex << h;
  return os.str();
}

void apply_overrides(scenario::Scenario& s, const ForecastOptions& options) {
  if (options.seed) {
    s.seed = *options.seed;
  }
  if (options.years) {
    constexpr double kMaxYears = 80.0;
    const double y = *options.years;
    if (!std::isfinite(y) || y <= 0.0 || y > kMaxYears) {
      std::ostringstream os;
      os << "--years = " << y << ": allowed range is above 0 up to 80 (year)";
      throw InputError(os.str());
    }
    std::vector<double> kept;
    for (double o : s.observe_years) {
      if (o < y) {
        kept.push_back(o);
      }
    }
    if (kept.empty() || kept.back() < y) {
      kept.push_back(y);
    }
    s.observe_years = kept;
    s.horizon_years = y;
  }
}

std::vector<std::unique_ptr<Intervention>> build_interventions(const scenario::Scenario& s) {
  std::vector<std::unique_ptr<Intervention>> out;
  out.reserve(s.events.size());
  for (const auto& e : s.events) {
    out.push_back(treat::make_intervention(e, s.parameters));
  }
  return out;
}

ForecastResult run_forecast(scenario::Scenario s, const ForecastOptions& options) {
  apply_overrides(s, options);
  auto interventions = build_interventions(s);

  ForecastResult result;
  RunInfo& info = result.info;
  info.version = kVersion;
  info.git_hash = kGitHash;
  info.registry_hash = kRegistryHash;
  std::ostringstream key;
  key << s.text << "\nseed=" << s.seed << "\nhorizon=" << s.horizon_years;
  info.scenario_hash = fnv1a_hex(key.str());
  info.seed = s.seed;
  info.threads = options.threads;

  const auto t0 = std::chrono::steady_clock::now();
  Simulation sim(s.person, s.parameters, {s.seed, options.threads}, std::move(interventions));
  // Taken at the burn-in start, before androgens act: the person's own normal scalp, the staging reference.
  measure::Assessor assessor(sim);
  std::vector<Day> days;
  days.reserve(s.observe_years.size());
  for (double y : s.observe_years) {
    days.push_back(years_to_days(y));
  }
  const double window = s.parameters[Param::measure_shedding_window_days];
  sim.run(days, window, [&](const Simulation& live, Day day) {
    result.observations.push_back(measure::summarise(live));
    result.assessments.push_back(assessor.assess(live, result.observations.back().whole().shed_per_day));
    if (options.on_observation) {
      options.on_observation(live, day);
    }
    if (options.progress) {
      options.progress(static_cast<double>(result.observations.size()) / static_cast<double>(days.size()));
    }
  });
  info.engine_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  info.events = sim.events_processed();
  info.follicles = sim.follicles().follicle_count();
  info.bytes_per_follicle = sim.follicles().bytes_per_follicle();
  result.scenario = std::move(s);
  return result;
}

}  // namespace trichosim::app
