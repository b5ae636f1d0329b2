#include <gtest/gtest.h>

#include <vector>

#include "measure/shedding.hpp"
#include "tests/measure/hand_follicles.hpp"

namespace trichosim::measure {
namespace {

using testing::follicle;

TEST(Shedding, WashAndCombCollectTheirFractionOfADaysShedding) {
  InstrumentSettings s;
  s.wash_fraction = 0.394;
  s.comb_fraction = 0.113;
  const Shedding sh = measure_shedding(80.0, s);
  EXPECT_DOUBLE_EQ(sh.wash_count, 80.0 * 0.394);
  EXPECT_DOUBLE_EQ(sh.comb_60s_count, 80.0 * 0.113);
  EXPECT_DOUBLE_EQ(sh.versus_100_rule, 0.8);
}

// 60 hairs on a line, 1 mm apart; the first `loose` of them are telogen hairs 5 days from exogen, one more is a
// telogen hair 20 days from exogen (held firmly), and hair 55 is loose but beyond the 50 grasped.
std::vector<FollicleView> line_of_hairs(int loose) {
  std::vector<FollicleView> v;
  for (int i = 0; i < 60; ++i) {
    const MapPoint p{static_cast<double>(i), 0.0};
    const bool is_loose = i < loose || i == 55;
    const Phase ph = is_loose || i == 30 ? Phase::Telogen : Phase::Anagen;
    v.push_back(follicle(ph, 70, static_cast<std::uint32_t>(i), 0, is_loose ? 5.0 : 20.0, p));
  }
  return v;
}

TEST(PullTest, PositiveAboveTenPercentOfGraspedHairs) {
  const InstrumentSettings s;  // 50 hairs, > 10%, loose within 14 days
  const auto five = line_of_hairs(5);
  PullTest p = pull_test(five, {0.0, 0.0}, s);
  EXPECT_EQ(p.grasped, 50);
  EXPECT_EQ(p.extracted, 5);
  EXPECT_FALSE(p.positive);  // 5 / 50 = 10%, not above
  const auto six = line_of_hairs(6);
  p = pull_test(six, {0.0, 0.0}, s);
  EXPECT_EQ(p.extracted, 6);
  EXPECT_TRUE(p.positive);
}

}  // namespace
}  // namespace trichosim::measure
