#include "render/canvas.hpp"

#include <cstring>
#include <string>

namespace trichosim::render::detail {
namespace {

double channel(std::uint8_t v) { return static_cast<double>(v) / 255.0; }

}  // namespace

Canvas::Canvas(int width_px, int height_px)
    : width_(width_px),
      height_(height_px),
      surface_(cairo_image_surface_create(CAIRO_FORMAT_RGB24, width_px, height_px)),
      cr_(cairo_create(surface_.get())) {}

void Canvas::set_colour(Rgb c, double alpha) const {
  cairo_set_source_rgba(cr_.get(), channel(c.r), channel(c.g), channel(c.b), alpha);
}

void Canvas::clear(Rgb c) const {
  set_colour(c);
  cairo_paint(cr_.get());
}

void Canvas::text(double x, double y, std::string_view text, double size_px, Rgb c, bool bold) const {
  cairo_t* cr = cr_.get();
  cairo_save(cr);
  cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL,
                         bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size(cr, size_px);
  set_colour(c);
  cairo_move_to(cr, x, y);
  const std::string owned(text);
  cairo_show_text(cr, owned.c_str());
  cairo_restore(cr);
}

Image Canvas::to_image() const { return image_from_surface(surface_.get()); }

void Canvas::paint(const Image& image, double x, double y, double scale) const {
  cairo_surface_t* s = surface_from_image(image);
  cairo_t* cr = cr_.get();
  cairo_save(cr);
  cairo_translate(cr, x, y);
  cairo_scale(cr, scale, scale);
  cairo_set_source_surface(cr, s, 0.0, 0.0);
  cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_GOOD);
  cairo_paint(cr);
  cairo_restore(cr);
  cairo_surface_destroy(s);
}

cairo_surface_t* surface_from_image(const Image& image) {
  cairo_surface_t* s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, image.width, image.height);
  cairo_surface_flush(s);
  unsigned char* data = cairo_image_surface_get_data(s);
  const int stride = cairo_image_surface_get_stride(s);
  for (int y = 0; y < image.height; ++y) {
    auto* row = reinterpret_cast<std::uint32_t*>(data + static_cast<std::ptrdiff_t>(y) * stride);
    for (int x = 0; x < image.width; ++x) {
      const Rgb c = image.at(x, y);
      row[x] = 0xFF000000U | (std::uint32_t{c.r} << 16U) | (std::uint32_t{c.g} << 8U) | std::uint32_t{c.b};
    }
  }
  cairo_surface_mark_dirty(s);
  return s;
}

Image image_from_surface(cairo_surface_t* surface) {
  cairo_surface_flush(surface);
  Image out;
  out.width = cairo_image_surface_get_width(surface);
  out.height = cairo_image_surface_get_height(surface);
  out.pixels.resize(static_cast<std::size_t>(out.width) * static_cast<std::size_t>(out.height));
  const unsigned char* data = cairo_image_surface_get_data(surface);
  const int stride = cairo_image_surface_get_stride(surface);
  std::size_t k = 0;
  for (int y = 0; y < out.height; ++y) {
    const auto* row = reinterpret_cast<const std::uint32_t*>(data + static_cast<std::ptrdiff_t>(y) * stride);
    for (int x = 0; x < out.width; ++x) {
      // Premultiplied ARGB: dropping alpha composites over black; RGB24 has no alpha to drop.
      const std::uint32_t p = row[x];
      out.pixels[k++] = {static_cast<std::uint8_t>(p >> 16U), static_cast<std::uint8_t>(p >> 8U),
                         static_cast<std::uint8_t>(p)};
    }
  }
  return out;
}

}  // namespace trichosim::render::detail

// Fontconfig (used by cairo's text) keeps process-wide caches that it frees only in FcFini, which cairo never
// calls; LeakSanitizer would report them at exit in the sanitizer build. This hook is read only by LeakSanitizer.
// NOLINTNEXTLINE(bugprone-reserved-identifier): the name LeakSanitizer looks for
extern "C" const char* __lsan_default_suppressions();
// NOLINTNEXTLINE(bugprone-reserved-identifier)
extern "C" const char* __lsan_default_suppressions() { return "leak:libfontconfig.so\n"; }
