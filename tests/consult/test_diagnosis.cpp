#include <gtest/gtest.h>

#include <cmath>
#include <set>
#include <string>

#include "consult/diagnosis.hpp"
#include "scenario/intake.hpp"

namespace trichosim::consult {
namespace {

scenario::Intake intake(const std::string& body) {
  return scenario::parse_intake_toml("format = \"trichosim-intake/1\"\n" + body, "t.toml");
}

TEST(Diagnosis, ScoreIsPriorPlusTheWeightsOfPresentFindings) {
  const Parameters p;
  // A man of exactly the reference age (30) whose only finding beyond his sex is crown loss: the age term is 0.
  const auto d = diagnose(intake("[person]\nsex = \"male\"\nage_years = 30\n[complaint]\npattern = [\"crown\"]\n"), p);
  const double aga_male = p[Param::consult_prior_aga_male] + p[Param::consult_w_frontal_vertex_aga_male];
  EXPECT_NEAR(d.of(Condition::AgaMale).logit, aga_male, 1e-12);
  double sum = 0.0;
  for (const auto& s : d.scores) sum += std::exp(s.logit);
  EXPECT_NEAR(d.of(Condition::AgaMale).probability, std::exp(aga_male) / sum, 1e-12);
  const double aga_female = p[Param::consult_prior_aga_female] + p[Param::consult_w_male_aga_female] +
                            p[Param::consult_w_frontal_vertex_aga_female];
  EXPECT_NEAR(d.of(Condition::AgaFemale).logit, aga_female, 1e-12);
  EXPECT_NEAR(d.of(Condition::Postpartum).logit, p[Param::consult_prior_postpartum], 1e-12);
  EXPECT_EQ(d.top().condition, Condition::AgaMale);
  ASSERT_EQ(d.of(Condition::AgaMale).raised.size(), 1U);
  EXPECT_EQ(d.of(Condition::AgaMale).raised[0].key, "consult.w_frontal_vertex_aga_male");
}

TEST(Diagnosis, AgeAddsItsSlopePerDecade) {
  const Parameters p;
  const auto young = diagnose(intake("[person]\nsex = \"male\"\nage_years = 30\n"), p);
  const auto old = diagnose(intake("[person]\nsex = \"male\"\nage_years = 50\n"), p);
  EXPECT_NEAR(old.of(Condition::AgaMale).logit - young.of(Condition::AgaMale).logit,
              2.0 * p[Param::consult_aga_male_logit_per_decade], 1e-12);
}

TEST(Diagnosis, TimeLagDecidesWhetherATriggerCounts) {
  const Parameters p;
  const std::string base = "[person]\nsex = \"female\"\nage_years = 40\n[[recent_events]]\ntype = \"surgery\"\n";
  const auto in_window = diagnose(intake(base + "months_ago = 3\n"), p);
  const auto too_late = diagnose(intake(base + "months_ago = 9\n"), p);
  EXPECT_NEAR(in_window.of(Condition::AcuteTe).logit - too_late.of(Condition::AcuteTe).logit,
              p[Param::consult_w_trigger_in_window_acute_te], 1e-12);
}

TEST(Diagnosis, RedFlagsFollowTheirRules) {
  const Parameters p;
  const std::string woman = "[person]\nsex = \"female\"\nage_years = 40\n";
  EXPECT_TRUE(diagnose(intake(woman), p).red_flags.empty());
  const auto scar = diagnose(intake(woman + "[scalp]\nscarring = true\n"), p);
  ASSERT_EQ(scar.red_flags.size(), 1U);
  EXPECT_EQ(scar.red_flags[0].flag, RedFlag::Scarring);
  const auto rapid = diagnose(intake(woman + "[complaint]\npattern = [\"patchy\"]\nduration_months = 1\n"), p);
  ASSERT_EQ(rapid.red_flags.size(), 1U);
  EXPECT_EQ(rapid.red_flags[0].flag, RedFlag::RapidPatchyLoss);
  const auto slow = diagnose(intake(woman + "[complaint]\npattern = [\"patchy\"]\nduration_months = 24\n"), p);
  EXPECT_TRUE(slow.red_flags.empty());
  const auto ill = diagnose(intake(woman + "[conditions]\nsystemic_symptoms = [\"fever\"]\n"), p);
  ASSERT_EQ(ill.red_flags.size(), 1U);
  EXPECT_EQ(ill.red_flags[0].flag, RedFlag::SystemicSymptoms);
}

TEST(Diagnosis, UnknownFieldsLowerConfidence) {
  const Parameters p;
  const auto sparse = diagnose(intake("[person]\nsex = \"female\"\nage_years = 40\n"), p);
  const auto fuller = diagnose(intake(R"(recent_events = []
medications = []
[person]
sex = "female"
age_years = 40
family_history = "none"
[complaint]
pattern = ["diffuse"]
onset = "sudden"
duration_months = 2
[labs]
ferritin_ng_per_ml = 50
)"),
                               p);
  EXPECT_DOUBLE_EQ(sparse.confidence, 0.0);
  EXPECT_GT(fuller.confidence, sparse.confidence);
  EXPECT_LT(fuller.missing.size(), sparse.missing.size());
}

TEST(DiagnosisRules, EveryFindingAndConditionHasARuleAndEveryKeyIsAWeight) {
  std::set<Finding> findings;
  std::set<Condition> conditions;
  for (const auto& r : diagnosis_rules()) {
    findings.insert(r.finding);
    conditions.insert(r.condition);
    const std::string key(param_info(r.weight).key);
    EXPECT_EQ(key, "consult.w_" + std::string(finding_id(r.finding)) + "_" + std::string(condition_id(r.condition)));
    EXPECT_EQ(param_info(r.weight).unit, "logit");
  }
  EXPECT_EQ(findings.size(), kFindingCount);
  EXPECT_EQ(conditions.size(), kConditionCount);
}

}  // namespace
}  // namespace trichosim::consult
