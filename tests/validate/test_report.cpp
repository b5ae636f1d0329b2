#include <gtest/gtest.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "validate/report.hpp"

namespace trichosim::validate {
namespace {

// One case with two runnable targets (published 10 ± 1) and one that cannot run, simulated as given.
CaseResult one_case(double first, double second) {
  CaseResult c;
  c.id = "c";
  c.study = "Study";
  c.citation = "Citation";
  c.reference = "ref";
  for (const double v : {first, second}) {
    TargetResult t;
    t.label = "target " + std::to_string(c.targets.size());
    t.published = 10.0;
    t.spread = 1.0;
    t.runnable = true;
    t.simulated = v;
    c.targets.push_back(t);
  }
  TargetResult pending;
  pending.label = "pending";
  pending.reason = "not runnable yet (unknown event type x)";
  c.targets.push_back(pending);
  return c;
}

}  // namespace

TEST(ValidationMarkdown, OtherSeedsAreTalliedInTheHeadlineAndCountedPerTarget) {
  const std::vector<CaseResult> results = {one_case(10.5, 12.0)};  // within, out
  ValidationRun run;
  run.seed_offset = 0;
  run.other_seeds = {{one_case(11.5, 10.2)}, {one_case(10.9, 9.5)}};  // out, within; within, within
  const std::string md = validation_markdown(results, run);
  EXPECT_NE(md.find("1 within the published spread"), std::string::npos);
  EXPECT_NE(md.find("On 2 other seeds (the same cases on other virtual patients, offsets 1-2): 1, 2 within."),
            std::string::npos);
  EXPECT_NE(md.find("| within | other seeds | spread basis |"), std::string::npos);
  EXPECT_NE(md.find("| target 0 | 10 ± 1  |  | 10.5  | 0 | yes | 1/2 |"), std::string::npos);
  EXPECT_NE(md.find("| target 1 | 10 ± 1  |  | 12  | 0 | NO | 2/2 |"), std::string::npos);
  EXPECT_NE(md.find("| not runnable yet (unknown event type x) | — |"), std::string::npos);
}

TEST(ValidationMarkdown, WithoutOtherSeedsTheTableKeepsItsColumnsAndAnOffsetIsStated) {
  const std::vector<CaseResult> results = {one_case(10.5, 12.0)};
  EXPECT_EQ(validation_markdown(results, {}).find("other seeds"), std::string::npos);
  ValidationRun shifted;
  shifted.seed_offset = 3;
  EXPECT_NE(validation_markdown(results, shifted).find("every case's own seed + 3 (`--seed-offset 3`)"),
            std::string::npos);
}

TEST(ValidationMarkdown, OtherSeedsMustHoldTheSameCases) {
  ValidationRun run;
  run.other_seeds = {{}};
  EXPECT_THROW(validation_markdown({one_case(10.0, 10.0)}, run), std::invalid_argument);
}

}  // namespace trichosim::validate
