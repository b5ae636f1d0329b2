#include "core/scalp_editor.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <limits>

#include "core/rng.hpp"
#include "core/simulation.hpp"

namespace trichosim {

std::size_t ScalpEditor::end_phase_now(Phase from, double probability, RegionMask regions, std::uint16_t action_id) {
  FollicleStore& s = sim_.store_;
  std::size_t affected = 0;
  for (std::size_t i = 0; i < s.follicle_count(); ++i) {
    if (s.phase[i] != from || !regions.contains(s.region[i])) {
      continue;
    }
    // Keyed by the follicle's key on the whole scalp, so part of the scalp draws what the whole scalp draws.
    const Draw d(sim_.seed(), {sim_.person().id, s.key(i), s.cycle[i], DrawSite::EditorAction, action_id});
    if (d.uniform(0) < probability) {
      s.next_day[i] = static_cast<float>(day_);
      ++affected;
    }
  }
  return affected;
}

std::size_t ScalpEditor::break_anagen_shafts(double probability, RegionMask regions, Day regrowth_delay_days,
                                             std::uint16_t action_id) {
  FollicleStore& s = sim_.store_;
  std::size_t broken = 0;
  for (std::size_t i = 0; i < s.follicle_count(); ++i) {
    // A shaft already broken and not yet regrowing has nothing left to break.
    if (s.phase[i] != Phase::Anagen || !regions.contains(s.region[i]) ||
        static_cast<double>(s.shaft_start_day[i]) > day_) {
      continue;
    }
    // Keyed by the follicle's key on the whole scalp, so part of the scalp draws what the whole scalp draws.
    const Draw d(sim_.seed(), {sim_.person().id, s.key(i), s.cycle[i], DrawSite::EditorAction, action_id});
    if (d.uniform(0) >= probability) {
      continue;
    }
    ++sim_.shed_[region_index(s.region[i])];
    s.shaft_start_day[i] = static_cast<float>(day_ + regrowth_delay_days);
    // The follicle's anagen clock pauses while it holds no shaft: its remaining anagen resumes at the regrowth
    // day (otherwise every follicle due to end anagen during the pause would end it together on that day and
    // shed a shaft-less club hair in a synchronous wave months later).
    const double remaining = std::max(0.0, static_cast<double>(s.next_day[i]) - day_);
    s.next_day[i] = static_cast<float>(day_ + regrowth_delay_days + remaining);
    ++broken;
  }
  return broken;
}

const ScalpGeometry& ScalpEditor::geometry() const { return sim_.geometry(); }
const FollicleStore& ScalpEditor::follicles() const { return sim_.follicles(); }
double ScalpEditor::sample_fraction() const { return sim_.sample_fraction(); }

std::vector<GraftUnit> ScalpEditor::extract_units(RegionMask donor, std::size_t count, ExtractionPattern pattern,
                                                  std::uint16_t action_id) {
  FollicleStore& s = sim_.store_;
  constexpr auto kNone = std::numeric_limits<std::uint32_t>::max();
  // A unit is eligible when it lies in the donor regions, has a living follicle and was never harvested.
  std::vector<std::uint32_t> first(s.unit_count(), kNone);
  std::vector<std::uint8_t> alive(s.unit_count(), 0);
  std::vector<std::uint8_t> harvested(s.unit_count(), 0);
  for (std::size_t i = 0; i < s.follicle_count(); ++i) {
    const std::uint32_t u = s.unit[i];
    if (first[u] == kNone) {
      first[u] = static_cast<std::uint32_t>(i);
    }
    alive[u] = static_cast<std::uint8_t>(alive[u] | (s.phase[i] != Phase::Lost ? 1U : 0U));
    harvested[u] = static_cast<std::uint8_t>(harvested[u] | ((s.flags[i] & kExtracted) != 0U ? 1U : 0U));
  }
  struct Candidate {
    double order;
    double tie;
    std::uint32_t unit;
  };
  std::vector<Candidate> candidates;
  std::vector<double> rows;
  for (std::uint32_t u = 0; u < s.unit_count(); ++u) {
    if (first[u] == kNone || alive[u] == 0 || harvested[u] != 0 || !donor.contains(s.region[first[u]])) {
      continue;
    }
    const Draw d(sim_.seed(), {sim_.person().id, first[u], s.cycle[first[u]], DrawSite::EditorAction, action_id});
    candidates.push_back({d.uniform(3), d.uniform(3), u});
    rows.push_back(s.unit_position(u).y_mm);
  }
  if (pattern == ExtractionPattern::Strip && !rows.empty()) {
    // The strip runs along the donor area's median row; units are taken nearest to it first.
    std::vector<double> sorted = rows;
    std::nth_element(sorted.begin(), sorted.begin() + static_cast<std::ptrdiff_t>(sorted.size() / 2), sorted.end());
    const double centre = sorted[sorted.size() / 2];
    for (std::size_t k = 0; k < candidates.size(); ++k) {
      candidates[k].order = std::abs(rows[k] - centre);
    }
  }
  const std::size_t take = std::min(count, candidates.size());
  std::partial_sort(candidates.begin(), candidates.begin() + static_cast<std::ptrdiff_t>(take), candidates.end(),
                    [](const Candidate& a, const Candidate& b) {
                      return a.order != b.order ? a.order < b.order : a.tie != b.tie ? a.tie < b.tie : a.unit < b.unit;
                    });
  std::vector<std::uint8_t> chosen(s.unit_count(), 0);
  std::vector<std::size_t> slot(s.unit_count(), 0);
  std::vector<GraftUnit> out(take);
  for (std::size_t k = 0; k < take; ++k) {
    chosen[candidates[k].unit] = 1;
    slot[candidates[k].unit] = k;
    out[k].donor_position = s.unit_position(candidates[k].unit);
  }
  for (std::size_t i = 0; i < s.follicle_count(); ++i) {
    const std::uint32_t u = s.unit[i];
    if (chosen[u] == 0) {
      continue;
    }
    if (s.phase[i] != Phase::Lost) {
      out[slot[u]].follicles.push_back({s.size[i], s.sensitivity[i], s.flags[i]});
      s.phase[i] = Phase::Lost;
      s.next_day[i] = std::numeric_limits<float>::infinity();
    }
    s.flags[i] = static_cast<std::uint8_t>(s.flags[i] | kExtracted);
  }
  return out;
}

std::size_t ScalpEditor::implant_units(std::span<const MapPoint> positions, std::span<const GraftUnit> grafts,
                                       double survival, ShedWindow shed, std::uint16_t action_id) {
  assert(positions.size() == grafts.size() && "one position per graft unit");
  FollicleStore& s = sim_.store_;
  const ScalpGeometry& g = sim_.geometry();
  std::size_t surviving = 0;
  for (std::size_t k = 0; k < grafts.size() && k < positions.size(); ++k) {
    if (!g.contains(positions[k]) || grafts[k].follicles.empty()) {
      continue;
    }
    const Region region = g.region_of(positions[k]);
    const std::uint32_t unit = s.add_unit(positions[k]);
    for (const GraftFollicle& f : grafts[k].follicles) {
      const auto fid = static_cast<std::uint32_t>(s.follicle_count());
      const Draw d(sim_.seed(), {sim_.person().id, fid, 0, DrawSite::EditorAction, action_id});
      const auto flags = static_cast<std::uint8_t>((f.flags & ~kExtracted) | kTransplanted);
      const std::size_t i = s.add_follicle(unit, region, flags, f.size, f.sensitivity);
      if (d.uniform(0) >= survival) {
        s.phase[i] = Phase::Lost;
        s.next_day[i] = std::numeric_limits<float>::infinity();
        continue;
      }
      // A trimmed stub in telogen: the implanted shaft is shed within the window, then the follicle cycles.
      s.phase[i] = Phase::Telogen;
      s.shaft_start_day[i] = static_cast<float>(day_);
      s.shaft_end_day[i] = static_cast<float>(day_);
      s.next_day[i] = static_cast<float>(day_ + shed.min_days + d.uniform(1) * (shed.max_days - shed.min_days));
      ++surviving;
    }
  }
  return surviving;
}

}  // namespace trichosim
