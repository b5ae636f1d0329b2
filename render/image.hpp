#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace trichosim::render {

/// An opaque colour, 8 bits per channel (sRGB).
struct Rgb {
  std::uint8_t r = 0;
  std::uint8_t g = 0;
  std::uint8_t b = 0;
  friend bool operator==(const Rgb&, const Rgb&) = default;
};

/// Linear blend: `a` at t = 0, `b` at t = 1.
Rgb mix(Rgb a, Rgb b, double t);

/// Parses "#rrggbb" (case-insensitive). Throws InputError naming `field`, the value and the allowed form.
Rgb parse_hex_colour(std::string_view text, std::string_view field);
/// Formats a colour as "#rrggbb".
std::string to_hex(Rgb c);

/// A rendered picture: row-major pixels, opaque. Plain data so tests can inspect pixels without cairo.
struct Image {
  int width = 0;   ///< pixels
  int height = 0;  ///< pixels
  std::vector<Rgb> pixels;

  Rgb at(int x, int y) const {
    return pixels[static_cast<std::size_t>(y) * static_cast<std::size_t>(width) + static_cast<std::size_t>(x)];
  }
  friend bool operator==(const Image&, const Image&) = default;
};

/// Encodes an image as PNG bytes (cairo's encoder).
std::string encode_png(const Image& image);
/// Decodes PNG bytes; throws InputError naming `source` when they are not a PNG.
Image decode_png(std::string_view png, std::string_view source = "PNG data");

/// Fraction (0-1) of the pixels in the rectangle [x0, x1) x [y0, y1) (clipped to the image) whose colour lies
/// farther than `min_distance` (Euclidean, 0-441 in 8-bit RGB units) from `background` — "hair pixels" when the
/// background is the skin tone.
double coverage(const Image& image, Rgb background, double min_distance, int x0, int y0, int x1, int y1);

}  // namespace trichosim::render
