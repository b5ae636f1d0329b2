#include "render/trichoscopy.hpp"

#include <fmt/format.h>

#include <cmath>
#include <numbers>
#include <sstream>
#include <unordered_map>

#include "core/input_error.hpp"
#include "render/canvas.hpp"
#include "render/hair_layers.hpp"
#include "render/hair_sample.hpp"
#include "render/labels.hpp"
#include "render/pigment_dots.hpp"

namespace trichosim::render {
namespace {

using detail::Canvas;

// Drawing conventions (docs/render.md): pore and yellow-dot sizes on the skin, in mm.
constexpr double kPoreRadiusMm = 0.09;
constexpr double kYellowDotRadiusMm = 0.16;
const Rgb kYellowDot{0xe2, 0xc0, 0x4a};
const Rgb kInk{0x22, 0x2a, 0x33};

bool in_square(MapPoint p, MapPoint c, double half) {
  return std::abs(p.x_mm - c.x_mm) <= half && std::abs(p.y_mm - c.y_mm) <= half;
}

double percent(std::uint32_t part, std::uint32_t whole) {
  return whole == 0 ? 0.0 : 100.0 * static_cast<double>(part) / static_cast<double>(whole);
}

void check(bool ok, const char* field, double value, const char* allowed) {
  if (!ok) {
    std::ostringstream os;
    os << "trichoscopy." << field << " = " << value << ": allowed range is " << allowed;
    throw InputError(os.str());
  }
}

}  // namespace

void validate(const TrichoscopyStyle& s) {
  check(s.side_mm >= 2.0 && s.side_mm <= 40.0, "side_mm", s.side_mm, "2 to 40 (mm)");
  check(std::isfinite(s.shown_length_mm) && s.shown_length_mm > 0.0 && s.shown_length_mm <= 100.0, "shown_length_mm",
        s.shown_length_mm, "above 0 up to 100 (mm)");
  check(s.field_px >= 100 && s.field_px <= 4000, "field_px", s.field_px, "100 to 4000 (pixel)");
  check(s.panel_px >= 0 && s.panel_px <= 2000, "panel_px", s.panel_px, "0 to 2000 (pixel)");
  ScalpStyle scalp = s.scalp;
  scalp.size_px = 800;  // not used by the close-up
  validate(scalp, "trichoscopy.");
}

TrichoscopyNumbers count_field(const Simulation& sim, MapPoint centre, double side_mm) {
  const FollicleStore& store = sim.follicles();
  const double thin_below = sim.parameters()[Param::shaft_vellus_max_diameter_um];
  struct UnitTally {
    std::uint32_t living = 0;
    std::uint32_t hairs = 0;
  };
  std::unordered_map<std::uint32_t, UnitTally> units;
  TrichoscopyNumbers n;
  n.field_cm2 = side_mm * side_mm / kMm2PerCm2;
  double diameter_sum = 0.0;
  for (std::size_t i = 0; i < store.follicle_count(); ++i) {
    if (store.phase[i] == Phase::Lost || !in_square(store.position(i), centre, 0.5 * side_mm)) {
      continue;
    }
    UnitTally& u = units[store.unit[i]];
    ++u.living;
    if (!sim.holds_hair(i)) {
      continue;
    }
    const double d = sim.shaft(i).diameter_um;
    ++u.hairs;
    ++n.hairs;
    n.thin_hairs += d < thin_below ? 1U : 0U;
    diameter_sum += d;
  }
  for (const auto& [id, u] : units) {
    ++n.units;
    n.units_with_hair += u.hairs > 0 ? 1U : 0U;
    n.single_hair_units += u.hairs == 1 ? 1U : 0U;
    n.multi_hair_units += u.hairs >= 2 ? 1U : 0U;
    n.empty_units += u.hairs == 0 ? 1U : 0U;
  }
  n.density_per_cm2 = n.field_cm2 > 0.0 ? n.hairs / n.field_cm2 : 0.0;
  n.thin_percent = percent(n.thin_hairs, n.hairs);
  n.single_hair_unit_percent = percent(n.single_hair_units, n.units_with_hair);
  n.empty_percent = percent(n.empty_units, n.units);
  n.mean_diameter_um = n.hairs > 0 ? diameter_sum / n.hairs : 0.0;
  return n;
}

TrichoscopyField render_trichoscopy(const Simulation& sim, MapPoint centre, const TrichoscopyStyle& style,
                                    const std::string& title) {
  validate(style);
  TrichoscopyField out;
  out.centre = centre;
  out.side_mm = style.side_mm;
  out.numbers = count_field(sim, centre, style.side_mm);

  const double px_per_mm = style.field_px / style.side_mm;
  const double half = 0.5 * style.side_mm;
  const auto px = [&](MapPoint p) {
    return std::pair{(p.x_mm - centre.x_mm + half) * px_per_mm, (p.y_mm - centre.y_mm + half) * px_per_mm};
  };
  Canvas canvas(style.field_px + style.panel_px, style.field_px);
  cairo_t* cr = canvas.cr();
  canvas.clear(Rgb{0xff, 0xff, 0xff});
  cairo_rectangle(cr, 0.0, 0.0, style.field_px, style.field_px);
  cairo_clip(cr);
  const Rgb skin = mix(style.scalp.skin_tone, Rgb{0xc0, 0x60, 0x60}, 0.12);  // polarised light reddens skin
  canvas.clear(skin);

  // Scalp micropigmentation: its dots under the openings and hairs, in the hair colour at their opacity, as the
  // view from above draws them (render/pigment_dots).
  const double dot_radius_px = 0.5 * sim.parameters()[Param::smp_dot_diameter_mm] * px_per_mm;
  const Rgb pigment = style.scalp.hair_colour;
  for (const PigmentDot& dot : pigment_dots(sim, {centre.x_mm - half - 1.0, centre.y_mm - half - 1.0},
                                            {centre.x_mm + half + 1.0, centre.y_mm + half + 1.0})) {
    const auto [x, y] = px(dot.at);
    cairo_new_path(cr);
    cairo_arc(cr, x, y, dot_radius_px, 0.0, 2.0 * std::numbers::pi);
    canvas.set_colour(pigment, dot.opacity);
    cairo_fill(cr);
  }

  // Follicular openings and yellow dots, unit by unit.
  const FollicleStore& store = sim.follicles();
  std::unordered_map<std::uint32_t, std::pair<std::uint32_t, std::uint32_t>> units;  // living, hairs
  const double reach = half + style.shown_length_mm;
  for (std::size_t i = 0; i < store.follicle_count(); ++i) {
    if (store.phase[i] != Phase::Lost && in_square(store.position(i), centre, reach)) {
      auto& u = units[store.unit[i]];
      ++u.first;
      u.second += sim.holds_hair(i) ? 1U : 0U;
    }
  }
  for (const auto& [id, u] : units) {
    const auto [x, y] = px(store.unit_position(id));
    const bool empty = u.second == 0;
    const double r = (empty ? kYellowDotRadiusMm : kPoreRadiusMm) * px_per_mm;
    cairo_new_path(cr);
    cairo_arc(cr, x, y, r, 0.0, 2.0 * std::numbers::pi);
    canvas.set_colour(empty ? kYellowDot : mix(skin, Rgb{0x70, 0x40, 0x38}, 0.35));
    cairo_fill_preserve(cr);
    canvas.set_colour(mix(skin, kInk, 0.35), 0.6);
    cairo_set_line_width(cr, 1.0);
    cairo_stroke(cr);
  }

  // Hairs from the field and a margin around it (so the edge is not bare), finest first.
  detail::HairLayers layers;
  for (const HairSample& h : sample_hairs(sim, style.scalp)) {
    if (!in_square(h.root, centre, reach)) {
      continue;
    }
    const double len = std::min(h.length_mm, style.shown_length_mm) * h.lie;
    const auto [x0, y0] = px(h.root);
    const auto [x1, y1] = px({h.root.x_mm + h.direction.dx * len, h.root.y_mm + h.direction.dy * len});
    layers[detail::layer_of(h)].push_back({x0, y0, x1, y1, h.diameter_um / kUmPerMm * px_per_mm});
  }
  detail::fill_hair_layers(canvas, layers, detail::layer_colours(style.scalp));

  // Scale bar: 1 mm.
  const double bar_y = style.field_px - 24.0;
  canvas.set_colour(Rgb{0xff, 0xff, 0xff}, 0.85);
  cairo_rectangle(cr, 14.0, bar_y - 22.0, px_per_mm + 20.0, 34.0);
  cairo_fill(cr);
  canvas.set_colour(kInk);
  cairo_rectangle(cr, 24.0, bar_y, px_per_mm, 4.0);
  cairo_fill(cr);
  canvas.text(24.0, bar_y - 6.0, "1 mm", 13.0, kInk);
  cairo_reset_clip(cr);

  if (style.panel_px > 0) {
    // Text scales with the panel so the numbers stay legible when the picture is shown small.
    const double k = style.panel_px / 340.0;
    const TrichoscopyNumbers& n = out.numbers;
    const Rgb muted{0x5a, 0x64, 0x70};
    const double x = style.field_px + 20.0 * k;
    double y = 40.0 * k;
    const auto line = [&](const std::string& label, const std::string& value) {
      canvas.text(x, y, label, 17.0 * k, muted);
      canvas.text(x, y + 29.0 * k, value, 26.0 * k, kInk, true);
      y += 72.0 * k;
    };
    canvas.text(x, y, title, 28.0 * k, kInk, true);
    y += 28.0 * k;
    canvas.text(x, y, fmt::format("{:.1f} cm² field, age {}", n.field_cm2, years_text(sim.age_years())), 17.0 * k,
                muted);
    y += 48.0 * k;
    line("Density", fmt::format("{:.0f} hairs/cm²", n.density_per_cm2));
    line(fmt::format("Thin hairs (< {:.0f} µm)", sim.parameters()[Param::shaft_vellus_max_diameter_um]),
         fmt::format("{:.0f} %", n.thin_percent));
    line("Single-hair units", fmt::format("{:.0f} %", n.single_hair_unit_percent));
    line("Empty follicles (yellow dots)", fmt::format("{:.0f} %", n.empty_percent));
    line("Mean shaft diameter", fmt::format("{:.0f} µm", n.mean_diameter_um));
  }
  out.image = canvas.to_image();
  return out;
}

}  // namespace trichosim::render
