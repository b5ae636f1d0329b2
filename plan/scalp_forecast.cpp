#include "plan/scalp_forecast.hpp"

#include "treat/registry.hpp"

namespace trichosim::plan {

std::size_t count_donor_units(const Simulation& sim) {
  const FollicleStore& s = sim.follicles();
  std::vector<std::uint8_t> alive(s.unit_count(), 0);
  std::vector<std::uint8_t> harvested(s.unit_count(), 0);
  std::vector<std::uint8_t> donor(s.unit_count(), 0);
  for (std::size_t i = 0; i < s.follicle_count(); ++i) {
    const std::uint32_t u = s.unit[i];
    donor[u] = s.region[i] == Region::Occipital ? 1 : donor[u];
    alive[u] = s.phase[i] != Phase::Lost ? 1 : alive[u];
    harvested[u] = (s.flags[i] & kExtracted) != 0U ? 1 : harvested[u];
  }
  std::size_t n = 0;
  for (std::size_t u = 0; u < s.unit_count(); ++u) {
    n += donor[u] != 0 && alive[u] != 0 && harvested[u] == 0 ? 1U : 0U;
  }
  return n;
}

ScalpForecast forecast_scalp(const scenario::Scenario& s, std::vector<std::unique_ptr<Intervention>> interventions,
                             std::span<const double> years, const ForecastProbe& probe) {
  ScalpForecast f;
  const double window = s.parameters[Param::measure_shedding_window_days];
  Simulation sim(s.person, s.parameters, {s.seed, 1}, std::move(interventions));
  f.original = measure::summarise(sim);
  f.years.assign(years.begin(), years.end());
  std::vector<Day> days;
  for (double y : years) {
    days.push_back(years_to_days(y));
  }
  std::size_t k = 0;
  sim.run(days, window, [&](const Simulation& live, Day) {
    if (k == 0) {
      f.donor_units = count_donor_units(live);
    }
    f.points.push_back(measure::summarise(live));
    if (probe) {
      probe(live, k);
    }
    ++k;
  });
  return f;
}

std::vector<std::unique_ptr<Intervention>> scenario_interventions(const scenario::Scenario& s,
                                                                  const std::string& skip) {
  std::vector<std::unique_ptr<Intervention>> out;
  for (const auto& e : s.events) {
    if (e.type() != skip) {
      out.push_back(treat::make_intervention(e, s.parameters));
    }
  }
  return out;
}

}  // namespace trichosim::plan
