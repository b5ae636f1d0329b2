#pragma once
#include <vector>

#include "core/simulation.hpp"

namespace trichosim::render {

/// One dot of scalp micropigmentation as drawn: where it lies on the map and how opaque it is (0-1).
struct PigmentDot {
  MapPoint at;
  double opacity;
};

/// The micropigmentation dots in the map rectangle [x_min, x_max] x [y_min, y_max] on the simulation's day, those
/// with any pigment only: dots on a lattice of smp.dot_spacing_mm over the whole scalp (rows offset by half a
/// spacing, like follicular units on a shaved scalp), at the pigment coverage of their region on that day (sessions
/// placed, shade, healing and fading: treat/micropigmentation). A practitioner blends the edge of the treated area,
/// so the opacity is averaged over probes within scalp.pattern_bandwidth_mm (the smoothing of the regional pattern):
/// it fades across the region's border, from about half the coverage at the border to none a band's width outside.
/// The lattice is the same for every rectangle, so a close-up shows the dots the view from above shows.
std::vector<PigmentDot> pigment_dots(const Simulation& sim, MapPoint min_corner, MapPoint max_corner);

}  // namespace trichosim::render
