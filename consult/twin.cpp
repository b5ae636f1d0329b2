#include "consult/twin.hpp"

#include <algorithm>
#include <boost/math/distributions/beta.hpp>
#include <cmath>
#include <map>

#include "cohort/population.hpp"
#include "core/input_error.hpp"
#include "core/rng.hpp"
#include "core/simulation.hpp"
#include "measure/region_summary.hpp"

namespace trichosim::consult {
namespace {

// The twin's ethnicity: an intake that does not give one is read as Caucasian, in the prior, the person and the
// density alike.
Ethnicity twin_ethnicity(const scenario::Intake& in) { return in.ethnicity.value_or(Ethnicity::Caucasian); }

Param density_key(Ethnicity e) {
  switch (e) {
    case Ethnicity::Asian:
      return Param::scalp_hair_density_asian;
    case Ethnicity::African:
      return Param::scalp_hair_density_african;
    case Ethnicity::Hispanic:
      return Param::scalp_hair_density_hispanic;
    default:
      return Param::scalp_hair_density_caucasian;
  }
}

/// Mean predisposition of the family-history level for the person's sex and ethnicity, or nullopt when unknown
/// (uniform prior).
std::optional<double> prior_mean(const scenario::Intake& in, const Parameters& p) {
  if (!in.family_history) {
    return std::nullopt;
  }
  return cohort::predisposition_from_family_history(*in.family_history, in.sex, twin_ethnicity(in), p);
}

double read_site(const measure::ScalpSummary& s, Region site, scenario::CountKind kind) {
  const auto& r = s[site];
  return kind == scenario::CountKind::Terminal ? r.terminal_per_cm2 : r.density_per_cm2;
}

/// The emulator: site readings simulated on an evenly spaced predisposition grid, density scale 1.
struct Emulator {
  std::vector<std::vector<double>> history;                       ///< [grid][history point]
  std::vector<std::array<double, kForecastYears.size()>> future;  ///< [grid][forecast year] at the fit site
  std::vector<double> site_area_cm2;                              ///< area of each history point's region

  static double interpolate(const std::vector<double>& ys, double pred) {
    const double x = std::clamp(pred, 0.0, 1.0) * static_cast<double>(ys.size() - 1);
    const auto i = std::min(static_cast<std::size_t>(x), ys.size() - 2);
    const double f = x - static_cast<double>(i);
    return ys[i] * (1.0 - f) + ys[i + 1] * f;
  }
  double at_history(std::size_t h, double pred) const {
    std::vector<double> ys;
    for (const auto& g : history) {
      ys.push_back(g[h]);
    }
    return interpolate(ys, pred);
  }
  double at_future(std::size_t y, double pred) const {
    std::vector<double> ys;
    for (const auto& g : future) {
      ys.push_back(g[y]);
    }
    return interpolate(ys, pred);
  }
};

Emulator build_emulator(const scenario::Intake& in, const Parameters& base, const TwinFit& fit,
                        const EventCatalogue& catalogue) {
  const auto grid = static_cast<std::size_t>(base[Param::consult_twin_grid_points]);
  std::map<Day, std::size_t> day_index;
  for (const auto& h : in.history) {
    day_index.emplace(years_to_days(fit.now_years - h.years_ago), 0);
  }
  for (double y : kForecastYears) {
    day_index.emplace(years_to_days(fit.now_years + y), 0);
  }
  std::vector<Day> days;
  for (auto& [d, i] : day_index) {
    i = days.size();
    days.push_back(d);
  }
  Emulator e;
  for (std::size_t g = 0; g < grid; ++g) {
    const TwinDraw draw{static_cast<double>(g) / static_cast<double>(grid - 1), 1.0, 1.0};
    const Parameters params = twin_parameters(in, base, draw);
    Simulation sim(twin_person(in, fit, draw), params, {in.seed, 1}, cause_interventions(fit, params, catalogue));
    std::vector<measure::ScalpSummary> seen;
    const double window = base[Param::measure_shedding_window_days];
    sim.run(days, window, [&](const Simulation& live, Day) { seen.push_back(measure::summarise(live)); });
    std::vector<double> hist;
    for (const auto& h : in.history) {
      hist.push_back(read_site(seen[day_index.at(years_to_days(fit.now_years - h.years_ago))], h.site, h.kind));
      if (g == 0) {
        e.site_area_cm2.push_back(sim.geometry().region_area_cm2()[region_index(h.site)]);
      }
    }
    std::array<double, kForecastYears.size()> fut{};
    for (std::size_t y = 0; y < kForecastYears.size(); ++y) {
      fut[y] = read_site(seen[day_index.at(years_to_days(fit.now_years + kForecastYears[y]))], fit.site, fit.kind);
    }
    e.history.push_back(std::move(hist));
    e.future.push_back(fut);
  }
  return e;
}

Band band_of(const std::vector<std::pair<double, double>>& vw, const Parameters& p) {
  return {weighted_quantile(vw, p[Param::consult_band_lower_quantile]), weighted_quantile(vw, 0.5),
          weighted_quantile(vw, p[Param::consult_band_upper_quantile])};
}

}  // namespace

double weighted_quantile(std::vector<std::pair<double, double>> value_weight, double q) {
  std::sort(value_weight.begin(), value_weight.end());
  double total = 0.0;
  for (const auto& [v, w] : value_weight) {
    total += w;
  }
  double cumulative = 0.0;
  for (const auto& [v, w] : value_weight) {
    cumulative += w;
    if (cumulative >= q * total) {
      return v;
    }
  }
  return value_weight.back().first;
}

Person twin_person(const scenario::Intake& in, const TwinFit& fit, const TwinDraw& draw) {
  Person p;
  p.sex = in.sex;
  p.age_years = fit.start_age_years;
  p.ethnicity = twin_ethnicity(in);
  p.predisposition = draw.predisposition;
  if (in.sex == Sex::Female && in.menopause.value_or(false)) {
    // Menopause already happened; its age is unknown, so the latest possible age (now) is used.
    constexpr double kMinMenopauseAge = 30.0;
    constexpr double kMaxMenopauseAge = 65.0;
    p.menopause_age_years = std::clamp(in.age_years, kMinMenopauseAge, kMaxMenopauseAge);
  }
  return p;
}

Parameters twin_parameters(const scenario::Intake& in, const Parameters& base, const TwinDraw& draw) {
  Parameters p = base;
  p.set(Param::scalp_area_cm2, base[Param::consult_twin_scalp_area_cm2]);
  const Param key = density_key(twin_ethnicity(in));
  const ParamInfo& info = param_info(key);
  p.set(key, std::clamp(base[key] * draw.density_scale, info.min, info.max));
  return p;
}

std::vector<std::unique_ptr<Intervention>> cause_interventions(const TwinFit& fit, const Parameters& params,
                                                               const EventCatalogue& catalogue,
                                                               const std::vector<std::string>& corrected,
                                                               double correct_years) {
  std::vector<std::unique_ptr<Intervention>> out;
  for (const auto& e : cause_events(fit.causes, fit.now_years, corrected, correct_years)) {
    out.push_back(catalogue.make(e, params));
  }
  return out;
}

TwinFit fit_twin(const scenario::Intake& in, const Parameters& base, Region site, const EventCatalogue& catalogue) {
  TwinFit fit;
  fit.site = site;
  fit.from_history = !in.history.empty();
  // Each cause the catalogue knows and its plug-in accepts (placed on its own clock, starting at 0); one it refuses
  // is left off with the plug-in's message rather than failing the consultation.
  for (auto& c : standing_causes(in, base, &fit.causes_left_out)) {
    if (!catalogue.known(c.type)) {
      fit.causes_left_out.push_back(c.label + " (event type " + c.type + " not in this build)");
      continue;
    }
    try {
      for (const auto& e : cause_events({c}, c.start_years_ago)) {
        catalogue.make(e, base);
      }
    } catch (const InputError& e) {
      fit.causes_left_out.push_back(c.label + " (" + e.what() + ")");
      continue;
    }
    fit.causes.push_back(std::move(c));
  }
  // The twin starts early enough to carry its history and every cause it carries from their start.
  double earliest = causes_lookback_years(fit.causes);
  for (const auto& h : in.history) {
    earliest = std::max(earliest, h.years_ago);
  }
  fit.now_years = earliest;
  fit.start_age_years = in.age_years - earliest;
  if (!in.history.empty()) {
    fit.kind = in.history.front().kind;
  }

  // Prior particles: predisposition ~ Beta(mean from family history, concentration) or uniform when unknown;
  // density scale ~ lognormal(median 1, consult.density_scale_log_sd). One Philox draw per particle.
  const auto n = static_cast<std::uint32_t>(base[Param::consult_twin_particles]);
  const auto mean = prior_mean(in, base);
  const double kappa = base[Param::consult_predisposition_prior_concentration];
  const double log_sd = base[Param::consult_density_scale_log_sd];
  std::optional<boost::math::beta_distribution<double>> beta;
  if (mean) {
    const double m = std::clamp(*mean, 0.01, 0.99);
    beta.emplace(m * kappa, (1.0 - m) * kappa);
  }
  for (std::uint32_t i = 0; i < n; ++i) {
    const Draw d(in.seed, {0, i, 0, DrawSite::ConsultTwin, 0});
    TwinDraw t;
    t.predisposition = beta ? boost::math::quantile(*beta, d.uniform(0)) : d.uniform(0);
    t.density_scale = std::exp(log_sd * d.normal23());
    fit.particles.push_back(t);
  }

  const Emulator emu = build_emulator(in, base, fit, catalogue);
  // Noisy ABC: weight = product over history points of N(observed; scale x emulated, sigma), sigma^2 = counting
  // error (consult.count_measurement_cv) plus the Poisson noise of the twin's region count.
  const double cv = base[Param::consult_count_measurement_cv];
  std::vector<double> log_w(fit.particles.size(), 0.0);
  for (std::size_t i = 0; i < fit.particles.size(); ++i) {
    const auto& t = fit.particles[i];
    for (std::size_t h = 0; h < in.history.size(); ++h) {
      const double sim = t.density_scale * emu.at_history(h, t.predisposition);
      const double obs = in.history[h].density_per_cm2;
      const double var = cv * cv * obs * obs + std::max(sim, 1.0) / emu.site_area_cm2[h];
      log_w[i] += -0.5 * (obs - sim) * (obs - sim) / var;
    }
  }
  const double top = *std::max_element(log_w.begin(), log_w.end());
  double sum = 0.0;
  double sum_sq = 0.0;
  for (std::size_t i = 0; i < fit.particles.size(); ++i) {
    fit.particles[i].weight = std::exp(log_w[i] - top);
    sum += fit.particles[i].weight;
  }
  for (auto& t : fit.particles) {
    t.weight /= sum;
    sum_sq += t.weight * t.weight;
  }
  fit.effective_sample_size = 1.0 / sum_sq;

  std::vector<std::pair<double, double>> pred;
  std::vector<std::pair<double, double>> scale;
  for (const auto& t : fit.particles) {
    pred.emplace_back(t.predisposition, t.weight);
    scale.emplace_back(t.density_scale, t.weight);
  }
  fit.predisposition = band_of(pred, base);
  fit.density_scale = band_of(scale, base);
  for (std::size_t y = 0; y < kForecastYears.size(); ++y) {
    std::vector<std::pair<double, double>> post;
    std::vector<std::pair<double, double>> prior;
    for (const auto& t : fit.particles) {
      const double v = t.density_scale * emu.at_future(y, t.predisposition);
      post.emplace_back(v, t.weight);
      prior.emplace_back(v, 1.0);
    }
    fit.natural_course[y] = band_of(post, base);
    fit.population_course[y] = band_of(prior, base);
  }

  // Representative draws for the regimen simulations: the particles at the (k + 0.5) / K quantiles of the
  // weighted distribution of 5-year natural-course density, so the draws span the band.
  const auto k_draws = static_cast<std::size_t>(base[Param::consult_twin_draws]);
  std::vector<std::pair<double, std::size_t>> order;
  for (std::size_t i = 0; i < fit.particles.size(); ++i) {
    const auto& t = fit.particles[i];
    order.emplace_back(t.density_scale * emu.at_future(kForecastYears.size() - 1, t.predisposition), i);
  }
  std::sort(order.begin(), order.end());
  double cumulative = 0.0;
  std::size_t next = 0;
  for (const auto& [v, i] : order) {
    cumulative += fit.particles[i].weight;
    while (next < k_draws && cumulative >= (static_cast<double>(next) + 0.5) / static_cast<double>(k_draws)) {
      TwinDraw d = fit.particles[i];
      d.weight = 1.0 / static_cast<double>(k_draws);
      fit.draws.push_back(d);
      ++next;
    }
  }
  return fit;
}

}  // namespace trichosim::consult
