#pragma once
// Internal to render/: draws many hairs fast, as a few filled paths.
#include <array>
#include <vector>

#include "render/canvas.hpp"
#include "render/hair_sample.hpp"

namespace trichosim::render::detail {

/// A hair as a straight segment in pixels with its width in pixels.
struct HairQuad {
  double x0 = 0.0;
  double y0 = 0.0;
  double x1 = 0.0;
  double y1 = 0.0;
  double width_px = 0.0;
};

/// Layers drawn bottom to top: vellus, intermediate, terminal, grey.
inline constexpr std::size_t kHairLayerCount = 4;
using HairLayers = std::array<std::vector<HairQuad>, kHairLayerCount>;

/// Layer of a hair (its diameter class, or grey).
std::size_t layer_of(const HairSample& h);
/// Colour of each layer: vellus hairs are hypopigmented and drawn close to the skin tone, intermediate hairs
/// between, terminal hairs in the full hair colour.
std::array<Rgb, kHairLayerCount> layer_colours(const ScalpStyle& style);

/// Fills each layer as one path under the nonzero rule: hairs of a layer occlude one another like opaque fibres
/// rather than adding up, and cairo's anti-aliasing turns a hair finer than a pixel into partial coverage, so the
/// share of skin hidden follows the true widths.
void fill_hair_layers(const Canvas& canvas, const HairLayers& layers, const std::array<Rgb, kHairLayerCount>& colours);

/// The fast path for whole-scalp views, where hairs are finer than a pixel: each hair deposits its area
/// (width x length, in px²) along its length into a coverage buffer, shared between the two nearest pixels across
/// it; a pixel whose deposits sum to c shows the layer's colour over a share 1 - exp(-c) (randomly placed opaque
/// fibres: the chance a point is missed by all of them). About 20x quicker than cairo's polygon fill for
/// 100,000 hairs; the coverage it gives is the same in expectation.
void splat_hair_layers(const Canvas& canvas, const HairLayers& layers, const std::array<Rgb, kHairLayerCount>& colours);

}  // namespace trichosim::render::detail
