#include "render/hair_flow.hpp"

#include <cmath>
#include <numbers>

namespace trichosim::render {
namespace {

// Drawing convention (docs/render.md): twist at the whorl and the share of the length over which it fades.
constexpr double kWhorlTwistRad = 50.0 * std::numbers::pi / 180.0;
constexpr double kFadeShareOfLength = 0.12;

Direction normalised(double dx, double dy) {
  const double n = std::hypot(dx, dy);
  if (n <= 0.0) {
    return {0.0, 1.0};
  }
  return {dx / n, dy / n};
}

}  // namespace

HairFlow::HairFlow(const ScalpGeometry& geometry)
    : whorl_(geometry.region_centre()[region_index(Region::Crown)]),
      scale_mm_(kFadeShareOfLength * geometry.length_mm()) {}

Direction HairFlow::at(MapPoint p) const {
  const double rx = p.x_mm - whorl_.x_mm;
  const double ry = p.y_mm - whorl_.y_mm;
  const double dist = std::hypot(rx, ry);
  const Direction radial = normalised(rx, ry);
  // Clockwise (seen from above, y pointing to the nape) twist, fading away from the whorl.
  const double twist = kWhorlTwistRad * std::exp(-dist / scale_mm_);
  const double c = std::cos(twist);
  const double s = std::sin(twist);
  Direction d{c * radial.dx - s * radial.dy, s * radial.dx + c * radial.dy};
  // In front of the whorl the hair is brushed forward: blend towards (0, -1) with distance, keeping the sideways
  // part so the parting sides fall outwards.
  if (ry < 0.0) {
    const double w = 1.0 - std::exp(-dist / scale_mm_);
    const double side = std::abs(rx) / (std::abs(rx) + std::abs(ry) + 1e-9);
    const double forward = w * (1.0 - side);
    d = normalised((1.0 - forward) * d.dx, (1.0 - forward) * d.dy - forward);
  }
  return d;
}

}  // namespace trichosim::render
