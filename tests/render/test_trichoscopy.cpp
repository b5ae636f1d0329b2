#include <gtest/gtest.h>

#include <cmath>

#include "core/input_error.hpp"
#include "measure/region_summary.hpp"
#include "render/trichoscopy.hpp"
#include "tests/render/render_fixture.hpp"

namespace trichosim::render {
namespace {

MapPoint crown(const Simulation& sim) { return sim.geometry().region_centre()[region_index(Region::Crown)]; }

// Share of the field's pixels drawn in the yellow-dot colour (within 12 RGB units of #e2c04a).
double yellow_share(const TrichoscopyField& f, int field_px) {
  return 1.0 - coverage(f.image, Rgb{0xe2, 0xc0, 0x4a}, 12.0, 0, 0, field_px, field_px);
}

TEST(Trichoscopy, NormalCrownShowsMoreMultiHairUnitsThanAdvancedLoss) {
  const Simulation normal = testing::man_after(30.0, 0.0, 1.0);
  const Simulation bald = testing::man_after(25.0, 1.0, 25.0);
  const TrichoscopyStyle style;
  const TrichoscopyField a = render_trichoscopy(normal, crown(normal), style, "Crown");
  const TrichoscopyField b = render_trichoscopy(bald, crown(bald), style, "Crown");
  EXPECT_GT(a.numbers.multi_hair_units, 2 * b.numbers.multi_hair_units)
      << a.numbers.multi_hair_units << " vs " << b.numbers.multi_hair_units;
  EXPECT_GT(b.numbers.single_hair_unit_percent, a.numbers.single_hair_unit_percent);
  EXPECT_GT(b.numbers.thin_percent, a.numbers.thin_percent);
  // The picture agrees: more of the advanced-loss field is yellow dots.
  EXPECT_GT(yellow_share(b, style.field_px), yellow_share(a, style.field_px));
}

// Micropigmentation of the crown of a bald man: the crown's close-up shows the dots (its field, hairs cut to 1 mm,
// is darker than without pigment) and counts the same hairs and units, as pigment is no hair; a field on the
// frontal hairline, far from the pigment, is drawn pixel for pixel as without it.
TEST(Trichoscopy, MicropigmentationDotsShowInTheTreatedFieldOnly) {
  auto [with, without] = testing::micropigmentation_and_without();
  TrichoscopyStyle style;
  style.shown_length_mm = 1.0;
  style.panel_px = 0;
  const TrichoscopyField a = render_trichoscopy(with, crown(with), style, "Crown");
  const TrichoscopyField b = render_trichoscopy(without, crown(without), style, "Crown");
  // Pixels farther than 60 RGB units from the skin drawn under polarised light: pigment dots, pores and hairs.
  const Rgb skin = mix(style.scalp.skin_tone, Rgb{0xc0, 0x60, 0x60}, 0.12);
  const double dark_with = coverage(a.image, skin, 60.0, 0, 0, style.field_px, style.field_px);
  const double dark_without = coverage(b.image, skin, 60.0, 0, 0, style.field_px, style.field_px);
  EXPECT_GT(dark_with, dark_without + 0.05) << dark_with << " vs " << dark_without;
  EXPECT_EQ(a.numbers.hairs, b.numbers.hairs);
  EXPECT_EQ(a.numbers.units, b.numbers.units);
  const MapPoint front = with.geometry().region_centre()[region_index(Region::FrontalHairline)];
  EXPECT_EQ(render_trichoscopy(with, front, style, "Front").image,
            render_trichoscopy(without, front, style, "Front").image);
}

TEST(Trichoscopy, AFieldOverTheWholeScalpCountsWhatTheRegionSummaryCounts) {
  const Simulation sim = testing::man_after(35.0, 0.6, 5.0);
  const ScalpGeometry& g = sim.geometry();
  const double side = std::max(2.0 * g.half_width_mm(), g.length_mm()) + 2.0;
  const TrichoscopyNumbers n = count_field(sim, {0.0, 0.5 * g.length_mm()}, side);
  const measure::ScalpSummary s = measure::summarise(sim);
  EXPECT_EQ(n.hairs, s.whole().hairs);
  // Thin hairs (< shaft.vellus_max_diameter_um) are the summary's vellus hairs.
  EXPECT_NEAR(n.thin_hairs, s.whole().vellus_per_cm2 * s.whole().area_cm2, 1e-6 * n.hairs);
  EXPECT_NEAR(n.mean_diameter_um, s.whole().mean_diameter_um, 1e-9 * n.mean_diameter_um);
}

TEST(Trichoscopy, CountsAddUp) {
  const Simulation sim = testing::man_after(25.0, 0.9, 15.0);
  const TrichoscopyNumbers n = count_field(sim, crown(sim), 10.0);
  EXPECT_DOUBLE_EQ(n.field_cm2, 1.0);  // 10 mm x 10 mm
  EXPECT_EQ(n.single_hair_units + n.multi_hair_units, n.units_with_hair);
  EXPECT_EQ(n.units_with_hair + n.empty_units, n.units);
  EXPECT_DOUBLE_EQ(n.density_per_cm2, n.hairs / 1.0);
  EXPECT_DOUBLE_EQ(n.empty_percent, 100.0 * n.empty_units / n.units);
  EXPECT_DOUBLE_EQ(n.single_hair_unit_percent, 100.0 * n.single_hair_units / n.units_with_hair);
  EXPECT_DOUBLE_EQ(n.thin_percent, 100.0 * n.thin_hairs / n.hairs);
}

TEST(Trichoscopy, PictureIsTheFieldPlusThePanelAndIsDeterministic) {
  const Simulation sim = testing::man_after(30.0, 0.3, 1.0);
  TrichoscopyStyle style;
  style.field_px = 200;
  style.panel_px = 120;
  const TrichoscopyField a = render_trichoscopy(sim, crown(sim), style, "Crown");
  EXPECT_EQ(a.image.width, 320);
  EXPECT_EQ(a.image.height, 200);
  EXPECT_EQ(a.image, render_trichoscopy(sim, crown(sim), style, "Crown").image);
}

TEST(Trichoscopy, BadFieldSizeIsRefused) {
  const Simulation sim = testing::man_after(30.0, 0.0, 0.1);
  TrichoscopyStyle style;
  style.side_mm = 1.0;
  try {
    render_trichoscopy(sim, crown(sim), style, "Crown");
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    EXPECT_STREQ(e.what(), "trichoscopy.side_mm = 1: allowed range is 2 to 40 (mm)");
  }
}

}  // namespace
}  // namespace trichosim::render
