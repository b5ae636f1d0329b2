#include "render/scalp_view.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <vector>

#include "render/canvas.hpp"
#include "render/hair_layers.hpp"
#include "render/hair_sample.hpp"
#include "render/pigment_dots.hpp"

namespace trichosim::render {
namespace {

using detail::Canvas;

// Drawing conventions (docs/render.md): skin shown around the hair-bearing scalp, margins, shading.
constexpr double kHeadRimMm = 14.0;
constexpr double kMarginShare = 0.04;
constexpr double kRimShade = 0.16;  // skin darkens by this share towards the head's outline
constexpr double kDeg = std::numbers::pi / 180.0;
constexpr double kHairlineElevationRad = 38.0 * kDeg;  // hairline's height on the head sphere
constexpr double kSideReachRad = 80.0 * kDeg;          // the map's side edge wraps down to just above the ears
constexpr double kCameraElevationRad = 20.0 * kDeg;    // hairline view taken from above eye level

double channel(std::uint8_t v) { return static_cast<double>(v) / 255.0; }

// Fills the current path with the skin tone, shaded towards the outline for a sense of curvature.
void shade_skin(cairo_t* cr, Rgb skin, double cx, double cy, double radius) {
  cairo_pattern_t* g = cairo_pattern_create_radial(cx, cy, 0.0, cx, cy, radius);
  const Rgb dark = mix(skin, Rgb{0x40, 0x28, 0x20}, kRimShade);
  cairo_pattern_add_color_stop_rgb(g, 0.0, channel(skin.r), channel(skin.g), channel(skin.b));
  cairo_pattern_add_color_stop_rgb(g, 0.6, channel(skin.r), channel(skin.g), channel(skin.b));
  cairo_pattern_add_color_stop_rgb(g, 1.0, channel(dark.r), channel(dark.g), channel(dark.b));
  cairo_set_source(cr, g);
  cairo_fill(cr);
  cairo_pattern_destroy(g);
}

void ellipse_path(cairo_t* cr, double cx, double cy, double rx, double ry) {
  cairo_save(cr);
  cairo_translate(cr, cx, cy);
  cairo_scale(cr, rx, ry);
  cairo_new_path(cr);
  cairo_arc(cr, 0.0, 0.0, 1.0, 0.0, 2.0 * std::numbers::pi);
  cairo_restore(cr);
}

// Where and how large a pigment dot is drawn (pixels); radius 0 leaves it out.
struct DotOnPicture {
  double x, y, radius;
};

// Scalp micropigmentation (render/pigment_dots: the lattice, the region's coverage, the blended edge) drawn where
// `place` puts each dot, under the hairs, which cover the pigment where they grow. Dots are grouped by opacity
// (32 levels), one path each.
template <typename Place>
void draw_pigment(Canvas& canvas, const Simulation& sim, Rgb pigment, Place place) {
  const ScalpGeometry& g = sim.geometry();
  const std::vector<PigmentDot> dots = pigment_dots(sim, {-g.half_width_mm(), 0.0}, {g.half_width_mm(), g.length_mm()});
  constexpr int kLevels = 32;
  std::array<std::vector<DotOnPicture>, kLevels + 1> by_level;
  for (const PigmentDot& dot : dots) {
    const DotOnPicture d = place(dot.at);
    if (d.radius > 0.0) {
      by_level[static_cast<std::size_t>(std::lround(dot.opacity * kLevels))].push_back(d);
    }
  }
  cairo_t* cr = canvas.cr();
  for (std::size_t level = 1; level <= kLevels; ++level) {
    if (by_level[level].empty()) {
      continue;
    }
    cairo_new_path(cr);
    for (const DotOnPicture& d : by_level[level]) {
      cairo_new_sub_path(cr);
      cairo_arc(cr, d.x, d.y, d.radius, 0.0, 2.0 * std::numbers::pi);
    }
    cairo_set_source_rgba(cr, channel(pigment.r), channel(pigment.g), channel(pigment.b),
                          static_cast<double>(level) / kLevels);
    cairo_fill(cr);
  }
}

// A point on the head sphere (radius 1) in camera coordinates: x right, y up, z towards the viewer.
struct Vec3 {
  double x, y, z;
};

Vec3 on_head(MapPoint p, double radius_mm, double half_width_mm) {
  const double phi = kHairlineElevationRad + p.y_mm / radius_mm;  // along the midline, from the front
  const double psi = p.x_mm / half_width_mm * kSideReachRad;      // sideways
  const Vec3 v{std::sin(psi), std::cos(psi) * std::sin(phi), std::cos(psi) * std::cos(phi)};
  // Tilt the head towards the camera (the camera looks down by kCameraElevationRad).
  const double c = std::cos(kCameraElevationRad);
  const double s = std::sin(kCameraElevationRad);
  return {v.x, c * v.y - s * v.z, s * v.y + c * v.z};
}

}  // namespace

TopViewLayout top_view_layout(const ScalpGeometry& geometry, int size_px) {
  const double size = static_cast<double>(size_px);
  const double span_mm = std::max(2.0 * geometry.half_width_mm(), geometry.length_mm()) + 2.0 * kHeadRimMm;
  TopViewLayout l;
  l.px_per_mm = size * (1.0 - 2.0 * kMarginShare) / span_mm;
  l.centre_x_px = 0.5 * size;
  l.centre_y_px = 0.5 * size;
  l.half_length_mm = 0.5 * geometry.length_mm();
  return l;
}

Image render_top_view(const Simulation& sim, const ScalpStyle& style) {
  validate(style);
  const ScalpGeometry& g = sim.geometry();
  const TopViewLayout l = top_view_layout(g, style.size_px);
  Canvas canvas(style.size_px, style.size_px);
  cairo_t* cr = canvas.cr();
  canvas.clear(style.background);

  const double rx = (g.half_width_mm() + kHeadRimMm) * l.px_per_mm;
  const double ry = (l.half_length_mm + kHeadRimMm) * l.px_per_mm;
  // Ears at the sides and the nose's tip at the front, for orientation.
  canvas.set_colour(mix(style.skin_tone, Rgb{0x50, 0x30, 0x28}, 0.12));
  for (double side : {-1.0, 1.0}) {
    ellipse_path(cr, l.centre_x_px + side * rx * 0.98, l.centre_y_px - 0.05 * ry, 0.09 * rx, 0.17 * ry);
    cairo_fill(cr);
  }
  ellipse_path(cr, l.centre_x_px, l.centre_y_px - ry * 0.99, 0.1 * rx, 0.06 * ry);
  cairo_fill(cr);
  ellipse_path(cr, l.centre_x_px, l.centre_y_px, rx, ry);
  shade_skin(cr, style.skin_tone, l.centre_x_px, l.centre_y_px, std::max(rx, ry));
  const double dot_radius_px = 0.5 * sim.parameters()[Param::smp_dot_diameter_mm] * l.px_per_mm;
  draw_pigment(canvas, sim, style.hair_colour, [&](MapPoint at) {
    return DotOnPicture{l.px_x(at), l.px_y(at), dot_radius_px};
  });

  detail::HairLayers layers;
  for (const HairSample& h : sample_hairs(sim, style)) {
    const double len = h.length_mm * h.lie;
    const MapPoint tip{h.root.x_mm + h.direction.dx * len, h.root.y_mm + h.direction.dy * len};
    layers[detail::layer_of(h)].push_back(
        {l.px_x(h.root), l.px_y(h.root), l.px_x(tip), l.px_y(tip), h.diameter_um / kUmPerMm * l.px_per_mm});
  }
  detail::splat_hair_layers(canvas, layers, detail::layer_colours(style));
  return canvas.to_image();
}

Image render_front_view(const Simulation& sim, const ScalpStyle& style) {
  validate(style);
  const ScalpGeometry& g = sim.geometry();
  const double radius_mm = g.length_mm() / std::numbers::pi;
  const double size = static_cast<double>(style.size_px);
  const double px_per_mm = size / (2.25 * radius_mm);
  const double cx = 0.5 * size;
  const double cy = 0.05 * size + radius_mm * px_per_mm;
  Canvas canvas(style.size_px, style.size_px);
  cairo_t* cr = canvas.cr();
  canvas.clear(style.background);

  // Head: the sphere's outline, with the face continuing below it; ears at the sides.
  const double r_px = radius_mm * px_per_mm;
  canvas.set_colour(mix(style.skin_tone, Rgb{0x50, 0x30, 0x28}, 0.12));
  for (double side : {-1.0, 1.0}) {
    ellipse_path(cr, cx + side * r_px * 0.98, cy + 0.45 * r_px, 0.12 * r_px, 0.3 * r_px);
    cairo_fill(cr);
  }
  cairo_new_path(cr);
  cairo_arc(cr, cx, cy, r_px, std::numbers::pi, 2.0 * std::numbers::pi);
  cairo_curve_to(cr, cx + r_px, cy + 1.1 * r_px, cx + 0.5 * r_px, cy + 1.6 * r_px, cx, cy + 1.6 * r_px);
  cairo_curve_to(cr, cx - 0.5 * r_px, cy + 1.6 * r_px, cx - r_px, cy + 1.1 * r_px, cx - r_px, cy);
  cairo_close_path(cr);
  shade_skin(cr, style.skin_tone, cx, cy + 0.2 * r_px, 1.4 * r_px);
  // Brows, for scale and orientation.
  const Vec3 brow = on_head({0.0, -0.7 * radius_mm}, radius_mm, g.half_width_mm());
  canvas.set_colour(mix(style.skin_tone, style.hair_colour, 0.55));
  cairo_set_line_width(cr, 0.03 * r_px);
  cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
  for (double side : {-1.0, 1.0}) {
    cairo_new_path(cr);
    cairo_move_to(cr, cx + side * 0.12 * r_px, cy - brow.y * r_px + 0.02 * r_px);
    cairo_curve_to(cr, cx + side * 0.25 * r_px, cy - brow.y * r_px - 0.04 * r_px, cx + side * 0.4 * r_px,
                   cy - brow.y * r_px - 0.03 * r_px, cx + side * 0.52 * r_px, cy - brow.y * r_px + 0.04 * r_px);
    cairo_stroke(cr);
  }

  // Pigment dots on the visible side of the head, shrunk as the surface turns away from the camera (by the square
  // root of the cosine, a rough foreshortening).
  const double dot_radius_px = 0.5 * sim.parameters()[Param::smp_dot_diameter_mm] * px_per_mm;
  draw_pigment(canvas, sim, style.hair_colour, [&](MapPoint at) {
    const Vec3 v = on_head(at, radius_mm, g.half_width_mm());
    return v.z <= 0.0 ? DotOnPicture{0.0, 0.0, 0.0}
                      : DotOnPicture{cx + v.x * r_px, cy - v.y * r_px, dot_radius_px * std::sqrt(v.z)};
  });

  detail::HairLayers layers;
  for (const HairSample& h : sample_hairs(sim, style, /*combed_back=*/true)) {
    const Vec3 a = on_head(h.root, radius_mm, g.half_width_mm());
    if (a.z <= 0.0) {
      continue;  // on the far side of the head
    }
    const double len = h.length_mm * h.lie;
    const Vec3 b =
        on_head({h.root.x_mm + h.direction.dx * len, h.root.y_mm + h.direction.dy * len}, radius_mm, g.half_width_mm());
    layers[detail::layer_of(h)].push_back(
        {cx + a.x * r_px, cy - a.y * r_px, cx + b.x * r_px, cy - b.y * r_px, h.diameter_um / kUmPerMm * px_per_mm});
  }
  detail::splat_hair_layers(canvas, layers, detail::layer_colours(style));
  return canvas.to_image();
}

}  // namespace trichosim::render
