#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "core/simulation.hpp"
#include "tests/support/small_scalp.hpp"
#include "tests/treat/support.hpp"

namespace trichosim::treat {
namespace {

using Fields = std::map<std::string, FieldValue>;

struct Case {
  std::string type;
  Fields fields;  // without start_years
};

// One event of every type a trial arm may carry, with the fields a trial file would give.
std::vector<Case> trial_events() {
  return {
      {"finasteride", {}},
      {"dutasteride", {{"dose_mg", 0.5}}},
      {"minoxidil", {}},
      {"minoxidil", {{"route", std::string("oral")}, {"dose_mg", 5.0}}},
      {"ketoconazole", {{"times_per_week", 3.0}}},
      {"spironolactone", {{"dose_mg", 100.0}}},
      {"microneedling", {{"needle_mm", 1.5}, {"sessions_per_week", 1.0}, {"duration_weeks", 24.0}}},
      {"laser", {{"device", std::string("comb")}, {"sessions_per_week", 3.0}, {"duration_weeks", 26.0}}},
      {"telogen_effluvium", {{"trigger", std::string("illness")}}},
      {"postpartum", {}},
      {"chemotherapy", {{"stop_years", 0.5}, {"cycle_days", 21.0}}},
  };
}

std::vector<std::unique_ptr<Intervention>> one(const Case& c, double start_years) {
  Fields f = c.fields;
  f["start_years"] = start_years;
  std::vector<std::unique_ptr<Intervention>> out;
  out.push_back(testing::make(c.type, f));
  return out;
}

// Trials simulate each patient's burn-in once and fork it into the arms only when the arm's events change nothing
// before baseline; otherwise they fall back to a full run per arm. Every treatment that starts at baseline must
// qualify (else trials silently lose the shared burn-in), and none that started earlier may.
TEST(ForkEligibility, EveryTreatmentStartingAtBaselineIsQuietBeforeIt) {
  const Person man = testing::man(30.0, 0.8);
  for (const Case& c : trial_events()) {
    SCOPED_TRACE(c.type);
    EXPECT_TRUE(Simulation::quiet_before(one(c, 0.0), 0.0, man));
    EXPECT_FALSE(Simulation::quiet_before(one(c, -0.25), 0.0, man));
  }
}

}  // namespace
}  // namespace trichosim::treat
