#include <gtest/gtest.h>

#include "core/parameters.hpp"
#include "trial/endpoints.hpp"
#include "trial/reading.hpp"

namespace trichosim::trial {
namespace {

// The wash collects from the whole scalp: its count is the whole-scalp shedding times the collected share
// (measure.wash_collected_fraction), whichever site the endpoint names.
TEST(WashCount, IsWholeScalpSheddingTimesTheCollectedShareAtAnySite) {
  Parameters p;
  p.set(Param::measure_wash_collected_fraction, 0.25);
  ScalpReading r;
  r.regions[kRegionCount].shed_per_day = 120.0;
  r.regions[region_index(Region::Crown)].shed_per_day = 15.0;
  const Endpoint* e = find_endpoint("wash_count");
  ASSERT_NE(e, nullptr);
  EXPECT_DOUBLE_EQ(e->value(Site{}, r.at(Site{}), r, p), 30.0);
  const Site crown{Region::Crown, 0.0};
  EXPECT_DOUBLE_EQ(e->value(crown, r.at(crown), r, p), 30.0);
  p.set(Param::measure_wash_collected_fraction, 0.5);
  EXPECT_DOUBLE_EQ(e->value(crown, r.at(crown), r, p), 60.0);
}

TEST(WashCount, TheCombCountTakesItsOwnShareOfTheSameWholeScalpShedding) {
  Parameters p;
  p.set(Param::measure_comb_60s_collected_fraction, 0.1);
  ScalpReading r;
  r.regions[kRegionCount].shed_per_day = 90.0;
  r.regions[region_index(Region::Crown)].shed_per_day = 15.0;
  const Endpoint* e = find_endpoint("comb_60s_count");
  ASSERT_NE(e, nullptr);
  const Site crown{Region::Crown, 0.0};
  EXPECT_DOUBLE_EQ(e->value(crown, r.at(crown), r, p), 9.0);
}

}  // namespace
}  // namespace trichosim::trial
