#pragma once
#include <span>
#include <string>
#include <vector>

#include "render/image.hpp"

namespace trichosim::render {

/// One picture of a time-lapse, taken at an observation.
struct Frame {
  double age_years = 0.0;  ///< the person's age at the observation
  double year = 0.0;       ///< years since the scenario start
  Image image;
};

/// Shrinks (or enlarges) an image to `width_px` wide, keeping its aspect, with cairo's good filter.
Image scale_to_width(const Image& image, int width_px);

/// The frames side by side, `columns` to a row (0 = all in one row), each `thumb_px` wide and labelled with the
/// age and year. Throws InputError when there are no frames or thumb_px is outside 32-2000.
Image frame_strip(std::span<const Frame> frames, int thumb_px = 160, int columns = 0);

/// Two runs compared at the same ages: run A's frames in the top row, run B's below, labelled on the left.
/// Throws InputError when the runs have different numbers of frames or a frame's age differs by more than a day.
Image compare_frames(std::span<const Frame> a, std::span<const Frame> b, const std::string& label_a,
                     const std::string& label_b, int thumb_px = 160);

}  // namespace trichosim::render
