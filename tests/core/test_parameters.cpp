#include <gtest/gtest.h>

#include <utility>
#include <vector>

#include "core/parameters.hpp"

namespace trichosim {
namespace {

TEST(Registry, EveryEntryHasProvenanceAndItsDefaultInsideItsRange) {
  for (const auto& p : kParamTable) {
    EXPECT_FALSE(p.note.empty()) << p.key;
    EXPECT_TRUE(p.provenance == "source" || p.provenance == "fitted" || p.provenance == "assumption" ||
                p.provenance == "derived")
        << p.key;
    EXPECT_LE(p.min, p.default_value) << p.key;
    EXPECT_GE(p.max, p.default_value) << p.key;
  }
}

TEST(Registry, FindsKeysByDottedNameAndRejectsUnknownOnes) {
  ASSERT_TRUE(find_param("cycle.anagen_mean_days"));
  EXPECT_EQ(*find_param("cycle.anagen_mean_days"), Param::cycle_anagen_mean_days);
  EXPECT_FALSE(find_param("cycle.anagen_mean_day"));
}

TEST(Parameters, OverridesChangeOnlyTheirKey) {
  Parameters p;
  EXPECT_TRUE(p.is_default());
  p.set(Param::cycle_telogen_mean_days, 100.0);
  EXPECT_EQ(p[Param::cycle_telogen_mean_days], 100.0);
  EXPECT_EQ(p[Param::cycle_catagen_mean_days], param_info(Param::cycle_catagen_mean_days).default_value);
  EXPECT_FALSE(p.is_default());
}

TEST(Parameters, SetAllAppliesValuesInOrderSoTheLastForAKeyWins) {
  // The command line may repeat --set for one key; the last one given is the one simulated.
  Parameters p;
  const std::vector<std::pair<Param, double>> values{{Param::cycle_telogen_mean_days, 100.0},
                                                     {Param::cycle_catagen_mean_days, 20.0},
                                                     {Param::cycle_telogen_mean_days, 80.0}};
  p.set_all(values);
  EXPECT_EQ(p[Param::cycle_telogen_mean_days], 80.0);
  EXPECT_EQ(p[Param::cycle_catagen_mean_days], 20.0);
  EXPECT_EQ(p[Param::cycle_anagen_mean_days], param_info(Param::cycle_anagen_mean_days).default_value);
}

}  // namespace
}  // namespace trichosim
