#include "render/hair_layers.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

namespace trichosim::render::detail {
namespace {

// Drawing convention: vellus hairs keep 30 % of the pigment, intermediate hairs 70 %.
constexpr double kVellusPigment = 0.30;
constexpr double kIntermediatePigment = 0.70;

}  // namespace

std::size_t layer_of(const HairSample& h) {
  if (h.grey) {
    return 3;
  }
  return static_cast<std::size_t>(h.hair_class);
}

std::array<Rgb, kHairLayerCount> layer_colours(const ScalpStyle& style) {
  return {mix(style.skin_tone, style.hair_colour, kVellusPigment),
          mix(style.skin_tone, style.hair_colour, kIntermediatePigment), style.hair_colour, style.grey_colour};
}

void fill_hair_layers(const Canvas& canvas, const HairLayers& layers, const std::array<Rgb, kHairLayerCount>& colours) {
  cairo_t* cr = canvas.cr();
  cairo_save(cr);
  cairo_set_fill_rule(cr, CAIRO_FILL_RULE_WINDING);
  // Cairo's fast anti-aliasing (a coarser sample grid) is 3x quicker than the default on 100,000 sub-pixel hairs
  // and looks the same at report size.
  cairo_set_antialias(cr, CAIRO_ANTIALIAS_FAST);
  for (std::size_t l = 0; l < kHairLayerCount; ++l) {
    if (layers[l].empty()) {
      continue;
    }
    cairo_new_path(cr);
    for (const HairQuad& q : layers[l]) {
      const double dx = q.x1 - q.x0;
      const double dy = q.y1 - q.y0;
      const double len = std::hypot(dx, dy);
      if (len <= 0.0) {
        continue;
      }
      // Same corner order relative to each hair's own direction: every quad winds the same way, so overlaps
      // never cancel under the nonzero rule.
      const double nx = -dy / len * 0.5 * q.width_px;
      const double ny = dx / len * 0.5 * q.width_px;
      cairo_move_to(cr, q.x0 + nx, q.y0 + ny);
      cairo_line_to(cr, q.x1 + nx, q.y1 + ny);
      cairo_line_to(cr, q.x1 - nx, q.y1 - ny);
      cairo_line_to(cr, q.x0 - nx, q.y0 - ny);
      cairo_close_path(cr);
    }
    canvas.set_colour(colours[l]);
    cairo_fill(cr);
  }
  cairo_restore(cr);
}

void splat_hair_layers(const Canvas& canvas, const HairLayers& layers,
                       const std::array<Rgb, kHairLayerCount>& colours) {
  const int w = canvas.width();
  const int h = canvas.height();
  std::vector<float> cover(static_cast<std::size_t>(w) * static_cast<std::size_t>(h));
  const auto deposit = [&](int x, int y, double a) {
    if (x >= 0 && y >= 0 && x < w && y < h) {
      cover[static_cast<std::size_t>(y) * static_cast<std::size_t>(w) + static_cast<std::size_t>(x)] +=
          static_cast<float>(a);
    }
  };
  cairo_surface_t* surface = cairo_get_target(canvas.cr());
  cairo_surface_flush(surface);
  unsigned char* data = cairo_image_surface_get_data(surface);
  const int stride = cairo_image_surface_get_stride(surface);
  for (std::size_t l = 0; l < kHairLayerCount; ++l) {
    if (layers[l].empty()) {
      continue;
    }
    std::fill(cover.begin(), cover.end(), 0.0F);
    for (const HairQuad& q : layers[l]) {
      const double dx = q.x1 - q.x0;
      const double dy = q.y1 - q.y0;
      const double major = std::max(std::abs(dx), std::abs(dy));
      const int steps = std::max(1, static_cast<int>(std::lround(major)));
      const double area = q.width_px * std::hypot(dx, dy) / steps;  // px² per step
      const bool along_x = std::abs(dx) >= std::abs(dy);
      for (int k = 0; k < steps; ++k) {
        const double t = (k + 0.5) / steps;
        // Pixel centres sit at integer + 0.5; split across the two nearest along the minor axis.
        const double px = q.x0 + t * dx - 0.5;
        const double py = q.y0 + t * dy - 0.5;
        if (along_x) {
          const int x = static_cast<int>(std::lround(px));
          const double fy = std::floor(py);
          const double f = py - fy;
          deposit(x, static_cast<int>(fy), area * (1.0 - f));
          deposit(x, static_cast<int>(fy) + 1, area * f);
        } else {
          const int y = static_cast<int>(std::lround(py));
          const double fx = std::floor(px);
          const double f = px - fx;
          deposit(static_cast<int>(fx), y, area * (1.0 - f));
          deposit(static_cast<int>(fx) + 1, y, area * f);
        }
      }
    }
    const Rgb c = colours[l];
    for (int y = 0; y < h; ++y) {
      auto* row = reinterpret_cast<std::uint32_t*>(data + static_cast<std::ptrdiff_t>(y) * stride);
      for (int x = 0; x < w; ++x) {
        const float a = cover[static_cast<std::size_t>(y) * static_cast<std::size_t>(w) + static_cast<std::size_t>(x)];
        if (a <= 0.0F) {
          continue;
        }
        const double keep = std::exp(-static_cast<double>(a));
        const std::uint32_t p = row[x];
        const auto blend = [keep](std::uint32_t under, std::uint8_t over) {
          return static_cast<std::uint32_t>(std::lround(keep * (under & 0xFFU) + (1.0 - keep) * over));
        };
        row[x] = 0xFF000000U | (blend(p >> 16U, c.r) << 16U) | (blend(p >> 8U, c.g) << 8U) | blend(p, c.b);
      }
    }
  }
  cairo_surface_mark_dirty(surface);
}

}  // namespace trichosim::render::detail
