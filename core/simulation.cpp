#include "core/simulation.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <map>
#include <stdexcept>

#include "core/rng.hpp"
#include "core/scalp_editor.hpp"

namespace trichosim {
namespace {

double growth_mean_for(const Parameters& p, Ethnicity e) {
  switch (e) {
    case Ethnicity::Caucasian:
      return p[Param::shaft_growth_um_per_day_caucasian];
    case Ethnicity::Asian:
      return p[Param::shaft_growth_um_per_day_asian];
    case Ethnicity::African:
      return p[Param::shaft_growth_um_per_day_african];
    case Ethnicity::Hispanic:
      return p[Param::shaft_growth_um_per_day_hispanic];
  }
  return p[Param::shaft_growth_um_per_day_caucasian];
}

}  // namespace

Simulation::Simulation(const Person& person, const Parameters& params, SimulationOptions options,
                       std::vector<std::unique_ptr<Intervention>> interventions)
    : Simulation(person, params, options, std::move(interventions), UnitFilter{}) {}

Simulation Simulation::part_of_scalp(const Person& person, const Parameters& params, SimulationOptions options,
                                     const UnitFilter& keep_unit) {
  if (!keep_unit) {
    throw std::invalid_argument("Simulation::part_of_scalp: no unit filter given");
  }
  return {person, params, options, {}, keep_unit};
}

Simulation::Simulation(const Person& person, const Parameters& params, SimulationOptions options,
                       std::vector<std::unique_ptr<Intervention>> interventions, const UnitFilter& keep_unit)
    : person_(person),
      params_(params),
      options_(options),
      philox_keys_(options.seed),
      geometry_(params),
      pattern_(PatternMap::shared(geometry_, params, person.sex)),
      cycle_(params),
      biology_(person, params),
      interventions_(std::move(interventions)),
      step_rate_(params[Param::miniaturisation_step_rate_per_cycle]),
      step_factor_(params[Param::miniaturisation_step_factor]),
      loss_threshold_(params[Param::miniaturisation_loss_size_threshold]),
      loss_probability_(params[Param::miniaturisation_loss_probability_per_cycle]),
      dropout_per_year_(params[Param::ageing_follicle_loss_per_year]),
      growth_mean_(growth_mean_for(params, person.ethnicity)),
      growth_log_sd_(params[Param::shaft_growth_log_sd]),
      diameter_mean_(params[Param::shaft_terminal_diameter_mean_um]),
      diameter_log_sd_(params[Param::shaft_terminal_diameter_log_sd]) {
  // The burn-in builds the person's history from androgen onset (or birth-age, if younger) to the start.
  const double start_age = std::min(person.age_years, params[Param::androgen_onset_age_years]);
  burn_in_start_ = -years_to_days(person.age_years - start_age);
  now_ = burn_in_start_;
  shed_since_ = now_;
  assert(options_.sample_fraction > 0.0 && options_.sample_fraction <= 1.0 && "sample fraction lies in (0, 1]");
  part_of_scalp_ = static_cast<bool>(keep_unit);
  store_ = build_scalp(person_, params_, geometry_, *pattern_, cycle_, options_.seed, burn_in_start_,
                       options_.sample_fraction, keep_unit);
  recompose_modifiers(now_);
}

void Simulation::run(std::span<const Day> observe_days, Day shed_window_days, const Observer& observer) {
  // Collect every instant at which something other than a follicle transition happens.
  enum : unsigned { kChange = 1U, kAction = 2U, kShedReset = 4U, kObserve = 8U };
  std::map<Day, unsigned> instants;
  const Day horizon = observe_days.empty() ? now_ : observe_days.back();
  Day previous = now_;
  for (Day d : observe_days) {
    assert(d >= previous && "observation days are ascending and lie in the future of the simulation");
    instants[d] |= kObserve;
    // An observation's window opens one window before it, or at the previous observation when that is nearer: a
    // later window opening earlier would cut the previous observation's tally short.
    instants[std::max(previous, d - shed_window_days)] |= kShedReset;
    previous = d;
  }
  for (const auto& iv : interventions_) {
    for (Day d : iv->change_days()) {
      if (d > now_ && d <= horizon) {
        instants[d] |= kChange;
      }
    }
    for (Day d : iv->action_days()) {
      if (d >= now_ && d <= horizon) {
        instants[d] |= kAction;
      }
    }
  }
  for (const auto& [day, what] : instants) {
    advance(day, /*inclusive=*/false);
    if ((what & kChange) != 0U) {
      recompose_modifiers(day);
    }
    if ((what & kAction) != 0U) {
      ScalpEditor editor(*this, day);
      std::uint16_t action_id = 0;
      for (const auto& iv : interventions_) {
        for (Day d : iv->action_days()) {
          ++action_id;
          if (d == day) {
            iv->act(day, action_id, editor);
          }
        }
      }
    }
    advance(day, /*inclusive=*/true);
    // An observation sees the window that ends now; a window that starts now is reset after it (observations
    // spaced exactly one window apart would otherwise all read zero).
    if ((what & kObserve) != 0U) {
      observer(*this, day);
    }
    if ((what & kShedReset) != 0U) {
      reset_shed_tally();
    }
  }
}

void Simulation::advance_to(Day t) { advance(t, /*inclusive=*/false); }

void Simulation::burn_in_to(Day t, Day shed_window_days) {
  // The steps run() takes up to an observation at t: the instant the shed window opens is processed inclusively
  // and the tally reset there; then every transition strictly before t. A window opening at t itself (or before
  // the burn-in) is reset by run() after the observation, as there.
  const Day reset_day = std::max(now_, t - shed_window_days);
  if (reset_day < t) {
    advance(reset_day, /*inclusive=*/false);
    advance(reset_day, /*inclusive=*/true);
    reset_shed_tally();
  }
  advance(t, /*inclusive=*/false);
}

bool Simulation::acts_per_follicle(std::span<const std::unique_ptr<Intervention>> interventions) {
  return std::all_of(interventions.begin(), interventions.end(), [](const std::unique_ptr<Intervention>& iv) {
    return iv->action_days().empty() || iv->acts_per_follicle();
  });
}

bool Simulation::quiet_before(std::span<const std::unique_ptr<Intervention>> interventions, Day t,
                              const Person& person) {
  for (const auto& iv : interventions) {
    for (Day d : iv->change_days()) {
      if (d < t) {
        return false;
      }
    }
    for (Day d : iv->action_days()) {
      if (d < t) {
        return false;
      }
    }
  }
  // Modifiers hold between change days, so their value just before t is their value on every earlier day.
  return compose_modifiers(interventions, t - 1.0, person) == RegionalModifiers{};
}

void Simulation::check_fork(std::span<const std::unique_ptr<Intervention>> interventions) const {
  if (!interventions_.empty()) {
    throw std::invalid_argument("Simulation::fork: the simulation to fork already has interventions");
  }
  if (part_of_scalp_ && !acts_per_follicle(interventions)) {
    // Harvest and implantation choose among the units and add follicles: part of the scalp cannot reproduce them.
    throw std::invalid_argument(
        "Simulation::fork: a simulation of part of the scalp takes only interventions that act through modifiers "
        "or follicle by follicle (not a transplant)");
  }
  if (!quiet_before(interventions, now_, person_)) {
    throw std::invalid_argument("Simulation::fork: an intervention acts before the fork day");
  }
}

void Simulation::attach(std::vector<std::unique_ptr<Intervention>> interventions) {
  interventions_ = std::move(interventions);
  // What run() does at a change day: the new modifiers hold from now, phases under way rescaled. A simulation
  // constructed with these interventions recomposes at their first change day; before it they are the identity.
  recompose_modifiers(now_);
}

Simulation Simulation::fork(std::vector<std::unique_ptr<Intervention>> interventions) const& {
  check_fork(interventions);
  return Simulation(*this, std::move(interventions));
}

Simulation Simulation::fork(std::vector<std::unique_ptr<Intervention>> interventions) && {
  check_fork(interventions);
  Simulation out(std::move(*this));
  out.attach(std::move(interventions));
  return out;
}

Simulation Simulation::join(Simulation part, Simulation rest) {
  if (!part.part_of_scalp_ || !rest.part_of_scalp_ || !part.interventions_.empty() || !rest.interventions_.empty() ||
      part.person_.id != rest.person_.id || part.options_.seed != rest.options_.seed ||
      part.options_.sample_fraction != rest.options_.sample_fraction || part.now_ != rest.now_ ||
      part.shed_since_ != rest.shed_since_) {
    throw std::invalid_argument(
        "Simulation::join: two untreated simulations of parts of one person's scalp, at the same day and with shed "
        "tallies reset on the same day, are needed");
  }
  Simulation out(std::move(part));
  out.store_ = merge_by_key(out.store_, rest.store_);
  out.part_of_scalp_ = !out.store_.key_id.empty();
  for (std::size_t r = 0; r < kRegionCount; ++r) {
    out.shed_[r] += rest.shed_[r];
  }
  out.events_ += rest.events_;
  return out;
}

Simulation::Simulation(const Simulation& base, std::vector<std::unique_ptr<Intervention>> interventions)
    : person_(base.person_),
      params_(base.params_),
      options_(base.options_),
      philox_keys_(base.philox_keys_),
      geometry_(base.geometry_),
      pattern_(base.pattern_),
      cycle_(base.cycle_),
      biology_(base.biology_),
      store_(base.store_),
      modifiers_(base.modifiers_),
      burn_in_start_(base.burn_in_start_),
      now_(base.now_),
      shed_(base.shed_),
      shed_since_(base.shed_since_),
      events_(base.events_),
      part_of_scalp_(base.part_of_scalp_),
      step_rate_(base.step_rate_),
      step_factor_(base.step_factor_),
      loss_threshold_(base.loss_threshold_),
      loss_probability_(base.loss_probability_),
      dropout_per_year_(base.dropout_per_year_),
      growth_mean_(base.growth_mean_),
      growth_log_sd_(base.growth_log_sd_),
      diameter_mean_(base.diameter_mean_),
      diameter_log_sd_(base.diameter_log_sd_) {
  attach(std::move(interventions));
}

void Simulation::lose(std::size_t i) {
  store_.phase[i] = Phase::Lost;
  store_.next_day[i] = kNever;
}

void Simulation::recompose_modifiers(Day t) {
  const RegionalModifiers next = compose_modifiers(interventions_, t, person_);
  // Phases under way keep their elapsed time; their remaining time scales with the change of mean.
  bool rescale = false;
  std::array<std::array<double, kCyclingPhaseCount>, kRegionCount> ratio{};
  for (std::size_t r = 0; r < kRegionCount; ++r) {
    for (std::size_t p = 0; p < kCyclingPhaseCount; ++p) {
      ratio[r][p] = next.region[r].duration_scale[p] / modifiers_.region[r].duration_scale[p];
      rescale = rescale || ratio[r][p] != 1.0;
    }
  }
  if (rescale) {
    for (std::size_t i = 0; i < store_.follicle_count(); ++i) {
      const Phase ph = store_.phase[i];
      if (ph == Phase::Lost || static_cast<double>(store_.next_day[i]) <= t) {
        continue;
      }
      const double k = ratio[region_index(store_.region[i])][static_cast<std::size_t>(ph)];
      store_.next_day[i] = static_cast<float>(t + (static_cast<double>(store_.next_day[i]) - t) * k);
    }
  }
  modifiers_ = next;
}

Shaft Simulation::shaft(std::size_t i) const {
  const FollicleStore& s = store_;
  const Phase ph = s.phase[i];
  if (!holds_hair(i)) {
    return {};
  }
  const Draw d(options_.seed, {person_.id, s.key(i), 0, DrawSite::ShaftTraits, 0});
  const double size = static_cast<double>(s.size[i]);
  const Modifiers& m = modifiers_[s.region[i]];
  Shaft out;
  out.diameter_um = lognormal_from_normal(d.normal01(), diameter_mean_, diameter_log_sd_) * size *
                    biology_.ageing_diameter_factor(age_years()) * m.diameter_scale(ph);
  out.growth_um_per_day = lognormal_from_normal(d.normal23(), growth_mean_, growth_log_sd_) *
                          cycle_.growth_factor(size) * m.growth_rate_scale;
  const double end = ph == Phase::Anagen ? now_ : static_cast<double>(s.shaft_end_day[i]);
  out.length_um = out.growth_um_per_day * std::max(0.0, end - static_cast<double>(s.shaft_start_day[i]));
  return out;
}

}  // namespace trichosim
