// The engine's event loop (Simulation::advance): every follicle through its transitions up to a day, in sweeps.
//
// A block of follicles takes its transitions in sweeps: each sweep gives every follicle still due its next
// transition, grouped by phase, so each group is a loop over independent follicles. That lets each group's draws be
// computed in batches (Philox words eight at a time, standard normals and exps four at a time when the processor
// has AVX2 and FMA), where most of the loop's time went: the draws' instruction count, not the latency of one
// follicle's chain of transitions, bounded the loop that ran each follicle to the end before the next
// (bench/RESULTS.md). Each follicle still takes its own transitions in its own order with the same draws and the same
// floating-point operations; what is shared between follicles (the shed tally, the event count) is an integer sum,
// whose order does not matter.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <span>
#include <vector>

#include "core/exact_exp.hpp"
#include "core/hazard.hpp"
#include "core/normal_batch.hpp"
#include "core/philox_batch.hpp"
#include "core/rng.hpp"
#include "core/simulation.hpp"

namespace trichosim {
namespace {

// Follicles per unit of work handed to a thread (and per sweep).
constexpr std::size_t kBlock = 2048;
constexpr std::size_t kPhaseSlots = 5;  // the cycling phases and Lost
// The phase sort keeps its five counts in one 64-bit word, a field of kCountBits each: the appends then wait on a
// register add, not on the store of a count raised one follicle earlier (a store-to-load chain that had been a tenth
// of the loop's time). A field holds up to kBlock.
constexpr unsigned kCountBits = 12;
static_assert(kBlock < (std::size_t{1} << kCountBits) && kPhaseSlots * kCountBits <= 64);

// The cycle number `step` (0 or 1) anagen entries later; it stays at its largest value once there.
std::uint16_t next_cycle(std::uint16_t cycle, unsigned step) {
  return cycle < std::numeric_limits<std::uint16_t>::max() ? static_cast<std::uint16_t>(cycle + step) : cycle;
}

}  // namespace

/// Follicle lists of one sweep over a block, reused from sweep to sweep (one per thread). Sized to the block, not to
/// kBlock: a small target-area scalp calls advance at every instant, and ~350 kB of lists per call (allocated by
/// mmap, page faults included) had cost more than its events.
struct Simulation::SweepLists {
  std::size_t stride;  // the block size the lists have room for
  std::vector<std::uint32_t> live;
  // Due follicles by phase, list p at [p x stride, (p + 1) x stride) of one buffer; the Kenogen list also takes the
  // telogen follicles that start a new anagen at once.
  std::vector<std::uint32_t> due_lists;
  // The Philox words of one list's draws, computed ahead in a loop of their own.
  std::vector<std::array<std::uint32_t, 4>> words;
  std::vector<std::uint32_t> cycles;  // the counters' cycle numbers
  std::vector<double> z;              // standard normals from one word of each draw
  std::vector<std::uint32_t> keys;    // the draws' follicle keys, when they are not the indices (part of a scalp)

  /// Room for a block of `size` follicles.
  explicit SweepLists(std::size_t size)
      : stride(size), live(size), due_lists(kPhaseSlots * size), words(size), cycles(size), z(size) {}

  /// The first follicle of the due list of phase slot p.
  std::uint32_t* due(std::size_t p) { return due_lists.data() + p * stride; }
};

/// The phase durations drawn in one sweep, kept until the sweep's end to take their exps together: follicle i's
/// next transition is then day t + mean x exp(x), the operations of lognormal_from_normal.
struct Simulation::PendingDurations {
  std::vector<std::uint32_t> follicle;
  std::vector<double> t;
  std::vector<double> mean;
  std::vector<double> x;
  std::vector<double> exp_x;
  std::size_t n = 0;

  /// Room for a block of `size` follicles.
  explicit PendingDurations(std::size_t size) : follicle(size), t(size), mean(size), x(size), exp_x(size) {}

  void add(std::uint32_t i, Day day, double mean_days, double exponent) {
    follicle[n] = i;
    t[n] = day;
    mean[n] = mean_days;
    x[n] = exponent;
    ++n;
  }

  void write_next_days(FollicleStore& s) {
    exp_batch(std::span(x.data(), n), exp_x);
    for (std::size_t k = 0; k < n; ++k) {
      s.next_day[follicle[k]] = static_cast<float>(t[k] + mean[k] * exp_x[k]);
    }
    n = 0;
  }
};

void Simulation::defer_duration(Phase p, double mean_days, std::uint32_t i, Day t, double z,
                                PendingDurations& pending) const {
  // The phase's mean under the region's modifiers, and the lognormal's exponent (lognormal_from_normal).
  const Modifiers& m = modifiers_[store_.region[i]];
  pending.add(i, t, mean_days * m.duration_scale[static_cast<std::size_t>(p)], lognormal_exponent(z, cycle_.log_sd(p)));
}

void Simulation::advance(Day t, bool inclusive) {
  if (t < now_) {
    return;
  }
  const std::size_t n = store_.follicle_count();
  const auto blocks = static_cast<std::ptrdiff_t>((n + kBlock - 1) / kBlock);
  std::uint64_t events = 0;
  std::uint64_t* shed = shed_.data();
  // Follicles are independent between instants, so any split over threads gives identical results; tallies are
  // integer sums.
#pragma omp parallel num_threads(std::max(1, options_.threads))
  {
    AnagenMeanMemo anagen_mean(cycle_);
    SweepLists lists(std::min(n, kBlock));
    PendingDurations pending(std::min(n, kBlock));
#pragma omp for schedule(static, 1) reduction(+ : events) reduction(+ : shed[:kRegionCount])
    for (std::ptrdiff_t b = 0; b < blocks; ++b) {
      ShedTally local{};
      std::uint64_t local_events = 0;
      const std::size_t begin = static_cast<std::size_t>(b) * kBlock;
      sweep_block(begin, std::min(n, begin + kBlock), t, inclusive, local, local_events, anagen_mean, lists, pending);
      for (std::size_t r = 0; r < kRegionCount; ++r) {
        shed[r] += local[r];
      }
      events += local_events;
    }
  }
  events_ += events;
  now_ = t;
}

void Simulation::sweep_block(std::size_t begin, std::size_t end, Day until, bool inclusive, ShedTally& shed,
                             std::uint64_t& events, AnagenMeanMemo& anagen_mean, SweepLists& lists,
                             PendingDurations& pending) {
  FollicleStore& s = store_;
  std::size_t live = end - begin;
  for (std::size_t k = 0; k < live; ++k) {
    lists.live[k] = static_cast<std::uint32_t>(begin + k);
  }
  std::uint32_t* const anagen = lists.due(static_cast<std::size_t>(Phase::Anagen));
  std::uint32_t* const catagen = lists.due(static_cast<std::size_t>(Phase::Catagen));
  std::uint32_t* const telogen = lists.due(static_cast<std::size_t>(Phase::Telogen));
  std::uint32_t* const entry = lists.due(static_cast<std::size_t>(Phase::Kenogen));
  std::uint32_t* const lost = lists.due(static_cast<std::size_t>(Phase::Lost));
  std::uint32_t* const due = lists.due_lists.data();
  const std::size_t stride = lists.stride;
  constexpr std::uint64_t kCountMask = (std::uint64_t{1} << kCountBits) - 1U;
  while (live > 0) {
    // Sort the live follicles by phase, keeping only those with a transition due (branch-free appends).
    std::uint64_t counts = 0;
    for (std::size_t k = 0; k < live; ++k) {
      const std::uint32_t i = lists.live[k];
      const double t = static_cast<double>(s.next_day[i]);
      const auto p = static_cast<unsigned>(s.phase[i]);
      const unsigned shift = p * kCountBits;
      due[p * stride + ((counts >> shift) & kCountMask)] = i;
      counts += static_cast<std::uint64_t>((inclusive ? t > until : t >= until) ? 0U : 1U) << shift;
    }
    const auto count = [counts](Phase p) {
      return static_cast<std::size_t>((counts >> (static_cast<unsigned>(p) * kCountBits)) & kCountMask);
    };
    const std::size_t n_anagen = count(Phase::Anagen);
    const std::size_t n_catagen = count(Phase::Catagen);
    const std::size_t n_telogen = count(Phase::Telogen);
    const std::size_t n_kenogen = count(Phase::Kenogen);
    const std::size_t n_lost = count(Phase::Lost);
    events += n_anagen + n_catagen + n_telogen + n_kenogen + n_lost;

    for (std::size_t k = 0; k < n_lost; ++k) {
      s.next_day[lost[k]] = kNever;
    }
    // Each list's draws ahead: the Philox words, then the standard normal of word 0 (Draw::normal01), or of word 2
    // for a new anagen.
    draw_words(std::span(anagen, n_anagen), DrawSite::CatagenDuration, 0, lists);
    standard_normals_batch(std::span(lists.words.data(), n_anagen), 0, lists.z);
    for (std::size_t k = 0; k < n_anagen; ++k) {
      const std::uint32_t i = anagen[k];
      const double t = static_cast<double>(s.next_day[i]);
      s.phase[i] = Phase::Catagen;
      s.shaft_end_day[i] = static_cast<float>(t);
      defer_duration(Phase::Catagen, cycle_.mean_days(Phase::Catagen, static_cast<double>(s.size[i])), i, t, lists.z[k],
                     pending);
    }
    draw_words(std::span(catagen, n_catagen), DrawSite::TelogenDuration, 0, lists);
    standard_normals_batch(std::span(lists.words.data(), n_catagen), 0, lists.z);
    for (std::size_t k = 0; k < n_catagen; ++k) {
      const std::uint32_t i = catagen[k];
      const double t = static_cast<double>(s.next_day[i]);
      s.phase[i] = Phase::Telogen;
      defer_duration(Phase::Telogen, cycle_.mean_days(Phase::Telogen, static_cast<double>(s.size[i])), i, t, lists.z[k],
                     pending);
    }
    std::size_t n_entry = n_kenogen;
    draw_words(std::span(telogen, n_telogen), DrawSite::TelogenExit, 0, lists);
    standard_normals_batch(std::span(lists.words.data(), n_telogen), 0, lists.z);
    for (std::size_t k = 0; k < n_telogen; ++k) {
      // Exogen: the club hair is shed now; then kenogen, or a new anagen at once (with the kenogen follicles).
      const std::uint32_t i = telogen[k];
      ++shed[region_index(s.region[i])];
      const double t = static_cast<double>(s.next_day[i]);
      const double size = static_cast<double>(s.size[i]);
      const Modifiers& m = modifiers_[s.region[i]];
      const double p_kenogen = std::min(1.0, cycle_.kenogen_probability(size) * m.kenogen_probability_scale);
      if (to_unit_open(lists.words[k][2]) < p_kenogen) {
        s.phase[i] = Phase::Kenogen;
        defer_duration(Phase::Kenogen, cycle_.mean_days(Phase::Kenogen, size), i, t, lists.z[k], pending);
      } else {
        entry[n_entry++] = i;
      }
    }
    // A new anagen draws at its new cycle number.
    draw_words(std::span(entry, n_entry), DrawSite::AnagenEntry, 1, lists);
    standard_normals_batch(std::span(lists.words.data(), n_entry), 2, lists.z);
    for (std::size_t k = 0; k < n_entry; ++k) {
      const std::uint32_t i = entry[k];
      begin_anagen(i, static_cast<double>(s.next_day[i]), lists.words[k], lists.z[k], anagen_mean, pending);
    }
    pending.write_next_days(s);

    // The next sweep looks again at every follicle that moved (Lost ones have nothing more to do).
    live = 0;
    for (const auto& [list, n_due] : {std::pair{anagen, n_anagen}, std::pair{catagen, n_catagen},
                                      std::pair{telogen, n_telogen}, std::pair{entry, n_kenogen}}) {
      std::copy_n(list, n_due, lists.live.begin() + static_cast<std::ptrdiff_t>(live));
      live += n_due;
    }
  }
}

void Simulation::draw_words(std::span<const std::uint32_t> follicles, DrawSite site, unsigned cycle_step,
                            SweepLists& lists) const {
  for (std::size_t k = 0; k < follicles.size(); ++k) {
    lists.cycles[k] = next_cycle(store_.cycle[follicles[k]], cycle_step);
  }
  // On part of a scalp each follicle draws with its key on the whole scalp.
  philox_words_batch(philox_keys_, person_.id, store_.keys_of(follicles, lists.keys), lists.cycles, site, 0,
                     lists.words);
}

void Simulation::begin_anagen(std::uint32_t i, Day t, const std::array<std::uint32_t, 4>& w, double z,
                              AnagenMeanMemo& anagen_mean, PendingDurations& pending) {
  FollicleStore& s = store_;
  s.cycle[i] = next_cycle(s.cycle[i], 1);
  // One Philox call per new cycle (`w`, keyed by the new cycle number): word 0 split into two 16-bit uniforms
  // (dropout, loss: probabilities far above 2^-16), word 1 for the miniaturisation step, word 2 for the anagen
  // duration (the standard normal z, computed from it ahead).
  constexpr double kInv16 = 1.0 / 65536.0;
  const double u_dropout = (static_cast<double>(w[0] >> 16U) + 0.5) * kInv16;
  const double u_loss = (static_cast<double>(w[0] & 0xffffU) + 0.5) * kInv16;
  const Modifiers& m = modifiers_[s.region[i]];

  // Age-related dropout over the cycle that just ended (Sinclair 2005: a constant yearly hazard).
  const double cycle_years = days_to_years(std::max(0.0, t - static_cast<double>(s.shaft_start_day[i])));
  if (hazard_hit(u_dropout, dropout_per_year_ * cycle_years)) {
    lose(i);
    return;
  }
  // Miniaturisation: a size step with probability 1 - exp(-rate x drive).
  const double age = person_.age_years + days_to_years(t);
  const double drive = static_cast<double>(s.sensitivity[i]) * biology_.miniaturisation_drive(age) * m.androgen_drive;
  double size = static_cast<double>(s.size[i]);
  if (drive > 0.0 && hazard_hit(to_unit_open(w[1]), step_rate_ * drive * m.miniaturisation_scale)) {
    size *= step_factor_;
  }
  const double cap = (s.flags[i] & kVellusBorn) != 0U ? cycle_.vellus_size() : 1.0;
  size = std::min(cap, size + m.size_gain_per_cycle);
  s.size[i] = static_cast<float>(size);
  // End-stage follicles may be lost for good.
  if (size < loss_threshold_ && u_loss < loss_probability_) {
    lose(i);
    return;
  }
  s.phase[i] = Phase::Anagen;
  s.shaft_start_day[i] = static_cast<float>(t);
  s.shaft_end_day[i] = kStillGrowing;
  defer_duration(Phase::Anagen, anagen_mean.anagen_mean_days(size), i, t, z, pending);
}

}  // namespace trichosim
