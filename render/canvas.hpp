#pragma once
// Internal to render/: a cairo image surface with RAII ownership. Cairo types stay out of the public headers.
#include <cairo.h>

#include <memory>
#include <string_view>

#include "render/image.hpp"

namespace trichosim::render::detail {

/// An RGB24 drawing surface of a fixed size and its cairo context.
class Canvas {
 public:
  Canvas(int width_px, int height_px);
  cairo_t* cr() const { return cr_.get(); }
  int width() const { return width_; }
  int height() const { return height_; }
  /// Sets the source colour with an opacity (0-1).
  void set_colour(Rgb c, double alpha = 1.0) const;
  /// Fills the whole canvas.
  void clear(Rgb c) const;
  /// Draws `text` with its left baseline at (x, y), in DejaVu Sans (fontconfig) at `size_px`.
  void text(double x, double y, std::string_view text, double size_px, Rgb c, bool bold = false) const;
  /// Copies the pixels out.
  Image to_image() const;
  /// Paints an image with its top-left corner at (x, y), scaled by `scale`.
  void paint(const Image& image, double x, double y, double scale = 1.0) const;

 private:
  struct SurfaceDeleter {
    void operator()(cairo_surface_t* s) const { cairo_surface_destroy(s); }
  };
  struct ContextDeleter {
    void operator()(cairo_t* c) const { cairo_destroy(c); }
  };
  int width_;
  int height_;
  std::unique_ptr<cairo_surface_t, SurfaceDeleter> surface_;
  std::unique_ptr<cairo_t, ContextDeleter> cr_;
};

/// Reads an image's pixels into a new RGB24 cairo surface (caller owns it).
cairo_surface_t* surface_from_image(const Image& image);
/// Copies an RGB24/ARGB32 surface's pixels into an Image (ARGB is composited over black).
Image image_from_surface(cairo_surface_t* surface);

}  // namespace trichosim::render::detail
