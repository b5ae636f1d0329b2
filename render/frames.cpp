#include "render/frames.hpp"

#include <fmt/format.h>

#include <cmath>

#include "core/input_error.hpp"
#include "core/units.hpp"
#include "render/canvas.hpp"
#include "render/labels.hpp"

namespace trichosim::render {
namespace {

using detail::Canvas;

constexpr int kLabelPx = 22;     // text band under each thumbnail
constexpr int kGapPx = 6;        // between thumbnails
constexpr int kRowLabelPx = 90;  // run names left of a comparison
const Rgb kPaper{0xff, 0xff, 0xff};
const Rgb kInk{0x22, 0x2a, 0x33};

void check_thumb(int thumb_px) {
  if (thumb_px < 32 || thumb_px > 2000) {
    throw InputError(fmt::format("thumb_px = {}: allowed range is 32 to 2000 (pixel)", thumb_px));
  }
}

int thumb_height(const Frame& f, int thumb_px) {
  return static_cast<int>(std::lround(static_cast<double>(f.image.height) * thumb_px / f.image.width));
}

void draw_frame(const Canvas& canvas, const Frame& f, int x, int y, int thumb_px) {
  canvas.paint(f.image, x, y, static_cast<double>(thumb_px) / f.image.width);
  canvas.text(x + 4.0, y + thumb_height(f, thumb_px) + 16.0,
              fmt::format("age {} · year {}", years_text(f.age_years), years_text(f.year)), 12.0, kInk);
}

}  // namespace

Image scale_to_width(const Image& image, int width_px) {
  const double k = static_cast<double>(width_px) / image.width;
  Canvas canvas(width_px, static_cast<int>(std::lround(image.height * k)));
  canvas.paint(image, 0.0, 0.0, k);
  return canvas.to_image();
}

Image frame_strip(std::span<const Frame> frames, int thumb_px, int columns) {
  if (frames.empty()) {
    throw InputError("frame strip: no frames to show (at least one observation is needed)");
  }
  check_thumb(thumb_px);
  const int n = static_cast<int>(frames.size());
  const int cols = columns > 0 ? std::min(columns, n) : n;
  const int rows = (n + cols - 1) / cols;
  const int cell_h = thumb_height(frames[0], thumb_px) + kLabelPx;
  Canvas canvas(cols * (thumb_px + kGapPx) + kGapPx, rows * (cell_h + kGapPx) + kGapPx);
  canvas.clear(kPaper);
  for (int k = 0; k < n; ++k) {
    draw_frame(canvas, frames[static_cast<std::size_t>(k)], kGapPx + (k % cols) * (thumb_px + kGapPx),
               kGapPx + (k / cols) * (cell_h + kGapPx), thumb_px);
  }
  return canvas.to_image();
}

Image compare_frames(std::span<const Frame> a, std::span<const Frame> b, const std::string& label_a,
                     const std::string& label_b, int thumb_px) {
  if (a.size() != b.size() || a.empty()) {
    throw InputError(fmt::format("comparison: run A has {} frames and run B {}: both need frames at the same ages",
                                 a.size(), b.size()));
  }
  check_thumb(thumb_px);
  constexpr double kAgeToleranceYears = 1.0 / kDaysPerYear;
  for (std::size_t k = 0; k < a.size(); ++k) {
    if (std::abs(a[k].age_years - b[k].age_years) > kAgeToleranceYears) {
      throw InputError(
          fmt::format("comparison: frame {} is at age {:.2f} in run A and {:.2f} in run B: both "
                      "runs need frames at the same ages",
                      k + 1, a[k].age_years, b[k].age_years));
    }
  }
  const int n = static_cast<int>(a.size());
  const int cell_h = thumb_height(a[0], thumb_px) + kLabelPx;
  Canvas canvas(kRowLabelPx + n * (thumb_px + kGapPx) + kGapPx, 2 * (cell_h + kGapPx) + kGapPx);
  canvas.clear(kPaper);
  const std::span<const Frame> runs[2] = {a, b};
  const std::string* labels[2] = {&label_a, &label_b};
  for (int r = 0; r < 2; ++r) {
    const int y = kGapPx + r * (cell_h + kGapPx);
    canvas.text(8.0, y + 0.5 * cell_h, *labels[r], 14.0, kInk, true);
    for (int k = 0; k < n; ++k) {
      draw_frame(canvas, runs[r][static_cast<std::size_t>(k)], kRowLabelPx + k * (thumb_px + kGapPx), y, thumb_px);
    }
  }
  return canvas.to_image();
}

}  // namespace trichosim::render
