#include <gtest/gtest.h>

#include "render/labels.hpp"

namespace trichosim::render {
namespace {

TEST(Labels, WholeYearsHaveNoDecimal) {
  EXPECT_EQ(years_text(0.0), "0");
  EXPECT_EQ(years_text(3.0), "3");
  EXPECT_EQ(years_text(2.96), "3");   // rounds to tenths first
  EXPECT_EQ(years_text(-0.01), "0");  // not "-0"
}

TEST(Labels, OtherTimesKeepOneDecimal) {
  EXPECT_EQ(years_text(0.5), "0.5");  // "{:.0f}" had printed 0, the same as the start
  EXPECT_EQ(years_text(2.5), "2.5");  // and 2, the same as year 2
  EXPECT_EQ(years_text(42.34), "42.3");
}

}  // namespace
}  // namespace trichosim::render
