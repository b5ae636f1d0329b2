#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <vector>

#include "core/input_error.hpp"
#include "render/hair_sample.hpp"
#include "render/scalp_view.hpp"
#include "tests/render/render_fixture.hpp"

namespace trichosim::render {
namespace {

// "Hair pixels": farther than 40 RGB units from the skin tone. A terminal dark-brown hair is ~230 units away, so
// a pixel counts once about a fifth of it is covered; the skin's shading stays within ~25 units at these spots.
constexpr double kHairDistance = 40.0;

// Share of hair pixels in a square of side `side_mm` around a region's centre.
double region_coverage(const Simulation& sim, const Image& img, const ScalpStyle& style, Region r,
                       double side_mm = 24.0) {
  const TopViewLayout l = top_view_layout(sim.geometry(), style.size_px);
  const MapPoint c = sim.geometry().region_centre()[region_index(r)];
  const double h = 0.5 * side_mm * l.px_per_mm;
  return coverage(img, style.skin_tone, kHairDistance, static_cast<int>(l.px_x(c) - h), static_cast<int>(l.px_y(c) - h),
                  static_cast<int>(l.px_x(c) + h), static_cast<int>(l.px_y(c) + h));
}

TEST(ScalpView, BaldCrownShowsFarLessHairThanTheOcciput) {
  // A strongly predisposed man followed from 25 to 50: a Norwood VI-like vertex with the occiput kept.
  const Simulation sim = testing::man_after(25.0, 1.0, 25.0);
  const ScalpStyle style;
  const Image img = render_top_view(sim, style);
  const double crown = region_coverage(sim, img, style, Region::Crown);
  const double occiput = region_coverage(sim, img, style, Region::Occipital);
  RecordProperty("crown_coverage", std::to_string(crown));
  RecordProperty("occiput_coverage", std::to_string(occiput));
  EXPECT_GT(occiput, 0.5);
  EXPECT_LT(crown, 0.5 * occiput) << "crown " << crown << " occiput " << occiput;
}

TEST(ScalpView, UnaffectedScalpShowsSimilarHairAtCrownAndOcciput) {
  // The control for the test above: without predisposition the two spots look alike (within 20 %).
  const Simulation sim = testing::man_after(25.0, 0.0, 5.0);
  const ScalpStyle style;
  const Image img = render_top_view(sim, style);
  const double crown = region_coverage(sim, img, style, Region::Crown);
  const double occiput = region_coverage(sim, img, style, Region::Occipital);
  EXPECT_GT(crown, 0.8 * occiput) << "crown " << crown << " occiput " << occiput;
}

TEST(ScalpView, ShorterCutShowsMoreSkin) {
  const Simulation sim = testing::man_after(30.0, 0.0, 1.0);
  ScalpStyle long_hair;
  long_hair.cut_length_mm = 20.0;
  ScalpStyle short_hair = long_hair;
  short_hair.cut_length_mm = 3.0;
  const double a = region_coverage(sim, render_top_view(sim, long_hair), long_hair, Region::MidScalp);
  const double b = region_coverage(sim, render_top_view(sim, short_hair), short_hair, Region::MidScalp);
  EXPECT_LT(b, 0.8 * a) << "3 mm " << b << " 20 mm " << a;
}

// Mean RGB distance from the skin tone over a square of side `side_mm` around a point of the map.
double mean_darkening(const Simulation& sim, const Image& img, const ScalpStyle& style, MapPoint c, double side_mm) {
  const TopViewLayout l = top_view_layout(sim.geometry(), style.size_px);
  const double h = 0.5 * side_mm * l.px_per_mm;
  double sum = 0.0;
  int n = 0;
  for (int y = static_cast<int>(l.px_y(c) - h); y < static_cast<int>(l.px_y(c) + h); ++y) {
    for (int x = static_cast<int>(l.px_x(c) - h); x < static_cast<int>(l.px_x(c) + h); ++x) {
      const Rgb px = img.at(x, y);
      const Rgb& k = style.skin_tone;
      sum += std::hypot(px.r - k.r, px.g - k.g, px.b - k.b);
      ++n;
    }
  }
  return sum / n;
}

// Micropigmentation of the crown of a bald man (cut at 1 mm): the crown darkens after the sessions and the frontal
// hairline, far from it, is drawn pixel for pixel as without pigment.
TEST(ScalpView, MicropigmentationDarkensThePigmentedRegionOnly) {
  auto [with, without] = testing::micropigmentation_and_without();
  const ScalpStyle style{.cut_length_mm = 1.0};
  const Image a = render_top_view(with, style);
  const Image b = render_top_view(without, style);
  const MapPoint crown = with.geometry().region_centre()[region_index(Region::Crown)];
  const double dark_with = mean_darkening(with, a, style, crown, 10.0);
  const double dark_without = mean_darkening(without, b, style, crown, 10.0);
  EXPECT_GT(dark_with, dark_without + 20.0) << dark_with << " vs " << dark_without;
  const MapPoint front = with.geometry().region_centre()[region_index(Region::FrontalHairline)];
  EXPECT_DOUBLE_EQ(mean_darkening(with, a, style, front, 10.0), mean_darkening(without, b, style, front, 10.0));
}

// Micropigmentation along the frontal hairline of a bald man shows in the hairline view (more pixels far from the
// skin tone than without it); over the crown, out of that view's sight, it changes nothing there.
TEST(ScalpView, HairlineViewShowsMicropigmentationOnTheVisibleSide) {
  const ScalpStyle style{.cut_length_mm = 1.0, .size_px = 400};
  const auto [front_with, front_without] = testing::micropigmentation_and_without(Region::FrontalHairline);
  const Image a = render_front_view(front_with, style);
  const Image b = render_front_view(front_without, style);
  const double dark_with = coverage(a, style.skin_tone, 60.0, 0, 0, a.width, a.height);
  const double dark_without = coverage(b, style.skin_tone, 60.0, 0, 0, b.width, b.height);
  EXPECT_GT(dark_with, dark_without + 0.005) << dark_with << " vs " << dark_without;
  const auto [crown_with, crown_without] = testing::micropigmentation_and_without(Region::Crown);
  EXPECT_EQ(render_front_view(crown_with, style), render_front_view(crown_without, style));
}

TEST(ScalpView, SameSeedSamePixelsOtherSeedOtherPixels) {
  const ScalpStyle style{.size_px = 300};
  const Simulation a = testing::man_after(30.0, 0.5, 2.0, 11);
  const Simulation b = testing::man_after(30.0, 0.5, 2.0, 11);
  const Simulation c = testing::man_after(30.0, 0.5, 2.0, 12);
  EXPECT_EQ(render_top_view(a, style), render_top_view(b, style));
  EXPECT_EQ(render_front_view(a, style), render_front_view(b, style));
  EXPECT_NE(render_top_view(a, style), render_top_view(c, style));
}

TEST(ScalpView, AHairKeepsItsAngleFromOneObservationToTheNext) {
  Simulation sim(testing::man(30.0, 0.0), testing::params_with_area(200.0), {3, 1});
  const ScalpStyle style;
  std::map<std::uint32_t, Direction> first;
  std::size_t compared = 0;
  const std::vector<Day> days = {0.0, 30.0};
  sim.run(days, 7.0, [&](const Simulation& live, Day day) {
    for (const HairSample& h : sample_hairs(live, style)) {
      if (day == 0.0) {
        first[h.follicle] = h.direction;
      } else if (auto it = first.find(h.follicle); it != first.end()) {
        EXPECT_EQ(it->second.dx, h.direction.dx);
        EXPECT_EQ(it->second.dy, h.direction.dy);
        ++compared;
      }
    }
  });
  EXPECT_GT(compared, 10000U);
}

TEST(ScalpView, BadStyleIsRefusedWithTheField) {
  const Simulation sim = testing::man_after(30.0, 0.0, 0.1);
  ScalpStyle style;
  style.cut_length_mm = 0.0;
  try {
    render_top_view(sim, style);
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    EXPECT_STREQ(e.what(), "render.cut_length_mm = 0: allowed range is above 0 up to 1000 (mm)");
  }
  style = ScalpStyle{};
  style.grey_fraction = 1.5;
  EXPECT_THROW(render_top_view(sim, style), InputError);
}

TEST(ScalpView, GreyHairsFollowTheGreyFraction) {
  const Simulation sim = testing::man_after(30.0, 0.0, 0.5);
  ScalpStyle style;
  style.grey_fraction = 0.3;
  const auto hairs = sample_hairs(sim, style);
  std::size_t grey = 0;
  for (const auto& h : hairs) {
    grey += h.grey ? 1U : 0U;
  }
  // Binomial(n, 0.3) share: sd = sqrt(0.21 / n) < 0.003 for n > 25,000; 5 sd is 0.015.
  ASSERT_GT(hairs.size(), 25000U);
  EXPECT_NEAR(static_cast<double>(grey) / static_cast<double>(hairs.size()), 0.3, 0.015);
}

}  // namespace
}  // namespace trichosim::render
