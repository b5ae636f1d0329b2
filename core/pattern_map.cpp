#include "core/pattern_map.hpp"

#include <algorithm>
#include <cmath>
#include <mutex>

namespace trichosim {
namespace {

std::array<double, kRegionCount> pattern_weights(const Parameters& p, Sex sex) {
  const bool male = sex == Sex::Male;
  const double hairline = male ? p[Param::pattern_male_frontal_hairline] : p[Param::pattern_female_frontal_hairline];
  const double mid = male ? p[Param::pattern_male_mid_scalp] : p[Param::pattern_female_mid_scalp];
  const double crown = male ? p[Param::pattern_male_crown] : p[Param::pattern_female_crown];
  const double temporal = male ? p[Param::pattern_male_temporal] : p[Param::pattern_female_temporal];
  const double parietal = male ? p[Param::pattern_male_parietal] : p[Param::pattern_female_parietal];
  const double occipital = male ? p[Param::pattern_male_occipital] : p[Param::pattern_female_occipital];
  return {hairline, mid, crown, temporal, temporal, parietal, parietal, occipital};
}

// One-dimensional Gaussian blur along rows (stride 1) or columns (stride nx) of a grid.
void blur(std::vector<double>& grid, std::size_t nx, std::size_t ny, double sigma_cells, bool along_x) {
  const auto radius = static_cast<std::ptrdiff_t>(std::ceil(3.0 * sigma_cells));
  std::vector<double> kernel(static_cast<std::size_t>(2 * radius + 1));
  for (std::ptrdiff_t k = -radius; k <= radius; ++k) {
    const double d = static_cast<double>(k) / sigma_cells;
    kernel[static_cast<std::size_t>(k + radius)] = std::exp(-0.5 * d * d);
  }
  const std::size_t lines = along_x ? ny : nx;
  const std::size_t len = along_x ? nx : ny;
  std::vector<double> line(len);
  for (std::size_t l = 0; l < lines; ++l) {
    auto at = [&](std::size_t i) -> double& { return along_x ? grid[l * nx + i] : grid[i * nx + l]; };
    for (std::size_t i = 0; i < len; ++i) {
      double s = 0.0;
      for (std::ptrdiff_t k = -radius; k <= radius; ++k) {
        const std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) + k;
        if (j >= 0 && j < static_cast<std::ptrdiff_t>(len)) {
          s += kernel[static_cast<std::size_t>(k + radius)] * at(static_cast<std::size_t>(j));
        }
      }
      line[i] = s;
    }
    for (std::size_t i = 0; i < len; ++i) {
      at(i) = line[i];
    }
  }
}

}  // namespace

PatternMap::PatternMap(const ScalpGeometry& geometry, const Parameters& p, Sex sex)
    : weights_(pattern_weights(p, sex)),
      half_width_mm_(geometry.half_width_mm()),
      nx_(static_cast<std::size_t>(std::ceil(2.0 * geometry.half_width_mm() / kCellMm)) + 1),
      ny_(static_cast<std::size_t>(std::ceil(geometry.length_mm() / kCellMm)) + 1) {
  // Normalised convolution: blur(weight x inside) / blur(inside), so the edge of the scalp does not dilute.
  std::vector<double> value(nx_ * ny_, 0.0);
  std::vector<double> inside(nx_ * ny_, 0.0);
  for (std::size_t j = 0; j < ny_; ++j) {
    for (std::size_t i = 0; i < nx_; ++i) {
      const MapPoint pt{static_cast<double>(i) * kCellMm - half_width_mm_, static_cast<double>(j) * kCellMm};
      if (geometry.contains(pt)) {
        value[j * nx_ + i] = weights_[region_index(geometry.region_of(pt))];
        inside[j * nx_ + i] = 1.0;
      }
    }
  }
  const double sigma_cells = p[Param::scalp_pattern_bandwidth_mm] / kCellMm;
  for (bool along_x : {true, false}) {
    blur(value, nx_, ny_, sigma_cells, along_x);
    blur(inside, nx_, ny_, sigma_cells, along_x);
  }
  grid_.resize(nx_ * ny_);
  for (std::size_t k = 0; k < grid_.size(); ++k) {
    grid_[k] = inside[k] > 0.0 ? value[k] / inside[k] : 0.0;
  }
}

std::shared_ptr<const PatternMap> PatternMap::shared(const ScalpGeometry& geometry, const Parameters& p, Sex sex) {
  struct Entry {
    Parameters parameters;
    Sex sex;
    std::shared_ptr<const PatternMap> map;
  };
  constexpr std::size_t kKept = 8;  // a calibration alternates a few parameter sets; both sexes each
  static std::mutex mutex;
  static std::vector<Entry> cache;
  const std::lock_guard<std::mutex> lock(mutex);
  for (const Entry& e : cache) {
    if (e.sex == sex && e.parameters == p) {
      return e.map;
    }
  }
  if (cache.size() == kKept) {
    cache.erase(cache.begin());
  }
  cache.push_back({p, sex, std::make_shared<const PatternMap>(geometry, p, sex)});
  return cache.back().map;
}

double PatternMap::at(MapPoint p) const {
  const double fx = std::clamp((p.x_mm + half_width_mm_) / kCellMm, 0.0, static_cast<double>(nx_ - 1));
  const double fy = std::clamp(p.y_mm / kCellMm, 0.0, static_cast<double>(ny_ - 1));
  const auto i0 = static_cast<std::size_t>(fx);
  const auto j0 = static_cast<std::size_t>(fy);
  const std::size_t i1 = std::min(i0 + 1, nx_ - 1);
  const std::size_t j1 = std::min(j0 + 1, ny_ - 1);
  const double tx = fx - static_cast<double>(i0);
  const double ty = fy - static_cast<double>(j0);
  const double top = grid_[j0 * nx_ + i0] * (1.0 - tx) + grid_[j0 * nx_ + i1] * tx;
  const double bottom = grid_[j1 * nx_ + i0] * (1.0 - tx) + grid_[j1 * nx_ + i1] * tx;
  return top * (1.0 - ty) + bottom * ty;
}

}  // namespace trichosim
