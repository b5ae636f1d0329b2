#include <gtest/gtest.h>

#include <cstdio>
#include <random>
#include <string>

#include "core/input_error.hpp"
#include "plan/graft_allocation.hpp"
#include "plan/plan_output.hpp"
#include "plan/transplant_planner.hpp"
#include "scenario/prices.hpp"
#include "scenario/scenario.hpp"

namespace trichosim::plan {
namespace {

scenario::PriceTable prices() { return scenario::load_prices(std::string(TRICHOSIM_SOURCE_DIR) + "/data/prices.toml"); }

std::string man(double age, double predisposition, double androgen = 1.0, const std::string& extra = "") {
  return "format = \"trichosim-scenario/1\"\nseed = 4\n[person]\nsex = \"male\"\nage_years = " + std::to_string(age) +
         "\npredisposition = " + std::to_string(predisposition) + "\nandrogen_level = " + std::to_string(androgen) +
         "\n[parameters]\n\"scalp.area_cm2\" = 300\n[plan.transplant]\nmethod = \"fue\"\nmax_sessions = 3\n" + extra;
}

TEST(GraftAllocation, NeverExceedsTheDonorLimitOrTheSessionLimit) {
  // Property over many random needs and budgets (fixed seed): total <= usable budget <= lifetime limit, and each
  // session <= the per-session limit.
  const Parameters p;
  std::mt19937 rng(12345);
  std::uniform_real_distribution<double> u(0.0, 1.0);
  for (int trial = 0; trial < 2000; ++trial) {
    const auto donor = static_cast<std::size_t>(2000.0 + 20000.0 * u(rng));
    const GraftBudget b = donor_budget(donor, p, u(rng) < 0.5);
    ASSERT_LE(b.lifetime, static_cast<std::size_t>(static_cast<double>(donor) *
                                                   p[Param::transplant_donor_lifetime_extraction_fraction]));
    ASSERT_LE(b.per_session, b.lifetime);
    std::vector<RegionNeed> needs;
    for (Region r : restoration_priority()) {
      RegionNeed n;
      n.region = r;
      n.area_cm2 = 20.0 + 100.0 * u(rng);
      n.fraction_now = u(rng);
      n.include = u(rng) < 0.7;
      needs.push_back(n);
    }
    const Allocation a = allocate_grafts(needs, b, 30.0, 0.0, 1.0, 1 + static_cast<int>(4.0 * u(rng)));
    std::size_t sum = 0;
    for (const auto& s : a.sessions) {
      ASSERT_LE(s.total(), b.per_session);
      sum += s.total();
    }
    ASSERT_EQ(sum, a.total);
    ASSERT_LE(a.total, b.usable_now());
    ASSERT_LE(a.total, b.lifetime);
  }
}

TEST(GraftAllocation, HandWorkedCaseFillsTheFrontFirstAndSplitsSessions) {
  Parameters p;
  // 10,000 donor units: lifetime 0.5 x 10,000 = 5,000; per session min(0.3544 x 10,000, 3,600) = 3,544.
  const GraftBudget b = donor_budget(10000, p, false);
  EXPECT_EQ(b.lifetime, 5000U);
  EXPECT_EQ(b.per_session, 3544U);
  // Frontal 50 cm2 at 20% density: 50 x 30 x 0.8 = 1,200 grafts; mid 100 cm2 at 10%: 100 x 30 x 0.9 = 2,700.
  std::vector<RegionNeed> needs = {{Region::FrontalHairline, 50.0, 0.2, 0.1, true, ""},
                                   {Region::MidScalp, 100.0, 0.1, 0.0, true, ""},
                                   {Region::Crown, 60.0, 0.1, 0.0, true, ""}};
  const Allocation a = allocate_grafts(needs, b, 30.0, 1.0, 1.0, 3);
  ASSERT_EQ(a.sessions.size(), 2U);
  EXPECT_EQ(a.sessions[0].regions[0].grafts, 1200U);
  EXPECT_EQ(a.sessions[0].regions[1].grafts, 3544U - 1200U);
  EXPECT_EQ(a.sessions[1].regions[0].grafts, 2700U - 2344U);  // rest of mid scalp at year 2
  EXPECT_DOUBLE_EQ(a.sessions[1].years, 2.0);
  EXPECT_EQ(a.total, 5000U);  // the crown gets what is left: 5,000 - 3,900 = 1,100
  EXPECT_EQ(a.sessions[1].regions[1].grafts, 1100U);
}

TEST(TransplantPlanner, TheSameStageAt25And45GetsDifferentExplainedAdvice) {
  const auto young = scenario::parse_scenario(man(25.0, 1.0, 3.0), "young.toml");
  const auto older = scenario::parse_scenario(man(45.0, 0.62), "older.toml");
  const TransplantPlan a = plan_transplant(young, prices());
  const TransplantPlan b = plan_transplant(older, prices());
  std::printf("%s\n%s\n", transplant_plan_to_text(a).c_str(), transplant_plan_to_text(b).c_str());
  EXPECT_TRUE(a.young);
  EXPECT_FALSE(b.young);
  EXPECT_GT(a.budget.reserve, 0U);
  EXPECT_EQ(b.budget.reserve, 0U);
  ASSERT_FALSE(a.warnings.empty());
  EXPECT_NE(a.warnings[0].find("young: at 25"), std::string::npos);
  // Different advice: the young man's plan leaves the crown out and holds grafts back; every region's decision
  // carries its reason.
  EXPECT_NE(a.advice, b.advice);
  EXPECT_NE(a.allocation.total, b.allocation.total);
  EXPECT_FALSE(a.needs[4].include);
  EXPECT_NE(a.needs[4].reason.find("young patient"), std::string::npos);
  for (const auto& n : a.needs) {
    EXPECT_FALSE(n.reason.empty());
  }
  for (const auto* plan : {&a, &b}) {
    EXPECT_LE(plan->allocation.total, plan->budget.lifetime);
    for (const auto& s : plan->allocation.sessions) {
      EXPECT_LE(s.total(), plan->budget.per_session);
    }
  }
}

TEST(TransplantPlanner, RefusesAScenarioWithoutAPlanTable) {
  auto s = scenario::parse_scenario(man(30.0, 0.5), "s.toml");
  s.plan.transplant.given = false;
  try {
    plan_transplant(s, prices());
    FAIL() << "expected an InputError";
  } catch (const InputError& e) {
    EXPECT_STREQ(e.what(),
                 "s.toml: plan.transplant: missing; add a [plan.transplant] table (method, start_years, "
                 "max_sessions)");
  }
}

}  // namespace
}  // namespace trichosim::plan
