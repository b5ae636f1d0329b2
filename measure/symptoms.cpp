#include "measure/symptoms.hpp"

#include <fmt/format.h>

#include "core/units.hpp"

namespace trichosim::measure {
namespace {

struct TopTally {
  double hairs = 0.0;
  double visible = 0.0;
  double terminal = 0.0;
  double vellus = 0.0;
  double fine = 0.0;
  double fragile = 0.0;
  double diameter_sum = 0.0;
  double reach_um_sum = 0.0;  // anagen mean x growth rate: the length a hair reaches before it stops
};

TopTally tally(std::span<const FollicleView> top, const InstrumentSettings& s) {
  TopTally t;
  for (const FollicleView& f : top) {
    if (!f.has_hair()) {
      continue;
    }
    t.hairs += 1.0;
    t.visible += f.diameter_um >= s.vellus_max_um ? 1.0 : 0.0;
    t.terminal += f.diameter_um >= s.terminal_min_um ? 1.0 : 0.0;
    t.vellus += f.diameter_um < s.vellus_max_um ? 1.0 : 0.0;
    t.fine += f.diameter_um < s.fine_max_um ? 1.0 : 0.0;
    t.fragile += f.diameter_um < s.breakage_max_um ? 1.0 : 0.0;
    t.diameter_sum += f.diameter_um;
    t.reach_um_sum += f.anagen_mean_days * f.growth_um_per_day;
  }
  return t;
}

double share(double part, double whole) { return whole > 0.0 ? 100.0 * part / whole : 0.0; }

}  // namespace

SymptomBaseline baseline_from(const SymptomInputs& in, const InstrumentSettings& s) {
  const TopTally t = tally(in.top, s);
  return {in.pattern.midline_recession_mm, in.pattern.temple_recession_mm, in.shed_per_day,
          in.top_area_cm2 > 0.0 ? t.visible / in.top_area_cm2 : 0.0};
}

std::vector<Symptom> describe_symptoms(const SymptomInputs& in, const SymptomBaseline& base,
                                       const InstrumentSettings& s, const StagingThresholds& th) {
  const TopTally t = tally(in.top, s);
  const PatternReading& p = in.pattern;
  std::vector<Symptom> out;
  const double visible = in.top_area_cm2 > 0.0 ? t.visible / in.top_area_cm2 : 0.0;
  out.push_back({"visible_density", visible, "1/cm2",
                 fmt::format("Visible hair on top of the head: {:.0f} hairs per cm2, {:.0f}% of your density before "
                             "pattern loss and {:.0f}% of the first observation.",
                             visible, 100.0 * in.top_visible_fraction, share(visible, base.top_visible_per_cm2))});
  const double coverage = in.scalp_area_cm2 > 0.0 ? 100.0 * (1.0 - p.thinning_cm2 / in.scalp_area_cm2) : 0.0;
  out.push_back({"scalp_coverage", coverage, "%",
                 fmt::format("{:.0f}% of the hair-bearing scalp looks normally covered (at least {:.0f}% of normal "
                             "visible density).",
                             coverage, 100.0 * th.thinning)});
  const double reach_cm = t.hairs > 0.0 ? t.reach_um_sum / t.hairs / (10.0 * kUmPerMm) : 0.0;
  out.push_back({"longest_length", reach_cm, "cm",
                 fmt::format("Hair on top grows to about {:.0f} cm before it stops and falls (anagen x growth rate, "
                             "mean over hairs).",
                             reach_cm)});
  const double diameter = t.hairs > 0.0 ? t.diameter_sum / t.hairs : 0.0;
  out.push_back({"diameter", diameter, "um", fmt::format("Hairs on top are {:.0f} um thick on average.", diameter)});
  const double midline = p.midline_recession_mm - base.midline_recession_mm;
  out.push_back({"hairline_recession", midline, "mm",
                 fmt::format("The front hairline (midline) is {:.0f} mm behind where it was at the first observation "
                             "({:.0f} mm behind its original line).",
                             midline, p.midline_recession_mm)});
  const double temples = p.temple_recession_mm - base.temple_recession_mm;
  out.push_back({"temple_recession", temples, "mm",
                 fmt::format("The temples have receded {:.0f} mm since the first observation ({:.0f} mm from their "
                             "original line).",
                             temples, p.temple_recession_mm)});
  out.push_back({"bald_area", p.bald_cm2, "cm2",
                 fmt::format("{:.0f} cm2 of scalp is bald-looking (visible density under {:.0f}% of normal).",
                             p.bald_cm2, 100.0 * th.bald)});
  const double vs_base = base.shed_per_day > 0.0 ? in.shed_per_day / base.shed_per_day : 0.0;
  out.push_back({"shedding", in.shed_per_day, "hairs/day",
                 fmt::format("About {:.0f} hairs fall per day: {:.1f} times your first observation; the {:.0f}-a-day "
                             "rule {}.",
                             in.shed_per_day, vs_base, s.shedding_abnormal_per_day,
                             in.shed_per_day > s.shedding_abnormal_per_day ? "is exceeded" : "is not exceeded")});
  const double terminal = share(t.terminal, t.hairs);
  const double vellus = share(t.vellus, t.hairs);
  out.push_back({"texture_terminal_share", terminal, "%",
                 fmt::format("Diameter mix on top: {:.0f}% terminal (>= {:.0f} um), {:.0f}% intermediate, {:.0f}% "
                             "vellus-like (< {:.0f} um).",
                             terminal, s.terminal_min_um, 100.0 - terminal - vellus, vellus, s.vellus_max_um)});
  out.push_back(
      {"texture_fine_share", share(t.fine, t.hairs), "%",
       fmt::format("{:.0f}% of the hairs on top are fine (< {:.0f} um).", share(t.fine, t.hairs), s.fine_max_um)});
  out.push_back({"texture_breakage_prone_share", share(t.fragile, t.hairs), "%",
                 fmt::format("{:.0f}% are thin enough to break easily (< {:.0f} um; this threshold is an assumption, "
                             "not a published figure).",
                             share(t.fragile, t.hairs), s.breakage_max_um)});
  return out;
}

}  // namespace trichosim::measure
