#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <span>
#include <vector>

#include "core/exact_exp.hpp"
#include "core/normal_batch.hpp"
#include "core/philox_batch.hpp"
#include "core/rng.hpp"
#include "core/simulation.hpp"

namespace trichosim {
namespace {

double hair_density(const Parameters& p, Ethnicity e) {
  switch (e) {
    case Ethnicity::Caucasian:
      return p[Param::scalp_hair_density_caucasian];
    case Ethnicity::Asian:
      return p[Param::scalp_hair_density_asian];
    case Ethnicity::African:
      return p[Param::scalp_hair_density_african];
    case Ethnicity::Hispanic:
      return p[Param::scalp_hair_density_hispanic];
  }
  return p[Param::scalp_hair_density_caucasian];
}

// Shares of 1..5-hair follicular units. Asian: Han Chinese data; others: the Caucasian rule of thumb.
std::array<double, 5> unit_size_shares(const Parameters& p, Ethnicity e) {
  if (e == Ethnicity::Asian) {
    return {p[Param::scalp_fu_share_1_asian], p[Param::scalp_fu_share_2_asian], p[Param::scalp_fu_share_3_asian],
            p[Param::scalp_fu_share_4_asian], p[Param::scalp_fu_share_5_asian]};
  }
  return {p[Param::scalp_fu_share_1_caucasian], p[Param::scalp_fu_share_2_caucasian],
          p[Param::scalp_fu_share_3_caucasian], p[Param::scalp_fu_share_4_caucasian],
          p[Param::scalp_fu_share_5_caucasian]};
}

std::array<double, kRegionCount> density_weights(const Parameters& p) {
  const double temporal = p[Param::scalp_density_weight_temporal];
  const double parietal = p[Param::scalp_density_weight_parietal];
  return {p[Param::scalp_density_weight_frontal_hairline],
          p[Param::scalp_density_weight_mid_scalp],
          p[Param::scalp_density_weight_crown],
          temporal,
          temporal,
          parietal,
          parietal,
          p[Param::scalp_density_weight_occipital]};
}

// The steady state of one follicle size (renewal theory): each cycling phase's share of the cycle (mean durations;
// kenogen weighted by its probability) and the mean of its length-biased duration (a lognormal shifted by sigma² in
// log space). Built for the sizes laid at the start, full and vellus.
struct SteadyState {
  std::array<double, kCyclingPhaseCount> weight{};
  double total = 0.0;
  std::array<double, kCyclingPhaseCount> biased_mean{};

  SteadyState(const CycleModel& c, double size)
      : weight{c.anagen_mean_days(size), c.catagen_mean_days(), c.telogen_mean_days(size),
               c.kenogen_probability(size) * c.kenogen_mean_days(size)},
        total(weight[0] + weight[1] + weight[2] + weight[3]) {
    for (std::size_t k = 0; k < kCyclingPhaseCount; ++k) {
      const double sd = c.log_sd(static_cast<Phase>(k));
      biased_mean[k] = c.mean_days(static_cast<Phase>(k), size) * std::exp(sd * sd);
    }
  }

  double anagen_mean() const { return weight[static_cast<std::size_t>(Phase::Anagen)]; }

  // Fraction of time the follicle holds a hair: the shaft phases (anagen, catagen, telogen) over the whole cycle.
  double shaft_occupancy() const { return (weight[0] + weight[1] + weight[2]) / total; }

  // The phase a follicle is in at the start, from the uniform u: chosen in proportion to the weights.
  Phase pick(double u) const {
    double left = u * total;
    std::size_t k = 0;
    while (k + 1 < kCyclingPhaseCount && left >= weight[k]) {
      left -= weight[k];
      ++k;
    }
    return static_cast<Phase>(k);
  }
};

// Places follicle i in phase `phase` at day `start`, in steady state: `whole` is its current phase's full length
// (drawn from the length-biased duration) and u a uniform; the residual time is u x whole.
void place_in_phase(FollicleStore& s, std::size_t i, Phase phase, double whole, double u, double anagen_mean,
                    Day start) {
  const double residual = u * whole;
  const double elapsed = whole - residual;
  s.phase[i] = phase;
  s.next_day[i] = static_cast<float>(start + residual);
  switch (phase) {
    case Phase::Anagen:
      s.shaft_start_day[i] = static_cast<float>(start - elapsed);
      s.shaft_end_day[i] = kStillGrowing;
      break;
    case Phase::Catagen:
    case Phase::Telogen:
      s.shaft_end_day[i] = static_cast<float>(start - elapsed);
      s.shaft_start_day[i] = static_cast<float>(start - elapsed - anagen_mean);
      break;
    default:
      s.shaft_start_day[i] = static_cast<float>(start - elapsed);
      s.shaft_end_day[i] = s.shaft_start_day[i];
      break;
  }
}

// Lays the traits (vellus or not, androgen sensitivity) and the steady-state start of follicles already added to
// the store, a block at a time with batched draws: per follicle one FollicleTraits draw (word 2 the vellus choice,
// words 0-1 the sensitivity's normal) and one InitialState draw (word 2 the phase, words 0-1 the duration's
// normal, word 3 the residual share).
class FollicleLayer {
 public:
  static constexpr std::size_t kBlock = 1024;

  FollicleLayer(const Person& person, const Parameters& p, const CycleModel& cycle, std::uint64_t seed, Day start)
      : person_(person),
        cycle_(cycle),
        keys_(seed),
        start_(start),
        vellus_fraction_(p[Param::scalp_vellus_follicle_fraction]),
        vellus_size_(static_cast<float>(p[Param::scalp_vellus_size])),
        sensitivity_sd_(p[Param::miniaturisation_sensitivity_log_sd]),
        full_(cycle, 1.0),
        vellus_(cycle, static_cast<double>(vellus_size_)),
        ids_(kBlock),
        zero_(kBlock, 0),
        words_(kBlock),
        z_(kBlock),
        x_(kBlock),
        e_(kBlock) {}

  /// Follicles [first, first + n), n <= kBlock; map_weight[k] is the pattern weight at follicle first + k.
  void lay(FollicleStore& s, std::size_t first, std::size_t n, std::span<const double> map_weight) {
    for (std::size_t k = 0; k < n; ++k) {
      ids_[k] = s.key(first + k);
    }
    draw(DrawSite::FollicleTraits, n);
    for (std::size_t k = 0; k < n; ++k) {
      x_[k] = sensitivity_sd_ * z_[k];  // median_one_lognormal's exponent
    }
    exp_batch(std::span(x_.data(), n), e_);
    for (std::size_t k = 0; k < n; ++k) {
      const std::size_t i = first + k;
      const bool vellus = to_unit_open(words_[k][2]) < vellus_fraction_;
      s.flags[i] = vellus ? static_cast<std::uint8_t>(kVellusBorn) : std::uint8_t{0};
      s.size[i] = vellus ? vellus_size_ : 1.0F;
      s.sensitivity[i] = static_cast<float>(person_.predisposition * map_weight[k] * e_[k]);
    }

    draw(DrawSite::InitialState, n);
    std::array<Phase, kBlock> phase{};
    for (std::size_t k = 0; k < n; ++k) {
      const SteadyState& state = (s.flags[first + k] & kVellusBorn) != 0U ? vellus_ : full_;
      phase[k] = state.pick(to_unit_open(words_[k][2]));
      x_[k] = lognormal_exponent(z_[k], cycle_.log_sd(phase[k]));
    }
    exp_batch(std::span(x_.data(), n), e_);
    for (std::size_t k = 0; k < n; ++k) {
      const std::size_t i = first + k;
      const SteadyState& state = (s.flags[i] & kVellusBorn) != 0U ? vellus_ : full_;
      const double whole = state.biased_mean[static_cast<std::size_t>(phase[k])] * e_[k];  // lognormal_from_normal
      place_in_phase(s, i, phase[k], whole, to_unit_open(words_[k][3]), state.anagen_mean(), start_);
    }
  }

 private:
  // words_ and z_ (the normal of words 0-1) of the block's follicles at `site`.
  void draw(DrawSite site, std::size_t n) {
    philox_words_batch(keys_, person_.id, std::span(ids_.data(), n), zero_, site, 0, words_);
    standard_normals_batch(std::span(words_.data(), n), 0, z_);
  }

  const Person& person_;
  const CycleModel& cycle_;
  PhiloxKeys keys_;
  Day start_;
  double vellus_fraction_;
  float vellus_size_;  // as stored: the follicle's size is a float
  double sensitivity_sd_;
  SteadyState full_;
  SteadyState vellus_;
  std::vector<std::uint32_t> ids_;
  std::vector<std::uint32_t> zero_;  // draws at the start are keyed by cycle 0
  std::vector<std::array<std::uint32_t, 4>> words_;
  std::vector<double> z_;
  std::vector<double> x_;
  std::vector<double> e_;
};

// Target-area mode: the lattice cells kept, each with probability `fraction` independently, in increasing order. The
// gaps between kept cells are geometric, drawn from keyed draws (four per Philox call), so the cells left out cost
// nothing. With fraction 1 every cell is kept and no draw is made.
class CellSample {
 public:
  CellSample(std::uint64_t seed, std::uint32_t person, double fraction)
      : seed_(seed), person_(person), all_(fraction >= 1.0), log_miss_(all_ ? 0.0 : std::log1p(-fraction)) {}

  /// The next kept cell, in increasing order.
  std::uint64_t next() {
    if (all_) {
      return cell_++;
    }
    if (gap_ % 4 == 0) {
      words_ = philox_words(seed_, {person_, static_cast<std::uint32_t>(gap_ / 4), 0, DrawSite::UnitSample, 0});
    }
    const double u = to_unit_open(words_[gap_ % 4]);
    ++gap_;
    // Cells skipped before the next kept one: floor(log u / log(1 - f)), capped far beyond any lattice.
    const double skip = std::min(std::floor(std::log(u) / log_miss_), 1e15);
    const std::uint64_t kept = cell_ + static_cast<std::uint64_t>(skip);
    cell_ = kept + 1;
    return kept;
  }

 private:
  std::uint64_t seed_;
  std::uint32_t person_;
  bool all_;
  double log_miss_;
  std::uint64_t cell_ = 0;
  std::uint64_t gap_ = 0;
  std::array<std::uint32_t, 4> words_{};
};

// The placement draws of the kept lattice cells, a block at a time: for cell c the words of
// {person, c, 0, UnitPlacement, 0} (word 0-1 the jitter, 2 the thinning, 3 the unit's size), batched as the
// follicles' draws are.
class CellDraws {
 public:
  static constexpr std::size_t kBlock = 1024;

  CellDraws(std::uint64_t seed, std::uint32_t person) : keys_(seed), person_(person), zero_(kBlock, 0), words_(kBlock) {
    cells_.reserve(kBlock);
  }

  /// Draws for the kept cells from `first` (already taken from `sample`) on, up to a block; returns the next kept
  /// cell not drawn (>= `cells` when the lattice is done).
  std::uint64_t fill(CellSample& sample, std::uint64_t first, std::uint64_t cells) {
    cells_.clear();
    std::uint64_t c = first;
    for (; c < cells && cells_.size() < kBlock; c = sample.next()) {
      cells_.push_back(static_cast<std::uint32_t>(c));
    }
    philox_words_batch(keys_, person_, cells_, zero_, DrawSite::UnitPlacement, 0, words_);
    return c;
  }

  std::size_t size() const { return cells_.size(); }
  std::uint32_t cell(std::size_t k) const { return cells_[k]; }
  double uniform(std::size_t k, std::size_t word) const { return to_unit_open(words_[k][word]); }

 private:
  PhiloxKeys keys_;
  std::uint32_t person_;
  std::vector<std::uint32_t> cells_;
  std::vector<std::uint32_t> zero_;  // placement draws are keyed by cycle 0
  std::vector<std::array<std::uint32_t, 4>> words_;
};

}  // namespace

FollicleStore build_scalp(const Person& person, const Parameters& p, const ScalpGeometry& geometry,
                          const PatternMap& pattern, const CycleModel& cycle, std::uint64_t seed, Day start,
                          double sample_fraction, const UnitFilter& keep_unit) {
  FollicleStore s;
  s.half_width_mm = geometry.half_width_mm();
  s.length_mm = geometry.length_mm();

  const std::array<double, 5> shares = unit_size_shares(p, person.ethnicity);
  double share_total = 0.0;
  double mean_unit = 0.0;
  for (std::size_t k = 0; k < shares.size(); ++k) {
    share_total += shares[k];
    mean_unit += static_cast<double>(k + 1) * shares[k];
  }
  mean_unit /= share_total;

  // Follicle density per region: the visible hair density divided by the share of time a follicle holds a hair;
  // regional weights normalised so the area-weighted mean is the person's density.
  std::array<double, kRegionCount> weights = density_weights(p);
  double weighted_area = 0.0;
  for (std::size_t r = 0; r < kRegionCount; ++r) {
    weighted_area += weights[r] * geometry.region_area_cm2()[r];
  }
  const double norm = geometry.area_cm2() / weighted_area;
  const double vellus_fraction = p[Param::scalp_vellus_follicle_fraction];
  const double occupancy = (1.0 - vellus_fraction) * SteadyState(cycle, 1.0).shaft_occupancy() +
                           vellus_fraction * SteadyState(cycle, p[Param::scalp_vellus_size]).shaft_occupancy();
  // The registry's densities are adult means at scalp.density_reference_age_years; the scalp is laid at `start`
  // and loses follicles at the ageing rate from then on, so it is laid denser by the loss expected until that age.
  const double start_age_years = person.age_years + days_to_years(start);
  const double laid_density =
      hair_density(p, person.ethnicity) * std::exp(p[Param::ageing_follicle_loss_per_year] *
                                                   (p[Param::scalp_density_reference_age_years] - start_age_years));
  const double follicles_per_cm2 = laid_density / occupancy;
  std::array<double, kRegionCount> units_per_mm2{};
  double max_units_per_mm2 = 0.0;
  for (std::size_t r = 0; r < kRegionCount; ++r) {
    units_per_mm2[r] = follicles_per_cm2 * weights[r] * norm / mean_unit / kMm2PerCm2;
    max_units_per_mm2 = std::max(max_units_per_mm2, units_per_mm2[r]);
  }

  // Units on a jittered square lattice at the densest region's spacing, thinned to each region's density.
  const double spacing = 1.0 / std::sqrt(max_units_per_mm2);
  const auto nx = static_cast<std::uint32_t>(std::ceil(2.0 * geometry.half_width_mm() / spacing));
  const auto ny = static_cast<std::uint32_t>(std::ceil(geometry.length_mm() / spacing));
  const std::size_t expected =
      static_cast<std::size_t>(follicles_per_cm2 * geometry.area_cm2() * sample_fraction * 1.05);
  s.reserve(expected);

  // Units first, one draw per lattice cell (batched over blocks of cells); their follicles are added bare and laid
  // in blocks (FollicleLayer). A sample fraction below 1 keeps each lattice cell with that probability, then applies
  // the full scalp's acceptance: the sampled units are the full scalp's units at the kept cells, at the same places.
  const std::uint64_t cells = static_cast<std::uint64_t>(nx) * ny;
  CellSample sample(seed, person.id, sample_fraction);
  CellDraws draws(seed, person.id);
  std::vector<double> map_weight;  // per follicle, the pattern's weight at its unit
  map_weight.reserve(expected);
  std::size_t whole_count = 0;  // follicles the scalp would hold so far without keep_unit: the next one's key
  for (std::uint64_t c = sample.next(); c < cells;) {
    c = draws.fill(sample, c, cells);
    for (std::size_t k = 0; k < draws.size(); ++k) {
      const std::uint32_t cell = draws.cell(k);
      const std::uint32_t cx = cell % nx;
      const std::uint32_t cy = cell / nx;
      const MapPoint pt{(static_cast<double>(cx) + draws.uniform(k, 0)) * spacing - geometry.half_width_mm(),
                        (static_cast<double>(cy) + draws.uniform(k, 1)) * spacing};
      if (!geometry.contains(pt)) {
        continue;
      }
      const Region region = geometry.region_of(pt);
      // Thinning to the region's density.
      if (draws.uniform(k, 2) * max_units_per_mm2 >= units_per_mm2[region_index(region)]) {
        continue;
      }
      double pick = draws.uniform(k, 3) * share_total;
      std::size_t hairs = 1;
      while (hairs < shares.size() && pick >= shares[hairs - 1]) {
        pick -= shares[hairs - 1];
        ++hairs;
      }
      // The filter sees the unit where readers will: at its stored (quantised) position.
      if (keep_unit && !keep_unit(s.stored_position(pt), region)) {
        whole_count += hairs;  // follicles of the whole scalp, left out here
        continue;
      }
      const std::uint32_t unit = s.add_unit(pt);
      const double weight = pattern.at(pt);
      for (std::size_t h = 0; h < hairs; ++h) {
        s.add_follicle(unit, region, 0, 0.0F, 0.0F);
        map_weight.push_back(weight);
        if (keep_unit) {
          s.key_id.push_back(static_cast<std::uint32_t>(whole_count));
        }
        ++whole_count;
      }
    }
  }
  FollicleLayer layer(person, p, cycle, seed, start);
  for (std::size_t first = 0; first < s.follicle_count(); first += FollicleLayer::kBlock) {
    const std::size_t n = std::min(FollicleLayer::kBlock, s.follicle_count() - first);
    layer.lay(s, first, n, std::span(map_weight).subspan(first, n));
  }
  s.shrink_to_fit();
  return s;
}

}  // namespace trichosim
