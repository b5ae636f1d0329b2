#include <gtest/gtest.h>

#include <string>

#include "core/input_error.hpp"
#include "scenario/consult_prices.hpp"
#include "scenario/prices.hpp"
#include "scenario/scenario.hpp"

namespace trichosim::scenario {
namespace {

const std::string kHead = R"(format = "trichosim-scenario/1"
[person]
sex = "male"
age_years = 50
)";

std::string error_of(const std::string& text) {
  try {
    parse_scenario(text, "s.toml");
  } catch (const InputError& e) {
    return e.what();
  }
  return "(no error)";
}

TEST(PlanRequest, TablesAreReadWithDefaultsAndScars) {
  const Scenario s = parse_scenario(kHead + R"(
[plan.transplant]
method = "fut"
[plan.smp]
sessions = 4
hairline_y_mm = 8
[[plan.smp.scars]]
kind = "burn"
x_mm = -20
y_mm = 60
width_mm = 30
height_mm = 20
)",
                                    "s.toml");
  EXPECT_TRUE(s.plan.transplant.given);
  EXPECT_EQ(s.plan.transplant.method, "fut");
  EXPECT_EQ(s.plan.transplant.max_sessions, 2);
  EXPECT_EQ(s.plan.smp.sessions, 4);
  EXPECT_DOUBLE_EQ(s.plan.smp.hairline_y_mm, 8.0);
  ASSERT_EQ(s.plan.smp.scars.size(), 1U);
  EXPECT_EQ(s.plan.smp.scars[0].name, "burn");
  EXPECT_DOUBLE_EQ(s.plan.smp.scars[0].width_mm, 30.0);
}

TEST(PlanRequest, BadValuesAreRefusedWordForWord) {
  EXPECT_EQ(error_of(kHead + "[plan.smp]\nsessions = 5\n"),
            "s.toml: plan.smp.sessions = 5: allowed range is 2 to 4 (sessions)");
  EXPECT_EQ(error_of(kHead + "[plan.smp]\ndepth_mm = 2\n"),
            "s.toml: plan.smp.depth_mm = 2: allowed range is 0.2 to 1 (mm)");
  EXPECT_EQ(error_of(kHead + "[plan.smp]\nregions = [\"occipital\"]\n"),
            "s.toml: plan.smp.regions[0] = \"occipital\": allowed regions are frontal_hairline, mid_scalp, crown, "
            "temporal_left, temporal_right, parietal_left, parietal_right");
  EXPECT_EQ(error_of(kHead + "[plan.transplant]\nmethod = \"plugs\"\n"),
            "s.toml: plan.transplant.method = \"plugs\": allowed values are fue, fut");
  EXPECT_EQ(error_of(kHead + "[plan.transplant]\ngrafts = 100\n"),
            "s.toml: plan.transplant.grafts: unknown key; accepted keys here are max_sessions, method, start_years");
  EXPECT_EQ(error_of(kHead + "[plan.prp]\n"), "s.toml: plan.prp: unknown key; accepted keys here are smp, transplant");
}

TEST(Prices, TheShippedTableParsesAndEveryItemHasASource) {
  const PriceTable t = load_prices(std::string(TRICHOSIM_SOURCE_DIR) + "/data/prices.toml");
  EXPECT_EQ(t.currency, "USD");
  for (const char* key : kRequiredPriceKeys) {
    ASSERT_TRUE(t.items.contains(key)) << key;
    EXPECT_FALSE(t.items.at(key).source.empty());
  }
  EXPECT_DOUBLE_EQ(t.amount("smp_full_scalp_treatment"), 2900.0);
}

TEST(Prices, BadTablesAreRefused) {
  auto error = [](const std::string& text) {
    try {
      parse_prices(text, "p.toml");
    } catch (const InputError& e) {
      return std::string(e.what());
    }
    return std::string("(no error)");
  };
  const std::string head = "format = \"trichosim-prices/1\"\ncurrency = \"EUR\"\n";
  EXPECT_EQ(error(head + "[smp_scar_treatment]\namount = -5\nper = \"treatment\"\nsource = \"x\"\n"),
            "p.toml: smp_scar_treatment.amount = -5: allowed range is 0 to 1e+07 (EUR)");
  EXPECT_EQ(error(head + "[smp_scar_treatment]\namount = 5\nper = \"treatment\"\n"),
            "p.toml: smp_scar_treatment: needs per (what one amount buys) and source (or \"assumption: ...\")");
  EXPECT_EQ(error(head),
            "p.toml: transplant_fue_per_graft: missing price (every table needs it; see data/prices.toml)");
}

// The planners' table and the consultation's have different layouts and different format tags; each reader, given
// the other's shipped table, names the other format instead of a field error.
TEST(Prices, EachReaderRefusesTheOtherTableByName) {
  const std::string dir = std::string(TRICHOSIM_SOURCE_DIR) + "/data/";
  EXPECT_NO_THROW(load_consult_prices(dir + "consult_prices.toml"));
  try {
    load_consult_prices(dir + "prices.toml");
    FAIL() << "the planners' table was read as the consultation's";
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("that is the planners' price table"), std::string::npos) << e.what();
  }
  try {
    load_prices(dir + "consult_prices.toml");
    FAIL() << "the consultation's table was read as the planners'";
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("that is the consultation's price table"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace trichosim::scenario
