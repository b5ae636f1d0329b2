#include "measure/counts.hpp"

#include <algorithm>
#include <limits>
#include <numbers>

#include "core/units.hpp"

namespace trichosim::measure {

double ratio_or_infinity(double a, double b) {
  if (b > 0.0) {
    return a / b;
  }
  return a > 0.0 ? std::numeric_limits<double>::infinity() : 0.0;
}

TargetAreaCount count_target_area(std::span<const FollicleView> follicles, double area_cm2,
                                  const InstrumentSettings& settings, const ErrorOption& error) {
  TargetAreaCount c;
  c.area_cm2 = area_cm2;
  for (const FollicleView& f : follicles) {
    if (!f.has_hair()) {
      continue;
    }
    c.total += 1.0;
    c.non_vellus += f.diameter_um >= settings.vellus_max_um ? 1.0 : 0.0;
    c.terminal += f.diameter_um >= settings.terminal_min_um ? 1.0 : 0.0;
  }
  const double k = reading_factor(error, ErrorQuantity::TargetAreaCount, settings.error_target_area_cv);
  c.total *= k;
  c.non_vellus *= k;
  c.terminal *= k;
  return c;
}

Phototrichogram read_phototrichogram(std::span<const FollicleView> follicles, double area_cm2,
                                     const InstrumentSettings& settings, const ErrorOption& error) {
  double hairs = 0.0;
  double growing = 0.0;
  double v30 = 0.0;
  double v40 = 0.0;
  double diameter_sum = 0.0;
  for (const FollicleView& f : follicles) {
    if (!f.has_hair()) {
      continue;
    }
    hairs += 1.0;
    diameter_sum += f.diameter_um;
    v30 += f.diameter_um < settings.vellus_max_um ? 1.0 : 0.0;
    v40 += f.diameter_um < settings.fine_max_um ? 1.0 : 0.0;
    // Elongation between the images: the shaft grows until its anagen ends or the second image is taken.
    const double elongation = f.growth_um_per_day * std::min(settings.ptg_interval_days, f.days_left);
    growing += f.phase == Phase::Anagen && elongation >= settings.ptg_min_growth_um ? 1.0 : 0.0;
  }
  Phototrichogram p;
  p.area_cm2 = area_cm2;
  if (hairs == 0.0) {
    return p;
  }
  p.hairs = hairs * reading_factor(error, ErrorQuantity::PhototrichogramCount, settings.error_ptg_cv);
  p.density_per_cm2 = area_cm2 > 0.0 ? p.hairs / area_cm2 : 0.0;
  p.anagen_percent = 100.0 * growing / hairs;
  p.telogen_percent = 100.0 - p.anagen_percent;
  p.vellus30_percent = 100.0 * v30 / hairs;
  p.vellus40_percent = 100.0 * v40 / hairs;
  p.tv_ratio_30 = ratio_or_infinity(hairs - v30, v30);
  p.tv_ratio_40 = ratio_or_infinity(hairs - v40, v40);
  p.mean_diameter_um = diameter_sum / hairs;
  return p;
}

BiopsyCounts count_biopsy(std::span<const FollicleView> follicles, double area_cm2,
                          const InstrumentSettings& settings) {
  BiopsyCounts b;
  b.area_cm2 = area_cm2;
  for (const FollicleView& f : follicles) {
    if (!f.has_hair()) {
      continue;
    }
    (f.diameter_um < settings.vellus_max_um ? b.vellus : b.terminal) += 1;
    b.telogen += f.phase == Phase::Anagen ? 0 : 1;
  }
  b.tv_ratio = ratio_or_infinity(b.terminal, b.vellus);
  b.telogen_percent = b.total() > 0 ? 100.0 * b.telogen / b.total() : 0.0;
  return b;
}

HairMass measure_hair_mass(std::span<const FollicleView> follicles, double area_cm2) {
  HairMass m;
  if (area_cm2 <= 0.0) {
    return m;
  }
  double section_mm2 = 0.0;
  double volume_mm3 = 0.0;
  for (const FollicleView& f : follicles) {
    const double d_mm = f.diameter_um / kUmPerMm;
    const double a = 0.25 * std::numbers::pi * d_mm * d_mm;
    section_mm2 += a;
    volume_mm3 += a * f.length_um / kUmPerMm;
  }
  m.hair_mass_index = 100.0 * section_mm2 / area_cm2;
  m.volume_mm3_per_cm2 = volume_mm3 / area_cm2;
  return m;
}

}  // namespace trichosim::measure
