#include "consult/regimen.hpp"

#include <algorithm>

#include "core/input_error.hpp"
#include "core/simulation.hpp"
#include "measure/assessment.hpp"
#include "measure/region_summary.hpp"
#include "treat/micropigmentation.hpp"

namespace trichosim::consult {
namespace {

/// Seed of draw k: distinct per draw, shared by every option so that options differ only by their events.
std::uint64_t draw_seed(std::uint64_t seed, std::size_t k) { return seed * 1000003ULL + 17ULL + k; }

/// Site density and stage (Norwood for men, Ludwig for women) at each forecast year for one draw.
struct DrawForecast {
  std::array<double, kForecastYears.size()> density{};
  std::array<measure::Stage, kForecastYears.size()> stage{};
  std::array<double, kForecastYears.size()> visual_density{};  ///< 0-10; computed only with pigment events
};

bool has_pigment(const std::vector<treat::EventSpec>& events) {
  return std::any_of(events.begin(), events.end(),
                     [](const treat::EventSpec& e) { return e.type() == event_names::kMicropigmentation; });
}

/// The twin's count at its site: terminal or all hairs, as the intake counted them.
double site_density(const TwinFit& twin, const measure::ScalpSummary& s) {
  return twin.kind == scenario::CountKind::Terminal ? s[twin.site].terminal_per_cm2 : s[twin.site].density_per_cm2;
}

/// One draw's untreated history up to the consultation day, simulated once and forked into every option: the
/// options' events start on or after that day, so each continuation equals a run constructed with them
/// (Simulation::fork). The assessor's reference is the pre-androgen scalp, taken before the burn-in. When the
/// twin's causes act before that day, no option can be forked (each keeps the causes until then), so the burn-in
/// is skipped and every option runs from the start.
struct DrawBaseline {
  DrawBaseline(const scenario::Intake& in, const TwinFit& twin, const TwinDraw& draw, std::size_t k,
               const Parameters& p, const EventCatalogue& catalogue)
      : params(twin_parameters(in, p, draw)),
        sim(twin_person(in, twin, draw), params, {draw_seed(in.seed, k), 1}),
        assessor(sim),
        normal_density(site_density(twin, measure::summarise(sim))),
        today(years_to_days(twin.now_years)),
        burnt_in(Simulation::quiet_before(cause_interventions(twin, params, catalogue), today, sim.person())) {
    if (burnt_in) {
      sim.burn_in_to(today, p[Param::measure_shedding_window_days]);
    }
  }
  Parameters params;
  Simulation sim;
  measure::Assessor assessor;
  double normal_density;  ///< the site's pre-androgen density: the visual density score's reference
  Day today;
  bool burnt_in;  ///< sim stands at `today`, ready to fork
};

/// One draw's forecast with an option (possibly none), continued from its baseline; when the twin carries causes
/// that act before the consultation day, the draw gets a run of its own from the start.
DrawForecast simulate_draw(const scenario::Intake& in, const TwinFit& twin, const DrawBaseline& base,
                           const RegimenOption& option, const Parameters& p, const EventCatalogue& catalogue) {
  // The twin's causes (those the option corrects stopped today), then the option's own events.
  std::vector<std::unique_ptr<Intervention>> interventions =
      cause_interventions(twin, base.params, catalogue, option.corrects, twin.now_years);
  const auto& events = option.events;
  for (const auto& e : events) {
    interventions.push_back(catalogue.make(e, base.params));
  }
  measure::Assessor assessor = base.assessor;
  const bool forkable = base.burnt_in && Simulation::quiet_before(interventions, base.today, base.sim.person());
  Simulation sim = forkable
                       ? base.sim.fork(std::move(interventions))
                       : Simulation(base.sim.person(), base.params, {base.sim.seed(), 1}, std::move(interventions));
  const double window = p[Param::measure_shedding_window_days];
  const bool pigment = has_pigment(events);
  std::vector<Day> days;
  days.reserve(kForecastYears.size());
  for (double y : kForecastYears) {
    days.push_back(years_to_days(twin.now_years + y));
  }
  DrawForecast out;
  std::size_t i = 0;
  sim.run(days, window, [&](const Simulation& live, Day day) {
    const auto s = measure::summarise(live);
    out.density[i] = site_density(twin, s);
    out.stage[i] = assessor.assess(live, s.whole().shed_per_day).primary(in.sex);
    if (pigment) {
      const double hair = base.normal_density > 0.0 ? out.density[i] / base.normal_density : 0.0;
      out.visual_density[i] =
          treat::visual_density_score(treat::pigment_coverage(live.interventions(), day, twin.site), hair);
    }
    ++i;
  });
  return out;
}

/// The stage of the median-ranked draw (draws sorted by the stage's rank on its scale).
std::string median_stage(std::vector<measure::Stage> stages) {
  if (stages.empty()) {
    return "";
  }
  const auto mid = stages.begin() + static_cast<std::ptrdiff_t>(stages.size() / 2);
  std::nth_element(stages.begin(), mid, stages.end(),
                   [](const measure::Stage& a, const measure::Stage& b) { return a.rank < b.rank; });
  return mid->scale + " " + mid->label;
}

Band band(const std::vector<double>& values, const Parameters& p) {
  std::vector<std::pair<double, double>> vw;
  vw.reserve(values.size());
  for (double v : values) {
    vw.emplace_back(v, 1.0);
  }
  return {weighted_quantile(vw, p[Param::consult_band_lower_quantile]), weighted_quantile(vw, 0.5),
          weighted_quantile(vw, p[Param::consult_band_upper_quantile])};
}

}  // namespace

double option_cost(const RegimenOption& o, const scenario::ConsultPriceTable& prices, double years,
                   std::vector<std::string>* missing) {
  double total = 0.0;
  for (const auto& c : o.costs) {
    const auto it = prices.items.find(c.item);
    if (it == prices.items.end()) {
      if (missing != nullptr && std::find(missing->begin(), missing->end(), c.item) == missing->end()) {
        missing->push_back(c.item);
      }
      continue;
    }
    constexpr double kMonthsPerYear = 12.0;
    total += it->second.per == scenario::ConsultPriceBasis::Month
                 ? it->second.price * c.quantity * kMonthsPerYear * years
                 : it->second.price * c.quantity;
  }
  return total;
}

RegimenResult evaluate_options(const scenario::Intake& in, const TwinFit& twin, const OptionList& list,
                               const Parameters& p, const EventCatalogue& catalogue,
                               const scenario::ConsultPriceTable& prices) {
  RegimenResult result;
  result.excluded = list.excluded;
  result.currency = prices.currency;
  const std::size_t n_draws = twin.draws.size();
  std::vector<DrawBaseline> baselines;
  baselines.reserve(n_draws);
  std::vector<DrawForecast> natural;
  for (std::size_t k = 0; k < n_draws; ++k) {
    baselines.emplace_back(in, twin, twin.draws[k], k, p, catalogue);
    natural.push_back(simulate_draw(in, twin, baselines[k], RegimenOption{}, p, catalogue));
  }

  std::vector<OptionForecast> simulated;
  std::vector<OptionForecast> others;
  for (const auto& o : list.options) {
    OptionForecast f;
    f.option = o;
    for (std::size_t y = 0; y < kForecastYears.size(); ++y) {
      f.cost[y] = option_cost(o, prices, kForecastYears[y], &f.missing_prices);
    }
    if (o.advice_only) {
      f.status = ForecastStatus::AdviceOnly;
      f.status_note = "advice; nothing to simulate";
      others.push_back(std::move(f));
      continue;
    }
    std::string unknown;
    for (const auto& e : o.events) {
      if (!catalogue.known(e.type()) && unknown.find(e.type()) == std::string::npos) {
        unknown += (unknown.empty() ? "" : ", ") + e.type();
      }
    }
    if (!unknown.empty()) {
      f.status = ForecastStatus::NotSimulated;
      f.status_note = "not simulated in this build (unknown event type: " + unknown + ")";
      others.push_back(std::move(f));
      continue;
    }
    const auto absent = std::find_if(o.corrects.begin(), o.corrects.end(),
                                     [&](const std::string& id) { return !carries(twin.causes, id); });
    if (absent != o.corrects.end()) {
      f.status = ForecastStatus::NotSimulated;
      f.status_note = missing_cause_note(*absent, in, p);
      others.push_back(std::move(f));
      continue;
    }
    std::array<std::vector<double>, kForecastYears.size()> dens;
    std::array<std::vector<double>, kForecastYears.size()> gain;
    std::array<std::vector<measure::Stage>, kForecastYears.size()> stages;
    std::array<std::vector<double>, kForecastYears.size()> visual;
    try {
      for (std::size_t k = 0; k < n_draws; ++k) {
        const bool natural_course = o.events.empty() && o.corrects.empty();
        const auto d = natural_course ? natural[k] : simulate_draw(in, twin, baselines[k], o, p, catalogue);
        for (std::size_t y = 0; y < kForecastYears.size(); ++y) {
          dens[y].push_back(d.density[y]);
          gain[y].push_back(d.density[y] - natural[k].density[y]);
          stages[y].push_back(d.stage[y]);
          visual[y].push_back(d.visual_density[y]);
        }
      }
    } catch (const InputError& e) {
      // A known plug-in that refuses the fields written in event_catalogue.cpp: report it, never estimate.
      f.status = ForecastStatus::NotSimulated;
      f.status_note = std::string("not simulated in this build (event fields not accepted: ") + e.what() + ")";
      others.push_back(std::move(f));
      continue;
    }
    for (std::size_t y = 0; y < kForecastYears.size(); ++y) {
      f.density[y] = band(dens[y], p);
      f.gain_vs_natural[y] = band(gain[y], p);
      f.stage[y] = median_stage(stages[y]);
      f.visual_density[y] = band(visual[y], p);
    }
    f.has_visual_density = has_pigment(o.events);
    simulated.push_back(std::move(f));
  }
  const std::size_t last = kForecastYears.size() - 1;
  std::stable_sort(simulated.begin(), simulated.end(), [](const OptionForecast& a, const OptionForecast& b) {
    if (a.density[last].median != b.density[last].median) {
      return a.density[last].median > b.density[last].median;
    }
    if (a.option.doses_per_week != b.option.doses_per_week) {
      return a.option.doses_per_week < b.option.doses_per_week;
    }
    return a.cost[last] < b.cost[last];
  });
  for (std::size_t i = 0; i < simulated.size(); ++i) {
    simulated[i].rank = static_cast<int>(i + 1);
  }
  result.options = std::move(simulated);
  for (auto& o : others) {
    result.options.push_back(std::move(o));
  }
  return result;
}

}  // namespace trichosim::consult
