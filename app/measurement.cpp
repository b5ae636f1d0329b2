#include "app/measurement.hpp"

#include <algorithm>
#include <cmath>
#include <sstream>

#include "app/forecast.hpp"
#include "core/input_error.hpp"
#include "core/simulation.hpp"

namespace trichosim::app {

std::vector<measure::NamedSite> parse_sites(const std::vector<std::string>& names) {
  std::vector<measure::NamedSite> out;
  for (const std::string& n : names) {
    const auto site = measure::parse_site(n);
    if (!site) {
      std::ostringstream os;
      os << "--site = " << n << ": unknown site; known sites are";
      for (auto k : measure::kNamedSiteNames) {
        os << ' ' << k;
      }
      throw InputError(os.str());
    }
    out.push_back(*site);
  }
  return out;
}

MeasurementResult run_measurement(scenario::Scenario s, MeasurementRequest request) {
  constexpr double kMaxYears = 80.0;
  for (double y : request.years) {
    if (!std::isfinite(y) || y < 0.0 || y > kMaxYears) {
      std::ostringstream os;
      os << "--years = " << y << ": allowed range is 0 to 80 (year)";
      throw InputError(os.str());
    }
  }
  std::sort(request.years.begin(), request.years.end());
  request.years.erase(std::unique(request.years.begin(), request.years.end()), request.years.end());
  if (request.sites.empty()) {
    for (std::size_t k = 0; k < measure::kNamedSiteCount; ++k) {
      request.sites.push_back(static_cast<measure::NamedSite>(k));
    }
  }
  auto interventions = build_interventions(s);

  MeasurementResult result;
  Simulation sim(s.person, s.parameters, {s.seed, request.threads}, std::move(interventions));
  measure::Assessor assessor(sim);
  std::vector<Day> days;
  for (double y : request.years) {
    days.push_back(years_to_days(y));
  }
  const double window = s.parameters[Param::measure_shedding_window_days];
  std::uint32_t occasion = 0;
  sim.run(days, window, [&](const Simulation& live, Day) {
    const double shed = live.shed_rate(static_cast<double>(live.shed_total()));
    result.reports.push_back(measure::measure_instruments(live, request.sites, shed, request.with_error, occasion++));
    result.assessments.push_back(assessor.assess(live, shed));
  });
  result.scenario = std::move(s);
  return result;
}

}  // namespace trichosim::app
