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
