#include <gtest/gtest.h>

#include <numeric>

#include "core/pattern_map.hpp"
#include "core/scalp_geometry.hpp"

namespace trichosim {
namespace {

TEST(ScalpGeometry, RegionAreasAddUpToTheRegistryArea) {
  const Parameters p;
  const ScalpGeometry g(p);
  const auto& a = g.region_area_cm2();
  EXPECT_NEAR(std::accumulate(a.begin(), a.end(), 0.0), p[Param::scalp_area_cm2], 1e-9);
  for (Region r : kAllRegions) {
    EXPECT_GT(g.region_area_cm2()[region_index(r)], 5.0) << region_name(r);
  }
}

TEST(ScalpGeometry, EllipseAreaMatchesPiAB) {
  const Parameters p;
  const ScalpGeometry g(p);
  // pi x a x b with b = length / 2, in cm2.
  EXPECT_NEAR(3.141592653589793 * g.half_width_mm() * g.length_mm() / 2.0 / 100.0, p[Param::scalp_area_cm2], 1e-6);
}

TEST(ScalpGeometry, NamedPointsFallInTheirRegions) {
  const Parameters p;
  const ScalpGeometry g(p);
  const double L = g.length_mm();
  EXPECT_EQ(g.region_of({0.0, 0.05 * L}), Region::FrontalHairline);
  EXPECT_EQ(g.region_of({0.0, 0.3 * L}), Region::MidScalp);
  EXPECT_EQ(g.region_of({0.0, 0.62 * L}), Region::Crown);
  EXPECT_EQ(g.region_of({0.0, 0.9 * L}), Region::Occipital);
  EXPECT_EQ(g.region_of({-0.8 * g.half_width_mm(), 0.3 * L}), Region::TemporalLeft);
  EXPECT_EQ(g.region_of({0.8 * g.half_width_mm(), 0.6 * L}), Region::ParietalRight);
  EXPECT_FALSE(g.contains({0.99 * g.half_width_mm(), 0.02 * L}));
}

// Region areas are memoised by shape: alternating shapes must each get their own table, every time.
TEST(ScalpGeometry, RegionTablesOfAlternatingShapesStayApart) {
  Parameters small;
  small.set(Param::scalp_area_cm2, 300.0);
  Parameters big;
  big.set(Param::scalp_area_cm2, 600.0);
  Parameters wide_crown = big;
  wide_crown.set(Param::geometry_crown_radius, 1.2 * big[Param::geometry_crown_radius]);
  const std::size_t crown = region_index(Region::Crown);
  for (int round = 0; round < 3; ++round) {
    const ScalpGeometry a(small);
    const ScalpGeometry b(big);
    const ScalpGeometry c(wide_crown);
    EXPECT_NEAR(std::accumulate(a.region_area_cm2().begin(), a.region_area_cm2().end(), 0.0), 300.0, 1e-9);
    EXPECT_NEAR(std::accumulate(b.region_area_cm2().begin(), b.region_area_cm2().end(), 0.0), 600.0, 1e-9);
    EXPECT_NEAR(b.region_area_cm2()[crown] / a.region_area_cm2()[crown], 2.0, 0.05);
    EXPECT_GT(c.region_area_cm2()[crown], 1.3 * b.region_area_cm2()[crown]);
    EXPECT_GT(b.region_centre()[crown].y_mm, a.region_centre()[crown].y_mm);
  }
}

TEST(PatternMap, SharedMapIsBuiltOncePerParameterSetAndSexAndEqualsAFreshOne) {
  const Parameters p;
  const ScalpGeometry g(p);
  const auto men = PatternMap::shared(g, p, Sex::Male);
  EXPECT_EQ(men.get(), PatternMap::shared(g, p, Sex::Male).get());
  const auto women = PatternMap::shared(g, p, Sex::Female);
  EXPECT_NE(men.get(), women.get());
  Parameters other = p;
  other.set(Param::scalp_pattern_bandwidth_mm, p[Param::scalp_pattern_bandwidth_mm] * 2.0);
  const auto wider = PatternMap::shared(g, other, Sex::Male);
  EXPECT_NE(men.get(), wider.get());
  const PatternMap fresh(g, p, Sex::Male);
  const PatternMap fresh_wider(g, other, Sex::Male);
  for (const MapPoint pt : {MapPoint{0.0, 20.0}, MapPoint{15.0, 90.0}, MapPoint{-30.0, 140.0}}) {
    EXPECT_EQ(men->at(pt), fresh.at(pt));
    EXPECT_EQ(wider->at(pt), fresh_wider.at(pt));
  }
}

}  // namespace
}  // namespace trichosim
