#include "trial/runner.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <exception>
#include <limits>
#include <optional>
#include <sstream>
#include <utility>

#include "core/input_error.hpp"
#include "core/rng.hpp"
#include "core/simulation.hpp"
#include "measure/assessment.hpp"
#include "measure/measurement_error.hpp"
#include "treat/registry.hpp"
#include "trial/endpoints.hpp"
#include "trial/plan.hpp"
#include "trial/reading.hpp"

namespace trichosim::trial {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

// Thrown from the baseline observer to stop the run of a candidate who fails screening.
struct ScreenedOut {};

using Readings = std::vector<std::vector<double>>;  // [endpoint][visit]

bool passes_screening(const Plan& plan, const ScalpReading& baseline) {
  const auto& criteria = plan.design.inclusion.screening;
  for (std::size_t c = 0; c < criteria.size(); ++c) {
    const double v =
        plan.screening[c]->value(criteria[c].site, baseline.at(criteria[c].site), baseline, plan.design.parameters);
    if (!(v >= criteria[c].min && v <= criteria[c].max)) {
      return false;
    }
  }
  return true;
}

bool passes_person_criteria(const Inclusion& inc, const Person& p) {
  return p.age_years >= inc.age_min_years && p.age_years <= inc.age_max_years && (!inc.sex || *inc.sex == p.sex);
}

std::vector<Day> visit_days_before_dropout(const Plan& plan, const PatientOutcome& patient) {
  std::vector<Day> days;
  for (Day day : plan.visit_days) {
    if (days.empty() || day <= patient.dropout_day) {
      days.push_back(day);
    }
  }
  return days;
}

// The draw slot and the registry's relative SD of a counting method's error (ReadingError other than None).
std::pair<measure::ErrorQuantity, Param> counting_method(ReadingError error) {
  switch (error) {
    case ReadingError::Phototrichogram:
      return {measure::ErrorQuantity::PhototrichogramCount, Param::measure_error_phototrichogram_count_cv};
    case ReadingError::Trichoscopy:
      return {measure::ErrorQuantity::TrichoscopyCount, Param::measure_error_trichoscopy_count_cv};
    case ReadingError::None:
    case ReadingError::TargetArea:
      break;
  }
  return {measure::ErrorQuantity::TargetAreaCount, Param::measure_error_target_area_count_cv};
}

// The factor a counting error multiplies endpoint e's reading at `visit` by (1 without one): keyed by the trial seed,
// the patient, the endpoint and the visit, so every arm reads a patient with the same error (common random numbers).
double reading_factor(const TrialDesign& d, const PatientOutcome& patient, std::size_t e, std::size_t visit) {
  const ReadingError error = d.endpoints[e].reading_error;
  if (error == ReadingError::None) {
    return 1.0;
  }
  const auto [quantity, cv] = counting_method(error);
  const measure::ErrorKey key{d.seed, patient.who.person.id, static_cast<std::uint32_t>(e),
                              static_cast<std::uint32_t>(visit)};
  return measure::reading_factor(key, quantity, d.parameters[cv]);
}

// The positions of the scalp on the Norwood, Ludwig and Sinclair scales, by measure's classifier.
StageRanks stage_ranks(const measure::Assessor& stager, const Simulation& live) {
  const measure::Assessment a = stager.stage(live);
  return StageRanks{a.norwood.rank, a.ludwig.rank, a.sinclair.rank};
}

// Runs one arm's simulation through the visits, staging with `stager` the readings that need it (every visit for a
// stage endpoint, the screening reading for a stage criterion). With `screen`, the baseline reading is checked first
// and nullopt returned when the candidate fails.
std::optional<Readings> run_visits(const Plan& plan, Simulation& sim, const PatientOutcome& patient, bool screen,
                                   const measure::Assessor* stager) {
  const TrialDesign& d = plan.design;
  const std::vector<Day> days = visit_days_before_dropout(plan, patient);
  Readings values(plan.endpoints.size(), std::vector<double>(plan.visit_days.size(), kNaN));
  std::size_t visit = 0;
  try {
    sim.run(days, plan.shed_window_days, [&](const Simulation& live, Day) {
      // The screening reading (arm 0 at baseline, when it is not read on the untreated scalp) reads every follicle.
      const bool screening = visit == 0 && screen;
      ScalpReading r = read_scalp(live, plan.circles, screening ? UnitFilter{} : plan.endpoint_units);
      if (stager != nullptr && (plan.endpoint_stages || (screening && plan.screening_stages))) {
        r.stages = stage_ranks(*stager, live);
      }
      if (screening && !passes_screening(plan, r)) {
        throw ScreenedOut{};
      }
      for (std::size_t e = 0; e < plan.endpoints.size(); ++e) {
        const Site& site = d.endpoints[e].site;
        values[e][visit] =
            plan.endpoints[e]->value(site, r.at(site), r, d.parameters) * reading_factor(d, patient, e, visit);
      }
      ++visit;
    });
  } catch (const ScreenedOut&) {
    return std::nullopt;
  }
  return values;
}

// Reads a copy of `burnt_in`, an untreated simulation burnt in to the baseline, at the baseline visit and checks the
// screening criteria there, staging the reading with `stager` when a criterion needs stages.
bool passes_screening_at_baseline(const Plan& plan, const Simulation& burnt_in, const measure::Assessor* stager) {
  bool passed = false;
  const Day baseline = plan.visit_days.front();
  Simulation sim = burnt_in.fork({});
  sim.run(std::span(&baseline, 1), plan.shed_window_days, [&](const Simulation& live, Day) {
    ScalpReading r = read_scalp(live, plan.circles, plan.screening_units);
    if (stager != nullptr && plan.screening_stages) {
      r.stages = stage_ranks(*stager, live);
    }
    passed = passes_screening(plan, r);
  });
  return passed;
}

// Simulates one candidate in every arm; nullopt when they fail the person criteria or the screening. The untreated
// history up to baseline is simulated once and forked into each arm whose events all lie in the trial
// (Simulation::quiet_before); an arm with an event before baseline is simulated from the start of the burn-in. Both
// give the same readings, event for event. When arm 0 is forked, the screening reads the untreated scalp at
// baseline (treatment starting that day does not colour it), first on the part of the scalp it needs when that is
// less than the whole (Plan::screening_units), so a candidate who fails costs that part's burn-in only (one who
// passes has the rest of the scalp simulated and joined to it); otherwise it reads arm 0 at baseline. When the
// endpoints too read part of the scalp and every arm acts through modifiers or follicle by follicle
// (Simulation::acts_per_follicle), the patient is simulated on the units the trial reads and nothing else
// (Plan::trial_units). Each path gives the whole scalp's readings, bit for bit.
std::optional<std::vector<Readings>> simulate_patient(const Plan& plan, const PatientOutcome& patient,
                                                      const RunOptions& options) {
  const TrialDesign& d = plan.design;
  const Person& person = patient.who.person;
  if (!passes_person_criteria(d.inclusion, person)) {
    return std::nullopt;
  }
  const SimulationOptions sim_options{d.seed, 1, d.sample_fraction};
  std::vector<std::vector<std::unique_ptr<Intervention>>> interventions(d.arms.size());
  std::vector<bool> forked(d.arms.size());
  for (std::size_t a = 0; a < d.arms.size(); ++a) {
    if (patient.adherence_draw < d.arms[a].adherence) {
      interventions[a] = plan.factory(d.arms[a], d.parameters);
    }
    forked[a] = options.fork_at_baseline && Simulation::quiet_before(interventions[a], 0.0, person);
  }
  std::optional<Simulation> baseline;
  // The stage classifier's reference: the person's scalp at the burn-in start, before androgens act (the same in
  // every arm, as arms differ only from baseline or by their own events after the burn-in start).
  std::optional<measure::Assessor> stager;
  auto make_stager = [&](const Simulation& fresh) {
    if ((plan.endpoint_stages || plan.screening_stages) && !stager) {
      stager.emplace(fresh);
    }
  };
  auto burnt_in_baseline = [&]() -> Simulation& {
    if (!baseline) {
      baseline.emplace(person, d.parameters, sim_options);
      make_stager(*baseline);
      baseline->burn_in_to(0.0, plan.shed_window_days);
    }
    return *baseline;
  };
  const bool screen_untreated = forked[0] && !plan.screening.empty();
  const bool part_throughout = options.simulate_part_of_scalp && plan.trial_units &&
                               std::all_of(forked.begin(), forked.end(), [](bool f) { return f; }) &&
                               std::all_of(interventions.begin(), interventions.end(),
                                           [](const auto& arm) { return Simulation::acts_per_follicle(arm); });
  auto burnt_in_part = [&](const UnitFilter& units) {
    Simulation part = Simulation::part_of_scalp(person, d.parameters, sim_options, units);
    part.burn_in_to(0.0, plan.shed_window_days);
    return part;
  };
  if (part_throughout) {
    // Every reading of this patient reads the trial's units only, and every arm acts through modifiers or follicle
    // by follicle: the patient is simulated on those units alone (each follicle as on the whole scalp), screened,
    // and forked.
    baseline.emplace(burnt_in_part(plan.trial_units));
    if (screen_untreated && !passes_screening_at_baseline(plan, *baseline, nullptr)) {
      return std::nullopt;
    }
  } else if (screen_untreated && plan.screening_units && options.simulate_part_of_scalp) {
    Simulation part = burnt_in_part(plan.screening_units);
    if (!passes_screening_at_baseline(plan, part, nullptr)) {
      return std::nullopt;
    }
    // The rest of the scalp joins the part for the arms. A stage endpoint's reference is the whole scalp at the
    // burn-in start, so such a trial simulates the whole baseline afresh instead.
    if (!plan.endpoint_stages) {
      baseline.emplace(Simulation::join(std::move(part), burnt_in_part(plan.other_units)));
    }
  } else if (screen_untreated) {
    const Simulation& whole = burnt_in_baseline();  // makes the stager first
    if (!passes_screening_at_baseline(plan, whole, stager ? &*stager : nullptr)) {
      return std::nullopt;
    }
  }
  std::vector<Readings> arms;
  for (std::size_t a = 0; a < d.arms.size(); ++a) {
    const bool screen = a == 0 && !screen_untreated;
    std::optional<Readings> values;
    if (forked[a]) {
      Simulation& base = burnt_in_baseline();
      // The last arm takes the baseline's state instead of copying it.
      Simulation sim = a + 1 == d.arms.size() ? std::move(base).fork(std::move(interventions[a]))
                                              : base.fork(std::move(interventions[a]));
      values = run_visits(plan, sim, patient, screen, stager ? &*stager : nullptr);
    } else {
      Simulation sim(person, d.parameters, sim_options, std::move(interventions[a]));
      make_stager(sim);
      values = run_visits(plan, sim, patient, screen, stager ? &*stager : nullptr);
    }
    if (!values) {
      return std::nullopt;
    }
    arms.push_back(std::move(*values));
  }
  return arms;
}

PatientOutcome candidate(const TrialDesign& d, std::uint32_t id) {
  PatientOutcome p;
  p.who = cohort::sample_person(d.population, d.parameters, d.seed, id);
  const Draw draw(d.seed, {id, 0, 0, DrawSite::TrialPatient, 0});
  p.adherence_draw = draw.uniform(0);
  p.dropout_day = d.dropout_per_year > 0.0 ? years_to_days(-std::log(draw.uniform(1)) / d.dropout_per_year) : kInf;
  return p;
}

/// Collects the first exception thrown inside a parallel loop, to rethrow after it.
class FirstError {
 public:
  template <typename F>
  void guard(F&& f) {
    try {
      f();
    } catch (...) {
#pragma omp critical(trial_first_error)
      if (!error_) {
        error_ = std::current_exception();
      }
    }
  }
  void rethrow() const {
    if (error_) {
      std::rethrow_exception(error_);
    }
  }

 private:
  std::exception_ptr error_;
};

}  // namespace

std::vector<std::unique_ptr<Intervention>> registry_interventions(const Arm& arm, const Parameters& params) {
  std::vector<std::unique_ptr<Intervention>> out;
  for (const auto& e : arm.events) {
    out.push_back(treat::make_intervention(e, params));
  }
  return out;
}

void throw_screening_shortfall(const TrialDesign& d, std::size_t filled, std::size_t screened) {
  std::ostringstream os;
  os << d.source << ": screening: only " << filled << " of " << d.patients() << " places filled after screening "
     << screened << " candidates (max_screened_per_enrolled = " << d.max_screened_per_enrolled
     << "); widen the population or the screening ranges";
  throw ScreeningShortfall(os.str());
}

std::size_t candidate_record_size(const TrialDesign& d) {
  return 1 + d.arms.size() * d.endpoints.size() * d.visit_years.size();
}

void simulate_candidates(const TrialDesign& d, const RunOptions& options, std::size_t first, std::size_t count,
                         std::vector<double>& records) {
  const Plan plan = make_plan(d, options.interventions);
  const std::size_t width = candidate_record_size(d);
  const std::size_t per_arm = d.endpoints.size() * d.visit_years.size();
  records.assign(count * width, kNaN);
  FirstError error;
#pragma omp parallel for schedule(dynamic, 1) num_threads(std::max(1, options.threads))
  for (std::ptrdiff_t k = 0; k < static_cast<std::ptrdiff_t>(count); ++k) {
    const auto kk = static_cast<std::size_t>(k);
    error.guard([&] {
      double* record = records.data() + kk * width;
      const PatientOutcome p = candidate(d, static_cast<std::uint32_t>(first + kk));
      // Every arm is simulated: the patient's place, hence which arms they are in, is known only when the
      // records are folded in candidate order (wasted work only when arms differ in size).
      const std::optional<std::vector<Readings>> arms = simulate_patient(plan, p, options);
      record[0] = arms ? 1.0 : 0.0;
      for (std::size_t a = 0; arms && a < arms->size(); ++a) {
        const Readings& values = (*arms)[a];
        for (std::size_t e = 0; e < values.size(); ++e) {
          std::copy(values[e].begin(), values[e].end(), record + 1 + a * per_arm + e * d.visit_years.size());
        }
      }
    });
  }
  error.rethrow();
}

void check_interventions(const TrialDesign& design, const InterventionFactory& factory) {
  for (const auto& arm : design.arms) {
    factory(arm, design.parameters);
  }
}

TrialOutcome run_trial(const TrialDesign& d, const RunOptions& options) {
  const auto t0 = std::chrono::steady_clock::now();
  const Plan plan = make_plan(d, options.interventions);
  const int threads = std::max(1, options.threads);
  const std::size_t places = d.patients();
  const auto max_screen =
      static_cast<std::size_t>(std::ceil(static_cast<double>(places) * d.max_screened_per_enrolled));

  TrialOutcome out;
  out.threads = threads;
  FirstError error;
  // Candidates in candidate order, in batches simulated in parallel (screening and every arm); acceptance is
  // sequential in candidate order, so the enrolled set does not depend on the thread count.
  const std::size_t batch = std::max<std::size_t>(16, 4 * static_cast<std::size_t>(threads));
  std::size_t next = 0;
  while (out.patients.size() < places && next < max_screen) {
    const std::size_t b = std::min(batch, max_screen - next);
    std::vector<PatientOutcome> cands(b);
    std::vector<std::optional<std::vector<Readings>>> arms(b);
#pragma omp parallel for schedule(dynamic, 1) num_threads(threads)
    for (std::ptrdiff_t k = 0; k < static_cast<std::ptrdiff_t>(b); ++k) {
      const auto kk = static_cast<std::size_t>(k);
      error.guard([&] {
        cands[kk] = candidate(d, static_cast<std::uint32_t>(next + kk));
        arms[kk] = simulate_patient(plan, cands[kk], options);
      });
    }
    error.rethrow();
    for (std::size_t k = 0; k < b && out.patients.size() < places; ++k) {
      out.screened = next + k + 1;
      if (!arms[k]) {
        continue;
      }
      PatientOutcome p = std::move(cands[k]);
      const std::size_t slot = out.patients.size();
      p.values.assign(d.arms.size(), Readings(d.endpoints.size(), std::vector<double>(d.visit_years.size(), kNaN)));
      for (std::size_t a = 0; a < d.arms.size(); ++a) {
        if (slot < d.arms[a].n) {
          p.values[a] = std::move((*arms[k])[a]);
        }
      }
      out.patients.push_back(std::move(p));
      if (options.progress) {
        options.progress(static_cast<double>(out.patients.size()) / static_cast<double>(places));
      }
    }
    next += b;
  }
  if (out.patients.size() < places) {
    throw_screening_shortfall(d, out.patients.size(), out.screened);
  }
  out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return out;
}

}  // namespace trichosim::trial
