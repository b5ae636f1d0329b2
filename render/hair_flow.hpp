#pragma once
#include "core/scalp_geometry.hpp"

namespace trichosim::render {

/// A unit direction on the top-view map (x_mm, y_mm components).
struct Direction {
  double dx = 0.0;
  double dy = 1.0;
};

/// The drawing convention for which way hair lies (docs/render.md, "Hair direction"). Not a model quantity.
/// A single clockwise whorl sits at the crown's centre: hair radiates from it with a spiral twist that fades
/// with distance; in front of the whorl the flow turns forward (towards the hairline), behind it down towards the
/// nape, and over the sides down and outwards.
class HairFlow {
 public:
  explicit HairFlow(const ScalpGeometry& geometry);

  /// Direction in which hair rooted at `p` lies.
  Direction at(MapPoint p) const;
  /// The whorl's position on the map.
  MapPoint whorl() const { return whorl_; }

 private:
  MapPoint whorl_;
  double scale_mm_;  // distance over which the spiral twist fades and the forward flow takes over
};

}  // namespace trichosim::render
