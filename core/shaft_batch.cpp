// Simulation::shafts: the shafts of a span of follicles with their draws batched, for readers that visit the whole
// scalp at every visit (trial readings, the forecast's summaries). Simulation::shaft is the reference; this file
// repeats its operations in the same order so every value is bit for bit the same.

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <vector>

#include "core/exact_exp.hpp"
#include "core/normal_batch.hpp"
#include "core/philox_batch.hpp"
#include "core/simulation.hpp"

namespace trichosim {
namespace {

// CycleModel::growth_factor (a pow) remembered per size: miniaturisation multiplies a size by a fixed step, so an
// untreated scalp holds few distinct sizes. Direct-mapped on the float's bits; a miss computes and replaces.
class GrowthFactorMemo {
 public:
  explicit GrowthFactorMemo(const CycleModel& cycle) : cycle_(cycle) { key_.fill(kEmpty); }

  double operator()(float size) {
    const auto bits = std::bit_cast<std::uint32_t>(size);
    const std::size_t slot = (bits * 2654435761U) >> (32U - kSlotBits);
    if (key_[slot] != bits) {
      key_[slot] = bits;
      value_[slot] = cycle_.growth_factor(static_cast<double>(size));
    }
    return value_[slot];
  }

 private:
  static constexpr unsigned kSlotBits = 6;
  static constexpr std::uint32_t kEmpty = 0xFFFFFFFFU;  // a NaN pattern no size takes
  const CycleModel& cycle_;
  std::array<std::uint32_t, std::size_t{1} << kSlotBits> key_{};
  std::array<double, std::size_t{1} << kSlotBits> value_{};
};

}  // namespace

void Simulation::shafts(std::size_t first, std::span<Shaft> out) const {
  std::vector<std::uint32_t> follicles(out.size());
  for (std::size_t k = 0; k < out.size(); ++k) {
    follicles[k] = static_cast<std::uint32_t>(first + k);
  }
  shafts_of(follicles, out);
}

void Simulation::shafts_of(std::span<const std::uint32_t> follicles, std::span<Shaft> out) const {
  const FollicleStore& s = store_;
  std::vector<std::uint32_t> hair;  // follicles holding a hair
  std::vector<std::uint32_t> slot;  // and their places in `out`
  hair.reserve(out.size());
  slot.reserve(out.size());
  for (std::size_t k = 0; k < out.size(); ++k) {
    out[k] = {};
    if (holds_hair(follicles[k])) {
      hair.push_back(follicles[k]);
      slot.push_back(static_cast<std::uint32_t>(k));
    }
  }
  const std::size_t n = hair.size();
  const std::vector<std::uint32_t> cycle(n, 0);  // shaft traits are keyed by follicle only (cycle 0, slot 0)
  std::vector<std::uint32_t> keys;               // on part of a scalp, the keys on the whole scalp
  std::vector<std::array<std::uint32_t, 4>> words(n);
  philox_words_batch(philox_keys_, person_.id, s.keys_of(hair, keys), cycle, DrawSite::ShaftTraits, 0, words);

  // The two lognormals of Simulation::shaft: diameter from words 0-1, growth rate from words 2-3.
  std::vector<double> z(n);
  std::vector<double> x(n);
  std::vector<double> diameter_exp(n);
  std::vector<double> growth_exp(n);
  standard_normals_batch(words, 0, z);
  for (std::size_t k = 0; k < n; ++k) {
    x[k] = lognormal_exponent(z[k], diameter_log_sd_);
  }
  exp_batch(x, diameter_exp);
  standard_normals_batch(words, 2, z);
  for (std::size_t k = 0; k < n; ++k) {
    x[k] = lognormal_exponent(z[k], growth_log_sd_);
  }
  exp_batch(x, growth_exp);

  const double ageing = biology_.ageing_diameter_factor(age_years());
  GrowthFactorMemo growth_factor(cycle_);
  for (std::size_t k = 0; k < n; ++k) {
    const std::uint32_t i = hair[k];
    const double size = static_cast<double>(s.size[i]);
    const Modifiers& m = modifiers_[s.region[i]];
    Shaft& shaft = out[slot[k]];
    shaft.diameter_um = diameter_mean_ * diameter_exp[k] * size * ageing * m.diameter_scale(s.phase[i]);
    shaft.growth_um_per_day = growth_mean_ * growth_exp[k] * growth_factor(s.size[i]) * m.growth_rate_scale;
    const double end = s.phase[i] == Phase::Anagen ? now_ : static_cast<double>(s.shaft_end_day[i]);
    shaft.length_um = shaft.growth_um_per_day * std::max(0.0, end - static_cast<double>(s.shaft_start_day[i]));
  }
}

}  // namespace trichosim
