#include "measure/staging.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace trichosim::measure {
namespace {

constexpr std::array<const char*, 12> kNorwoodSequence = {"I",  "II",  "IIa", "III", "IIIa", "III vertex",
                                                          "IV", "IVa", "V",   "Va",  "VI",   "VII"};

Stage norwood(const char* label, std::vector<Region> deciding, std::string reason) {
  Stage s;
  s.scale = "norwood";
  s.label = label;
  s.rank = norwood_rank(label);
  s.deciding = std::move(deciding);
  s.reason = std::move(reason);
  return s;
}

}  // namespace

int norwood_rank(std::string_view label) {
  const auto* it =
      std::find_if(kNorwoodSequence.begin(), kNorwoodSequence.end(), [&](const char* l) { return label == l; });
  return it == kNorwoodSequence.end() ? -1 : static_cast<int>(it - kNorwoodSequence.begin());
}

int norwood_grade(int rank) {
  constexpr std::array<int, kNorwoodSequence.size()> kGrade = {1, 2, 2, 3, 3, 3, 4, 4, 5, 5, 6, 7};
  return rank < 0 || rank >= static_cast<int>(kGrade.size()) ? -1 : kGrade[static_cast<std::size_t>(rank)];
}

int sinclair_grade(int rank) {
  constexpr int kGrades = 5;
  return rank < 0 || rank >= kGrades ? -1 : rank + 1;
}

StagingThresholds StagingThresholds::from(const Parameters& p) {
  StagingThresholds t;
  t.thinning = p[Param::measure_visible_fraction_thinning];
  t.bald = p[Param::measure_visible_fraction_bald];
  t.temple_line = p[Param::measure_temple_line];
  t.recession_ii_mm = p[Param::measure_norwood_recession_ii_mm];
  t.recession_iii_mm = p[Param::measure_norwood_recession_iii_mm];
  t.recession_iv_mm = p[Param::measure_norwood_recession_iv_mm];
  t.recession_va_mm = p[Param::measure_norwood_recession_va_mm];
  t.a_midline_ratio = p[Param::measure_norwood_a_midline_ratio];
  t.vertex_area_cm2 = p[Param::measure_norwood_vertex_area_cm2];
  t.ludwig_i = p[Param::measure_ludwig_i_fraction];
  t.ludwig_ii = p[Param::measure_ludwig_ii_fraction];
  t.ludwig_iii = p[Param::measure_ludwig_iii_fraction];
  t.sinclair_2 = p[Param::measure_sinclair_2_fraction];
  t.sinclair_3 = p[Param::measure_sinclair_3_fraction];
  t.sinclair_4 = p[Param::measure_sinclair_4_fraction];
  t.sinclair_5 = p[Param::measure_sinclair_5_fraction];
  return t;
}

PatternReading read_pattern(const RelativeDensity& map, const StagingThresholds& t) {
  PatternReading r;
  const double x = t.temple_line * map.hairline_half_width_mm();
  r.temple_recession_mm = 0.5 * (map.hairline_recession_mm(-x, t.thinning) + map.hairline_recession_mm(x, t.thinning));
  r.midline_recession_mm = map.hairline_recession_mm(0.0, t.thinning);
  r.crown_thinning_cm2 = map.area_below(t.thinning, RegionMask::of(Region::Crown));
  r.thinning_cm2 = map.area_below(t.thinning);
  r.bald_cm2 = map.area_below(t.bald);
  r.frontal_ratio = map.region_ratio(RegionMask::of(Region::FrontalHairline));
  r.mid_scalp_ratio = map.region_ratio(RegionMask::of(Region::MidScalp));
  r.crown_ratio = map.region_ratio(RegionMask::of(Region::Crown));
  r.temporal_ratio = map.region_ratio(RegionMask::of(Region::TemporalLeft).with(Region::TemporalRight));
  r.parietal_ratio = map.region_ratio(RegionMask::of(Region::ParietalLeft).with(Region::ParietalRight));
  r.occipital_ratio = map.region_ratio(RegionMask::of(Region::Occipital));
  return r;
}

Stage norwood_stage(const PatternReading& r, const StagingThresholds& t) {
  const bool vertex = r.crown_thinning_cm2 >= t.vertex_area_cm2;
  const double front = std::max(r.temple_recession_mm, r.midline_recession_mm);
  const std::string front_text =
      fmt::format("temple recession {:.0f} mm, midline {:.0f} mm", r.temple_recession_mm, r.midline_recession_mm);
  const std::string crown_text =
      fmt::format("crown thinning {:.1f} cm2 (vertex from {:.1f})", r.crown_thinning_cm2, t.vertex_area_cm2);
  const std::vector<Region> front_regions = {Region::FrontalHairline, Region::TemporalLeft, Region::TemporalRight};
  if (vertex && r.mid_scalp_ratio < t.bald) {
    if (r.parietal_ratio < t.thinning) {
      return norwood("VII", {Region::MidScalp, Region::Crown, Region::ParietalLeft, Region::ParietalRight},
                     fmt::format("top and crown bald (mid-scalp {:.2f} of normal < {:.2f}), lateral fringe thinning "
                                 "(parietal {:.2f} < {:.2f})",
                                 r.mid_scalp_ratio, t.bald, r.parietal_ratio, t.thinning));
    }
    return norwood("VI", {Region::MidScalp, Region::Crown, Region::FrontalHairline},
                   fmt::format("bridge between front and crown gone (mid-scalp {:.2f} of normal < {:.2f}); {}",
                               r.mid_scalp_ratio, t.bald, crown_text));
  }
  if (vertex && front >= t.recession_iv_mm) {
    if (r.mid_scalp_ratio < t.thinning) {
      return norwood("V", {Region::FrontalHairline, Region::Crown, Region::MidScalp},
                     fmt::format("{}; {}; bridge sparse (mid-scalp {:.2f} < {:.2f})", front_text, crown_text,
                                 r.mid_scalp_ratio, t.thinning));
    }
    return norwood("IV", {Region::FrontalHairline, Region::Crown},
                   fmt::format("{} (>= {:.0f}); {}; bridge kept (mid-scalp {:.2f})", front_text, t.recession_iv_mm,
                               crown_text, r.mid_scalp_ratio));
  }
  if (vertex) {
    return norwood("III vertex", {Region::Crown}, fmt::format("{}; {}", crown_text, front_text));
  }
  const bool anterior = r.midline_recession_mm >= t.recession_ii_mm &&
                        r.midline_recession_mm >= t.a_midline_ratio * r.temple_recession_mm;
  if (anterior) {
    const double m = r.midline_recession_mm;
    const char* label = m >= t.recession_va_mm    ? "Va"
                        : m >= t.recession_iv_mm  ? "IVa"
                        : m >= t.recession_iii_mm ? "IIIa"
                                                  : "IIa";
    return norwood(label, {Region::FrontalHairline, Region::MidScalp},
                   fmt::format("whole front recedes (midline {:.0f} mm >= {:.1f} x temples {:.0f} mm), no vertex "
                               "patch; {}",
                               m, t.a_midline_ratio, r.temple_recession_mm, crown_text));
  }
  if (front >= t.recession_iii_mm) {
    return norwood("III", front_regions, fmt::format("{} (>= {:.0f})", front_text, t.recession_iii_mm));
  }
  if (front >= t.recession_ii_mm) {
    return norwood("II", front_regions, fmt::format("{} (>= {:.0f})", front_text, t.recession_ii_mm));
  }
  return norwood("I", front_regions, fmt::format("{} (< {:.0f}); {}", front_text, t.recession_ii_mm, crown_text));
}

Stage ludwig_stage(const PatternReading& r, const StagingThresholds& t) {
  Stage s;
  s.scale = "ludwig";
  const double m = r.mid_scalp_ratio;
  s.rank = m < t.ludwig_iii ? 3 : m < t.ludwig_ii ? 2 : m < t.ludwig_i ? 1 : 0;
  constexpr std::array<const char*, 4> kLabels = {"none", "I", "II", "III"};
  s.label = kLabels[static_cast<std::size_t>(s.rank)];
  s.deciding = {Region::MidScalp};
  const bool rim = r.frontal_ratio >= t.thinning;
  if (!rim) {
    s.deciding.push_back(Region::FrontalHairline);
  }
  s.reason = fmt::format(
      "mid-scalp visible density {:.2f} of normal (I < {:.2f}, II < {:.2f}, III < {:.2f}); frontal "
      "rim {} ({:.2f})",
      m, t.ludwig_i, t.ludwig_ii, t.ludwig_iii, rim ? "kept" : "thinning too", r.frontal_ratio);
  return s;
}

Stage sinclair_stage(const PatternReading& r, const StagingThresholds& t) {
  Stage s;
  s.scale = "sinclair";
  const double m = r.mid_scalp_ratio;
  const int grade = m < t.sinclair_5 ? 5 : m < t.sinclair_4 ? 4 : m < t.sinclair_3 ? 3 : m < t.sinclair_2 ? 2 : 1;
  s.rank = grade - 1;  // sinclair_grade's inverse
  s.label = std::to_string(grade);
  s.deciding = {Region::MidScalp};
  s.reason = fmt::format("mid-scalp visible density {:.2f} of normal (2 < {:.2f}, 3 < {:.2f}, 4 < {:.2f}, 5 < {:.2f})",
                         m, t.sinclair_2, t.sinclair_3, t.sinclair_4, t.sinclair_5);
  return s;
}

}  // namespace trichosim::measure
