#pragma once
// Checks that two follicle stores hold the same scalp, array for array, for tests of exactness.
#include <gtest/gtest.h>

#include "core/follicle_store.hpp"

namespace trichosim::testing {

/// Every per-follicle and per-unit array of `a` equals that of `b`.
inline void expect_same_store(const FollicleStore& a, const FollicleStore& b) {
  ASSERT_EQ(a.follicle_count(), b.follicle_count());
  EXPECT_EQ(a.phase, b.phase);
  EXPECT_EQ(a.region, b.region);
  EXPECT_EQ(a.flags, b.flags);
  EXPECT_EQ(a.cycle, b.cycle);
  EXPECT_EQ(a.next_day, b.next_day);
  EXPECT_EQ(a.shaft_start_day, b.shaft_start_day);
  EXPECT_EQ(a.shaft_end_day, b.shaft_end_day);
  EXPECT_EQ(a.size, b.size);
  EXPECT_EQ(a.sensitivity, b.sensitivity);
  EXPECT_EQ(a.unit, b.unit);
  EXPECT_EQ(a.key_id, b.key_id);
  EXPECT_EQ(a.unit_x, b.unit_x);
  EXPECT_EQ(a.unit_y, b.unit_y);
}

}  // namespace trichosim::testing
