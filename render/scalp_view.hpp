#pragma once
#include "core/simulation.hpp"
#include "render/image.hpp"
#include "render/style.hpp"

namespace trichosim::render {

/// Where the top-view map lands in a picture: pixel = (centre_x_px + x_mm * px_per_mm,
/// centre_y_px + (y_mm - length_mm / 2) * px_per_mm). The forehead is at the top of the picture and the person's
/// left on the picture's left (seen from above and behind).
struct TopViewLayout {
  double centre_x_px = 0.0;
  double centre_y_px = 0.0;
  double px_per_mm = 1.0;
  double half_length_mm = 0.0;

  double px_x(MapPoint p) const { return centre_x_px + p.x_mm * px_per_mm; }
  double px_y(MapPoint p) const { return centre_y_px + (p.y_mm - half_length_mm) * px_per_mm; }
};

/// Layout of a `size_px` square top view of `geometry`: the head (scalp plus a rim) fills the picture's height.
TopViewLayout top_view_layout(const ScalpGeometry& geometry, int size_px);

/// The whole scalp seen from straight above: every hair present drawn from its unit's position along the hair
/// flow (render/hair_flow.hpp), at its length (capped at the cut length) and true diameter, over the skin tone.
/// Deterministic for a seed. About 0.1-0.3 s for 120,000 follicles at 800 px (bench/RESULTS.md).
Image render_top_view(const Simulation& sim, const ScalpStyle& style);

/// The front of the head seen from 20 degrees above eye level, hair combed back, so the hairline's shape and the
/// temples show. The scalp map is wrapped over a sphere whose sagittal half-circle spans hairline to nape.
Image render_front_view(const Simulation& sim, const ScalpStyle& style);

}  // namespace trichosim::render
