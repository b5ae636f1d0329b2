#pragma once
#include <string>

#include "render/image.hpp"

namespace trichosim::render {

/// How hair and skin are drawn. Drawing choices only: nothing here changes a simulated number.
struct ScalpStyle {
  Rgb hair_colour{0x3a, 0x28, 0x1c};  ///< pigment of a terminal hair (default dark brown)
  Rgb skin_tone{0xe9, 0xc6, 0xa9};    ///< scalp skin (default light)
  Rgb grey_colour{0xd8, 0xd6, 0xd0};  ///< unpigmented (grey/white) hair
  Rgb background{0xf5, 0xf5, 0xf3};   ///< around the head
  double cut_length_mm = 20.0;        ///< hairs longer than this are drawn at this length (as cut), > 0
  double grey_fraction = 0.0;         ///< share of hairs drawn unpigmented, 0-1 (keyed per follicle)
  double angle_jitter_deg = 14.0;     ///< sd of each hair's angle about the flow direction, 0-90
  int size_px = 800;                  ///< side of the square picture, 64-4096 pixels
};

/// Checks a style; throws InputError naming the field (prefixed by `where`, e.g. "render."), the value and the
/// allowed range.
void validate(const ScalpStyle& style, const std::string& where = "render.");

}  // namespace trichosim::render
