#include <gtest/gtest.h>

#include "core/input_error.hpp"
#include "render/frames.hpp"

namespace trichosim::render {
namespace {

Frame solid(double age, Rgb c, int w = 100, int h = 100) {
  return {age, age - 30.0, Image{w, h, std::vector<Rgb>(static_cast<std::size_t>(w * h), c)}};
}

TEST(Frames, StripSizeIsThumbnailsGapsAndLabels) {
  const std::vector<Frame> frames = {solid(30, {255, 0, 0}), solid(31, {0, 255, 0}), solid(32, {0, 0, 255})};
  // 2 columns of 50-px thumbnails with 6-px gaps: 2 x (50 + 6) + 6 = 118 wide; 2 rows of (50 + 22) + gaps:
  // 2 x (72 + 6) + 6 = 162 high.
  const Image strip = frame_strip(frames, 50, 2);
  EXPECT_EQ(strip.width, 118);
  EXPECT_EQ(strip.height, 162);
  // Each thumbnail shows its frame's colour at its centre: first row red then green, second row blue.
  EXPECT_EQ(strip.at(6 + 25, 6 + 25), (Rgb{255, 0, 0}));
  EXPECT_EQ(strip.at(62 + 25, 6 + 25), (Rgb{0, 255, 0}));
  EXPECT_EQ(strip.at(6 + 25, 84 + 25), (Rgb{0, 0, 255}));
}

TEST(Frames, ComparisonPutsRunAAboveRunB) {
  const std::vector<Frame> a = {solid(30, {255, 0, 0}), solid(40, {255, 0, 0})};
  const std::vector<Frame> b = {solid(30, {0, 0, 255}), solid(40, {0, 0, 255})};
  const Image img = compare_frames(a, b, "untreated", "finasteride", 50);
  EXPECT_EQ(img.width, 90 + 2 * 56 + 6);
  EXPECT_EQ(img.at(90 + 25, 6 + 25), (Rgb{255, 0, 0}));
  EXPECT_EQ(img.at(90 + 25, 84 + 25), (Rgb{0, 0, 255}));
}

TEST(Frames, ComparisonRefusesDifferentAges) {
  const std::vector<Frame> a = {solid(30, {0, 0, 0}), solid(40, {0, 0, 0})};
  const std::vector<Frame> b = {solid(30, {0, 0, 0}), solid(41, {0, 0, 0})};
  try {
    compare_frames(a, b, "A", "B");
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    EXPECT_STREQ(e.what(),
                 "comparison: frame 2 is at age 40.00 in run A and 41.00 in run B: both runs need frames at the "
                 "same ages");
  }
  const std::vector<Frame> c = {solid(30, {0, 0, 0})};
  EXPECT_THROW(compare_frames(a, c, "A", "C"), InputError);
  EXPECT_THROW(frame_strip(std::vector<Frame>{}), InputError);
}

}  // namespace
}  // namespace trichosim::render
