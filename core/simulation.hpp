#pragma once
#include <algorithm>
#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <numeric>
#include <span>
#include <utility>
#include <vector>

#include "core/biology.hpp"
#include "core/cycle_model.hpp"
#include "core/follicle_store.hpp"
#include "core/intervention.hpp"
#include "core/parameters.hpp"
#include "core/pattern_map.hpp"
#include "core/person.hpp"
#include "core/rng.hpp"
#include "core/scalp_geometry.hpp"

namespace trichosim {

/// How a run is executed. The thread count never changes results; the seed and the sample fraction do.
struct SimulationOptions {
  std::uint64_t seed = 1;  ///< run seed; every draw is keyed by (seed, person, follicle, cycle, site, slot)
  int threads = 1;         ///< worker threads for the follicle loop (results identical for any count)
  /// Target-area mode for cohorts and trials: simulate only this share (0 < f <= 1) of the follicular units, an
  /// unbiased thinning of the unit lattice (the kept units are a subset of the full scalp's, at the same places).
  /// Expected per-cm² densities are f times the full scalp's, so readers divide counts by f (trial/reading.cpp
  /// does); measure::summarise assumes f = 1.
  double sample_fraction = 1.0;
};

/// Shaft properties of one follicle, derived on demand from its size, its drawn traits and the person's age.
struct Shaft {
  double diameter_um = 0.0;        ///< current shaft diameter (0 when the follicle holds no hair)
  double length_um = 0.0;          ///< visible length, uncut
  double growth_um_per_day = 0.0;  ///< current growth rate
};

/// Which follicular units (by position and region) a simulation of part of the scalp keeps.
using UnitFilter = std::function<bool(MapPoint, Region)>;

/// Hairs shed (exogen events) per region since the tally was last reset.
using ShedTally = std::array<std::uint64_t, kRegionCount>;

/// One person's scalp, simulated event by event. Follicles jump from transition to transition; `advance_to`
/// moves every follicle to a given day. Interventions' modifiers are composed on their change days.
///
/// Order of work at one instant d (docs/model.md, "Order of work"): transitions strictly before d; modifier
/// changes at d (rescaling phases under way); instantaneous actions at d; transitions at exactly d;
/// observations at d.
class Simulation {
 public:
  Simulation(const Person& person, const Parameters& params, SimulationOptions options,
             std::vector<std::unique_ptr<Intervention>> interventions = {});

  /// A simulation of part of the scalp: only the follicles of the units for which keep_unit(position, region) is
  /// true (after the sample fraction's thinning). Each lives the life it lives on the whole scalp, event for event,
  /// as its draws keep their keys (FollicleStore::key_id), so a reading of those units is the whole scalp's, bit for
  /// bit; the shed tally of a region kept whole is the whole scalp's too. For readers that need a small part of the
  /// scalp, such as a trial's screening and endpoints in target areas. It takes interventions only through fork(),
  /// and only those that act through modifiers or follicle by follicle (acts_per_follicle).
  static Simulation part_of_scalp(const Person& person, const Parameters& params, SimulationOptions options,
                                  const UnitFilter& keep_unit);

  /// The simulation of the follicles of `part` and `rest`, two simulations of parts of the same untreated scalp at
  /// the same day with no follicle in common: when together they hold the whole scalp, it equals, event for event,
  /// the whole scalp's simulation run to that day (shed tallies and event counts add). Throws std::invalid_argument
  /// when they are not two untreated parts of one person's scalp at one day.
  static Simulation join(Simulation part, Simulation rest);

  /// Observer called at each requested observation day, after everything due that day.
  using Observer = std::function<void(const Simulation&, Day)>;

  /// Runs from now to the last observation day, calling `observer` at each of `observe_days` (ascending,
  /// >= now). The shed tally is reset `shed_window_days` before each observation, or at the previous observation
  /// when that is nearer, so at the observer it holds the hairs shed over that span (shed_tally_days()).
  void run(std::span<const Day> observe_days, Day shed_window_days, const Observer& observer);

  /// Moves every follicle through all transitions strictly before day `t` (no modifier changes).
  void advance_to(Day t);

  /// Runs the history up to day `t` as run() would before an observation at `t`: every transition strictly
  /// before `t`, with the shed tally reset `shed_window_days` before it. With fork(), one burn-in then serves
  /// several continuations (the arms of a trial). Precondition: no intervention changes anything before `t`.
  void burn_in_to(Day t, Day shed_window_days);

  /// True when none of `interventions` changes anything before day `t`: no change or action day before `t`, and
  /// the modifiers they compose before `t` are the identity. Then attaching them at `t` (fork) gives exactly
  /// the run of a simulation constructed with them.
  static bool quiet_before(std::span<const std::unique_ptr<Intervention>> interventions, Day t, const Person& person);

  /// True when every one of `interventions` acts through modifiers alone (no action days) or decides follicle by
  /// follicle (Intervention::acts_per_follicle), so a simulation of part of the scalp may take them: each of its
  /// follicles then lives its whole-scalp life. A transplant, which chooses among units and adds follicles, may not.
  static bool acts_per_follicle(std::span<const std::unique_ptr<Intervention>> interventions);

  /// A copy of this simulation at its current day with `interventions` attached from now on. Equals, event for
  /// event, a simulation constructed with them and run to now. Preconditions, checked (std::invalid_argument):
  /// this simulation has no interventions, quiet_before(interventions, now(), person()), and
  /// acts_per_follicle(interventions) for a simulation of part of the scalp.
  Simulation fork(std::vector<std::unique_ptr<Intervention>> interventions) const&;
  /// The same, taking this simulation's state instead of copying it (for the last continuation).
  Simulation fork(std::vector<std::unique_ptr<Intervention>> interventions) &&;

  Day now() const { return now_; }
  /// Day the burn-in started (androgen onset, or the person's age if younger), <= 0.
  Day burn_in_start() const { return burn_in_start_; }
  /// Person's age at the current day.
  double age_years() const { return person_.age_years + days_to_years(now_); }

  const Person& person() const { return person_; }
  const Parameters& parameters() const { return params_; }
  const ScalpGeometry& geometry() const { return geometry_; }
  const PatternMap& pattern() const { return *pattern_; }
  const CycleModel& cycle_model() const { return cycle_; }
  const PersonBiology& biology() const { return biology_; }
  const FollicleStore& follicles() const { return store_; }
  const RegionalModifiers& modifiers() const { return modifiers_; }
  /// The interventions attached (read-only), for readers of an intervention's own state (the pigment of
  /// micropigmentation, which changes no follicle).
  std::span<const std::unique_ptr<Intervention>> interventions() const { return interventions_; }
  std::uint64_t seed() const { return options_.seed; }
  /// Share of follicular units simulated (SimulationOptions::sample_fraction).
  double sample_fraction() const { return options_.sample_fraction; }

  /// True when follicle i holds a hair now: a shaft phase (anagen, catagen, telogen) whose shaft has started. An
  /// anagen follicle whose shaft broke (chemotherapy) holds none until its regrowth day.
  bool holds_hair(std::size_t i) const {
    return has_shaft(store_.phase[i]) && static_cast<double>(store_.shaft_start_day[i]) <= now_;
  }
  /// Shaft of follicle i at the current day (all zero when it holds no hair).
  Shaft shaft(std::size_t i) const;
  /// out[k] = shaft(first + k) for every k, bit for bit, with the draws of the whole span batched (Philox, normals
  /// and exps several at a time): for readers that visit every follicle. Precondition: first + out.size() <=
  /// follicle count.
  void shafts(std::size_t first, std::span<Shaft> out) const;
  /// out[k] = shaft(follicles[k]) for every k, bit for bit, batched as shafts() is. Precondition: out.size() ==
  /// follicles.size().
  void shafts_of(std::span<const std::uint32_t> follicles, std::span<Shaft> out) const;
  /// Calls f(i, shaft) for every follicle i in index order, shaft being shaft(i) as computed by shafts() a block
  /// of follicles at a time: the loop of readers that visit the whole scalp.
  template <typename F>
  void for_each_shaft(F&& f) const {
    for_each_shaft_where([](std::size_t) { return true; }, std::forward<F>(f));
  }
  /// The same for the follicles i with keep(i) true: the loop of readers that visit part of the scalp.
  template <typename Keep, typename F>
  void for_each_shaft_where(Keep&& keep, F&& f) const {
    constexpr std::size_t kShaftBlock = 1024;
    const std::size_t n = store_.follicle_count();
    std::vector<std::uint32_t> follicles;
    follicles.reserve(std::min(kShaftBlock, n));
    std::vector<Shaft> block(std::min(kShaftBlock, n));
    auto flush = [&] {
      const std::span<Shaft> out(block.data(), follicles.size());
      shafts_of(follicles, out);
      for (std::size_t k = 0; k < follicles.size(); ++k) {
        f(std::size_t{follicles[k]}, out[k]);
      }
      follicles.clear();
    };
    for (std::size_t i = 0; i < n; ++i) {
      if (keep(i)) {
        follicles.push_back(static_cast<std::uint32_t>(i));
        if (follicles.size() == kShaftBlock) {
          flush();
        }
      }
    }
    flush();
  }

  const ShedTally& shed_tally() const { return shed_; }
  /// Hairs in the shed tally over the whole scalp (every region).
  std::uint64_t shed_total() const { return std::accumulate(shed_.begin(), shed_.end(), std::uint64_t{0}); }
  /// The days the shed tally covers: from its last reset (or the simulation's start) to now. Readers divide by
  /// this, not by the window asked of run(): observations nearer than one window leave a shorter span.
  Day shed_tally_days() const { return now_ - shed_since_; }
  /// `hairs` counted in the shed tally as hairs per day over its span (0 for an empty span).
  double shed_rate(double hairs) const {
    const Day days = shed_tally_days();
    return days > 0.0 ? hairs / days : 0.0;
  }
  void reset_shed_tally() {
    shed_.fill(0);
    shed_since_ = now_;
  }
  /// Transitions processed since construction (burn-in included).
  std::uint64_t events_processed() const { return events_; }

 private:
  friend class ScalpEditor;

  Simulation(const Person& person, const Parameters& params, SimulationOptions options,
             std::vector<std::unique_ptr<Intervention>> interventions, const UnitFilter& keep_unit);
  // The state of `base` with `interventions` attached at base.now() (fork()).
  Simulation(const Simulation& base, std::vector<std::unique_ptr<Intervention>> interventions);
  // Throws std::invalid_argument unless `interventions` may be attached now (fork()'s preconditions).
  void check_fork(std::span<const std::unique_ptr<Intervention>> interventions) const;
  // Attaches `interventions` now, as run() does at a change day.
  void attach(std::vector<std::unique_ptr<Intervention>> interventions);

  // The event loop (core/event_loop.cpp): every transition before `t` (at or before, when inclusive).
  void advance(Day t, bool inclusive);
  struct SweepLists;
  struct PendingDurations;
  // The transitions of follicles [begin, end) before `until`, in sweeps (core/event_loop.cpp).
  void sweep_block(std::size_t begin, std::size_t end, Day until, bool inclusive, ShedTally& shed,
                   std::uint64_t& events, AnagenMeanMemo& anagen_mean, SweepLists& lists, PendingDurations& pending);
  // Follicle i's next transition at t + a phase-p duration around `mean_days` drawn from z, once the sweep's exps
  // are taken (PendingDurations).
  void defer_duration(Phase p, double mean_days, std::uint32_t i, Day t, double z, PendingDurations& pending) const;
  void recompose_modifiers(Day t);
  // lists.words[k] = the Philox words of follicles[k]'s draw at `site`, keyed by its cycle number `cycle_step` (0 or
  // 1) anagen entries ahead.
  void draw_words(std::span<const std::uint32_t> follicles, DrawSite site, unsigned cycle_step,
                  SweepLists& lists) const;
  // A new cycle at day t: dropout, miniaturisation, loss and the anagen length, from the words `w` of its
  // AnagenEntry draw and z = to_standard_normal(w[2]).
  void begin_anagen(std::uint32_t i, Day t, const std::array<std::uint32_t, 4>& w, double z,
                    AnagenMeanMemo& anagen_mean, PendingDurations& pending);
  void lose(std::size_t i);

  Person person_;
  Parameters params_;
  SimulationOptions options_;
  PhiloxKeys philox_keys_;  // options_.seed's key schedule, for the event loop's draws
  ScalpGeometry geometry_;
  std::shared_ptr<const PatternMap> pattern_;  // shared by every person with the same parameters and sex
  CycleModel cycle_;
  PersonBiology biology_;
  FollicleStore store_;
  std::vector<std::unique_ptr<Intervention>> interventions_;
  RegionalModifiers modifiers_;
  Day burn_in_start_ = 0.0;
  Day now_ = 0.0;
  ShedTally shed_{};
  Day shed_since_ = 0.0;  // the day the shed tally was last reset
  std::uint64_t events_ = 0;
  bool part_of_scalp_ = false;  // built with a unit filter (part_of_scalp)
  // Cached registry values used on every anagen entry.
  double step_rate_;
  double step_factor_;
  double loss_threshold_;
  double loss_probability_;
  double dropout_per_year_;
  double growth_mean_;
  double growth_log_sd_;
  double diameter_mean_;
  double diameter_log_sd_;
};

/// Builds the follicles of a person's scalp in steady state at day `start` (the burn-in start), keeping the share
/// `sample_fraction` (0-1] of the follicular units (1 = the whole scalp), and of those only the units `keep_unit`
/// accepts when it is set (Simulation::part_of_scalp; the store's key_id then holds each follicle's index in the
/// store built without it).
FollicleStore build_scalp(const Person& person, const Parameters& p, const ScalpGeometry& geometry,
                          const PatternMap& pattern, const CycleModel& cycle, std::uint64_t seed, Day start,
                          double sample_fraction = 1.0, const UnitFilter& keep_unit = {});

}  // namespace trichosim
