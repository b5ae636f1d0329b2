#include "measure/density_map.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>

#include "core/units.hpp"

namespace trichosim::measure {

DensityMap::DensityMap(std::span<const FollicleView> follicles, const ScalpGeometry& geometry, double cell_mm,
                       double visible_min_um)
    : geometry_(geometry),
      cell_mm_(cell_mm),
      nx_(static_cast<std::size_t>(std::ceil(2.0 * geometry.half_width_mm() / cell_mm))),
      ny_(static_cast<std::size_t>(std::ceil(geometry.length_mm() / cell_mm))),
      visible_(nx_ * ny_, 0.0),
      inside_(nx_ * ny_, 0U),
      region_(nx_ * ny_, Region::Occipital) {
  for (std::size_t k = 0; k < visible_.size(); ++k) {
    const MapPoint c = centre(k);
    if (geometry_.contains(c)) {
      inside_[k] = 1U;
      region_[k] = geometry_.region_of(c);
    }
  }
  const double hw = geometry.half_width_mm();
  for (const FollicleView& f : follicles) {
    if (!f.has_hair() || f.diameter_um < visible_min_um) {
      continue;
    }
    const auto ix = std::min(nx_ - 1, static_cast<std::size_t>(std::max(0.0, (f.position.x_mm + hw) / cell_mm_)));
    const auto iy = std::min(ny_ - 1, static_cast<std::size_t>(std::max(0.0, f.position.y_mm / cell_mm_)));
    visible_[iy * nx_ + ix] += 1.0;
  }
}

double DensityMap::cell_area_cm2() const { return cell_mm_ * cell_mm_ / kMm2PerCm2; }

MapPoint DensityMap::centre(std::size_t k) const {
  const std::size_t ix = k % nx_;
  const std::size_t iy = k / nx_;
  return {(static_cast<double>(ix) + 0.5) * cell_mm_ - geometry_.half_width_mm(),
          (static_cast<double>(iy) + 0.5) * cell_mm_};
}

double DensityMap::visible_within(MapPoint p, double radius_mm) const {
  const double hw = geometry_.half_width_mm();
  const auto lo = [&](double v) { return static_cast<std::ptrdiff_t>(std::floor(v / cell_mm_)); };
  const std::ptrdiff_t x0 = std::max<std::ptrdiff_t>(0, lo(p.x_mm + hw - radius_mm));
  const std::ptrdiff_t x1 = std::min<std::ptrdiff_t>(static_cast<std::ptrdiff_t>(nx_) - 1, lo(p.x_mm + hw + radius_mm));
  const std::ptrdiff_t y0 = std::max<std::ptrdiff_t>(0, lo(p.y_mm - radius_mm));
  const std::ptrdiff_t y1 = std::min<std::ptrdiff_t>(static_cast<std::ptrdiff_t>(ny_) - 1, lo(p.y_mm + radius_mm));
  double sum = 0.0;
  for (std::ptrdiff_t iy = y0; iy <= y1; ++iy) {
    for (std::ptrdiff_t ix = x0; ix <= x1; ++ix) {
      const std::size_t k = static_cast<std::size_t>(iy) * nx_ + static_cast<std::size_t>(ix);
      const MapPoint c = centre(k);
      const double dx = c.x_mm - p.x_mm;
      const double dy = c.y_mm - p.y_mm;
      if (dx * dx + dy * dy <= radius_mm * radius_mm) {
        sum += visible_[k];
      }
    }
  }
  return sum;
}

RelativeDensity::RelativeDensity(const DensityMap& current, const DensityMap& reference, double radius_mm)
    : current_(current), reference_(reference), radius_mm_(radius_mm), ratio_(current.cell_count(), 1.0) {
  assert(current.cell_count() == reference.cell_count() && "maps of one scalp share one grid");
  for (std::size_t k = 0; k < ratio_.size(); ++k) {
    if (current_.inside(k)) {
      ratio_[k] = ratio_at(current_.centre(k));
    }
  }
}

double RelativeDensity::ratio_at(MapPoint p) const {
  const double ref = reference_.visible_within(p, radius_mm_);
  return ref > 0.0 ? current_.visible_within(p, radius_mm_) / ref : 1.0;
}

double RelativeDensity::region_ratio(RegionMask regions) const {
  double now = 0.0;
  double ref = 0.0;
  for (std::size_t k = 0; k < ratio_.size(); ++k) {
    if (current_.inside(k) && regions.contains(current_.region(k))) {
      now += current_.visible(k);
      ref += reference_.visible(k);
    }
  }
  return ref > 0.0 ? now / ref : 1.0;
}

double RelativeDensity::area_below(double fraction, RegionMask regions) const {
  double cells = 0.0;
  for (std::size_t k = 0; k < ratio_.size(); ++k) {
    if (current_.inside(k) && regions.contains(current_.region(k)) && ratio_[k] < fraction) {
      cells += 1.0;
    }
  }
  return cells * current_.cell_area_cm2();
}

double RelativeDensity::area(RegionMask regions) const {
  double cells = 0.0;
  for (std::size_t k = 0; k < ratio_.size(); ++k) {
    if (current_.inside(k) && regions.contains(current_.region(k))) {
      cells += 1.0;
    }
  }
  return cells * current_.cell_area_cm2();
}

double RelativeDensity::hairline_recession_mm(double x_mm, double fraction) const {
  const ScalpGeometry& g = current_.geometry();
  const double b = 0.5 * g.length_mm();
  const double u = std::clamp(x_mm / g.half_width_mm(), -1.0, 1.0);
  const double front = b - b * std::sqrt(1.0 - u * u);
  // Walk back from the front edge in half-cell steps until the hair reaches the fraction of its normal density.
  const double step = 0.5 * current_.cell_mm();
  for (double y = front; y < 2.0 * b - front; y += step) {
    if (ratio_at({x_mm, y}) >= fraction) {
      return y - front;
    }
  }
  return 2.0 * b - 2.0 * front;
}

}  // namespace trichosim::measure
