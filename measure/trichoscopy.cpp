#include "measure/trichoscopy.hpp"

#include <cmath>
#include <map>

#include "measure/counts.hpp"

namespace trichosim::measure {
namespace {

struct UnitSeen {
  int hairs = 0;
  bool empty_follicle = false;
};

}  // namespace

Trichoscopy read_trichoscopy(std::span<const FollicleView> follicles, double area_cm2,
                             const InstrumentSettings& settings, const ErrorOption& error) {
  Trichoscopy t;
  t.area_cm2 = area_cm2;
  double hairs = 0.0;
  double thin = 0.0;
  double sum = 0.0;
  double sum_sq = 0.0;
  std::map<std::uint32_t, UnitSeen> units;
  for (const FollicleView& f : follicles) {
    UnitSeen& u = units[f.unit];
    if (f.phase == Phase::Kenogen) {
      u.empty_follicle = true;
    }
    if (!f.has_hair()) {
      continue;
    }
    ++u.hairs;
    hairs += 1.0;
    thin += f.diameter_um < settings.vellus_max_um ? 1.0 : 0.0;
    sum += f.diameter_um;
    sum_sq += f.diameter_um * f.diameter_um;
  }
  int with_hair = 0;
  int single = 0;
  int yellow = 0;
  for (const auto& [id, u] : units) {
    with_hair += u.hairs > 0 ? 1 : 0;
    single += u.hairs == 1 ? 1 : 0;
    // A follicular unit shares one skin opening: it shows as a yellow dot only when no hair emerges from it.
    yellow += u.hairs == 0 && u.empty_follicle ? 1 : 0;
  }
  const double per_cm2 = area_cm2 > 0.0 ? 1.0 / area_cm2 : 0.0;
  t.hairs = hairs * reading_factor(error, ErrorQuantity::TrichoscopyCount, settings.error_trichoscopy_cv);
  t.density_per_cm2 = t.hairs * per_cm2;
  t.vellus_per_cm2 = thin * per_cm2;
  t.yellow_dots_per_cm2 = yellow * per_cm2;
  t.single_hair_unit_share = with_hair > 0 ? static_cast<double>(single) / with_hair : 0.0;
  if (hairs > 0.0) {
    t.thin_share = thin / hairs;
    t.mean_diameter_um = sum / hairs;
    const double variance = std::max(0.0, sum_sq / hairs - t.mean_diameter_um * t.mean_diameter_um);
    t.diameter_cv_percent = t.mean_diameter_um > 0.0 ? 100.0 * std::sqrt(variance) / t.mean_diameter_um : 0.0;
  }
  return t;
}

RakowskaCriteria rakowska_criteria(const Trichoscopy& frontal, const Trichoscopy& occipital,
                                   const InstrumentSettings& s) {
  RakowskaCriteria r;
  r.yellow_dot_ratio = ratio_or_infinity(frontal.yellow_dots_per_cm2, occipital.yellow_dots_per_cm2);
  r.frontal_thin_share = frontal.thin_share;
  r.diameter_ratio = ratio_or_infinity(frontal.mean_diameter_um, occipital.mean_diameter_um);
  r.single_unit_ratio = ratio_or_infinity(frontal.single_hair_unit_share, occipital.single_hair_unit_share);
  r.vellus_ratio = ratio_or_infinity(frontal.vellus_per_cm2, occipital.vellus_per_cm2);
  r.major_yellow_dots = r.yellow_dot_ratio > s.rakowska_yellow_dot_ratio;
  r.major_thin_hairs = r.frontal_thin_share > s.rakowska_thin_share;
  r.major_thinner_frontal = r.diameter_ratio < s.rakowska_diameter_ratio;
  r.minor_single_units = r.single_unit_ratio > s.rakowska_single_unit_ratio;
  r.minor_vellus = r.vellus_ratio > s.rakowska_vellus_ratio;
  return r;
}

}  // namespace trichosim::measure
