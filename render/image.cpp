#include "render/image.hpp"

#include <cairo.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "core/input_error.hpp"
#include "render/canvas.hpp"

namespace trichosim::render {
namespace {

int hex_digit(char c) {
  if (c >= '0' && c <= '9') {
    return c - '0';
  }
  if (c >= 'a' && c <= 'f') {
    return c - 'a' + 10;
  }
  if (c >= 'A' && c <= 'F') {
    return c - 'A' + 10;
  }
  return -1;
}

cairo_status_t append_bytes(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

struct Reader {
  std::string_view bytes;
  std::size_t offset = 0;
};

cairo_status_t read_bytes(void* closure, unsigned char* data, unsigned int length) {
  auto* r = static_cast<Reader*>(closure);
  if (r->bytes.size() - r->offset < length) {
    return CAIRO_STATUS_READ_ERROR;
  }
  std::memcpy(data, r->bytes.data() + r->offset, length);
  r->offset += length;
  return CAIRO_STATUS_SUCCESS;
}

}  // namespace

Rgb mix(Rgb a, Rgb b, double t) {
  const auto blend = [t](std::uint8_t x, std::uint8_t y) {
    return static_cast<std::uint8_t>(std::lround((1.0 - t) * x + t * y));
  };
  return {blend(a.r, b.r), blend(a.g, b.g), blend(a.b, b.b)};
}

Rgb parse_hex_colour(std::string_view text, std::string_view field) {
  const auto fail = [&] {
    return InputError(std::string(field) + " = \"" + std::string(text) +
                      "\": allowed form is #rrggbb (six hexadecimal digits)");
  };
  if (text.size() != 7 || text[0] != '#') {
    throw fail();
  }
  std::uint8_t v[3] = {};
  for (std::size_t i = 0; i < 3; ++i) {
    const int hi = hex_digit(text[1 + 2 * i]);
    const int lo = hex_digit(text[2 + 2 * i]);
    if (hi < 0 || lo < 0) {
      throw fail();
    }
    v[i] = static_cast<std::uint8_t>(hi * 16 + lo);
  }
  return {v[0], v[1], v[2]};
}

std::string to_hex(Rgb c) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "#%02x%02x%02x", c.r, c.g, c.b);
  return buf;
}

std::string encode_png(const Image& image) {
  cairo_surface_t* s = detail::surface_from_image(image);
  std::string out;
  cairo_surface_write_to_png_stream(s, append_bytes, &out);
  cairo_surface_destroy(s);
  return out;
}

Image decode_png(std::string_view png, std::string_view source) {
  Reader reader{png, 0};
  cairo_surface_t* s = cairo_image_surface_create_from_png_stream(read_bytes, &reader);
  if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS) {
    cairo_surface_destroy(s);
    throw InputError(std::string(source) + ": not a readable PNG image");
  }
  Image out = detail::image_from_surface(s);
  cairo_surface_destroy(s);
  return out;
}

double coverage(const Image& image, Rgb background, double min_distance, int x0, int y0, int x1, int y1) {
  x0 = std::clamp(x0, 0, image.width);
  x1 = std::clamp(x1, 0, image.width);
  y0 = std::clamp(y0, 0, image.height);
  y1 = std::clamp(y1, 0, image.height);
  std::size_t hits = 0;
  std::size_t total = 0;
  const double limit2 = min_distance * min_distance;
  for (int y = y0; y < y1; ++y) {
    for (int x = x0; x < x1; ++x) {
      const Rgb c = image.at(x, y);
      const double dr = c.r - background.r;
      const double dg = c.g - background.g;
      const double db = c.b - background.b;
      hits += dr * dr + dg * dg + db * db > limit2 ? 1U : 0U;
      ++total;
    }
  }
  return total == 0 ? 0.0 : static_cast<double>(hits) / static_cast<double>(total);
}

}  // namespace trichosim::render
