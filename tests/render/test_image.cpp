#include <gtest/gtest.h>

#include "core/input_error.hpp"
#include "render/image.hpp"

namespace trichosim::render {
namespace {

Image checker(int w, int h) {
  Image img{w, h, std::vector<Rgb>(static_cast<std::size_t>(w * h))};
  for (int y = 0; y < h; ++y) {
    for (int x = 0; x < w; ++x) {
      img.pixels[static_cast<std::size_t>(y * w + x)] =
          (x + y) % 2 == 0 ? Rgb{10, 20, 30} : Rgb{200, 150, static_cast<std::uint8_t>(x * 10)};
    }
  }
  return img;
}

TEST(Image, PngRoundTripKeepsEveryPixel) {
  const Image img = checker(7, 5);
  const Image back = decode_png(encode_png(img));
  EXPECT_EQ(back, img);
}

TEST(Image, DecodingNonsenseNamesTheSource) {
  try {
    decode_png("not a png", "frame.png");
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    EXPECT_STREQ(e.what(), "frame.png: not a readable PNG image");
  }
}

TEST(Image, CoverageCountsPixelsAwayFromTheBackground) {
  // 7x5 checkerboard: 18 pixels of (10,20,30) and 17 others; the others are all > 100 units from it.
  const Image img = checker(7, 5);
  EXPECT_DOUBLE_EQ(coverage(img, Rgb{10, 20, 30}, 50.0, 0, 0, 7, 5), 17.0 / 35.0);
  // A 2x2 window at the origin holds two of each.
  EXPECT_DOUBLE_EQ(coverage(img, Rgb{10, 20, 30}, 50.0, 0, 0, 2, 2), 0.5);
  // The window is clipped to the picture.
  EXPECT_DOUBLE_EQ(coverage(img, Rgb{10, 20, 30}, 50.0, -5, -5, 100, 100), 17.0 / 35.0);
}

TEST(Image, HexColoursParseAndRefuseBadText) {
  EXPECT_EQ(parse_hex_colour("#3A281c", "render.hair_colour"), (Rgb{0x3a, 0x28, 0x1c}));
  EXPECT_EQ(to_hex(Rgb{0x3a, 0x28, 0x1c}), "#3a281c");
  try {
    parse_hex_colour("brown", "render.hair_colour");
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    EXPECT_STREQ(e.what(), "render.hair_colour = \"brown\": allowed form is #rrggbb (six hexadecimal digits)");
  }
  EXPECT_THROW(parse_hex_colour("#12345g", "x"), InputError);
}

TEST(Image, MixBlendsLinearly) { EXPECT_EQ(mix(Rgb{0, 100, 200}, Rgb{100, 200, 0}, 0.25), (Rgb{25, 125, 150})); }

}  // namespace
}  // namespace trichosim::render
