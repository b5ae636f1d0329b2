#include <gtest/gtest.h>

#include <cmath>

#include "core/parameters.hpp"
#include "trial/endpoints.hpp"
#include "trial/reading.hpp"

namespace trichosim::trial {
namespace {

// The wash and the 60-second comb collect from the whole scalp: each count is the whole-scalp shedding times its
// collected share (measure.wash_collected_fraction, measure.comb_60s_collected_fraction), whichever site it names.
TEST(SheddingCounts, AreWholeScalpSheddingTimesTheirCollectedShareAtAnySite) {
  Parameters p;
  p.set(Param::measure_wash_collected_fraction, 0.25);
  p.set(Param::measure_comb_60s_collected_fraction, 0.1);
  ScalpReading r;
  r.regions[kRegionCount].shed_per_day = 120.0;
  r.regions[region_index(Region::Crown)].shed_per_day = 15.0;
  const Endpoint* wash = find_endpoint("wash_count");
  const Endpoint* comb = find_endpoint("comb_60s_count");
  ASSERT_NE(wash, nullptr);
  ASSERT_NE(comb, nullptr);
  const Site crown{Region::Crown, 0.0};
  EXPECT_DOUBLE_EQ(wash->value(Site{}, r.at(Site{}), r, p), 30.0);
  EXPECT_DOUBLE_EQ(wash->value(crown, r.at(crown), r, p), 30.0);
  EXPECT_DOUBLE_EQ(comb->value(crown, r.at(crown), r, p), 12.0);
  p.set(Param::measure_wash_collected_fraction, 0.5);
  EXPECT_DOUBLE_EQ(wash->value(crown, r.at(crown), r, p), 60.0);
}

TEST(TerminalVellusRatio, IsNonVellusOverVellusHairsAndNaNWithoutVellus) {
  const Parameters p;
  ScalpReading r;
  SiteTally& t = r.regions[region_index(Region::Crown)];
  t.hairs = 40.0;
  t.nonvellus = 35.0;
  const Endpoint* e = find_endpoint("terminal_vellus_ratio");
  ASSERT_NE(e, nullptr);
  const Site crown{Region::Crown, 0.0};
  EXPECT_DOUBLE_EQ(e->value(crown, r.at(crown), r, p), 7.0);
  t.nonvellus = 40.0;
  EXPECT_TRUE(std::isnan(e->value(crown, r.at(crown), r, p)));
}

// Histology stages only the hairs >= 30 um and reads catagen with telogen: 30 terminal hairs of which 27 grow give
// 90 % anagen and 10 % telogen whatever the 10 vellus hairs are doing; a phototrichogram's share counts them all.
TEST(BiopsyPhaseShares, AreOfNonVellusHairsWithCatagenReadAsTelogen) {
  const Parameters p;
  ScalpReading r;
  SiteTally& t = r.regions[region_index(Region::Crown)];
  t.hairs = 40.0;
  t.nonvellus = 30.0;
  t.nonvellus_anagen = 27.0;
  t.anagen = 29.0;  // two of the vellus hairs grow
  t.telogen = 9.0;
  const Endpoint* anagen = find_endpoint("biopsy_anagen_percent");
  const Endpoint* telogen = find_endpoint("biopsy_telogen_percent");
  const Endpoint* ptg_anagen = find_endpoint("anagen_percent");
  ASSERT_NE(anagen, nullptr);
  ASSERT_NE(telogen, nullptr);
  ASSERT_NE(ptg_anagen, nullptr);
  const Site crown{Region::Crown, 0.0};
  EXPECT_DOUBLE_EQ(anagen->value(crown, r.at(crown), r, p), 90.0);
  EXPECT_DOUBLE_EQ(telogen->value(crown, r.at(crown), r, p), 10.0);
  EXPECT_DOUBLE_EQ(ptg_anagen->value(crown, r.at(crown), r, p), 72.5);
  t.nonvellus = 0.0;
  EXPECT_TRUE(std::isnan(telogen->value(crown, r.at(crown), r, p)));
}

}  // namespace
}  // namespace trichosim::trial
