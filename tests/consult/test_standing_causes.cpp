#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "consult/consultation.hpp"
#include "consult/standing_causes.hpp"
#include "core/input_error.hpp"
#include "scenario/intake.hpp"

namespace trichosim::consult {
namespace {

scenario::Intake intake(const std::string& body) {
  return scenario::parse_intake_toml("format = \"trichosim-intake/1\"\nseed = 9\n" + body, "t.toml");
}

const StandingCause* find(const std::vector<StandingCause>& causes, const std::string& id) {
  const auto it = std::find_if(causes.begin(), causes.end(), [&](const StandingCause& c) { return c.id == id; });
  return it == causes.end() ? nullptr : &*it;
}

double number(const treat::EventSpec& e, const std::string& key) { return e.number(key, -1e9, 1e9, "", -1.0); }

// Every kind of cause from one intake: the levels below the plug-in's adequate level, the thyroid status, the
// drugs with a plug-in (from their own start), the triggers; the rest is listed as left out with the reason.
TEST(StandingCauses, IntakeCausesBecomeThePlugInsEventsFromTheirStart) {
  const Parameters p;
  std::vector<std::string> left_out;
  const auto causes = standing_causes(intake(R"(
[person]
sex = "female"
age_years = 40
[complaint]
duration_months = 6
[conditions]
thyroid = "hypothyroid"
[labs]
ferritin_ng_per_ml = 12
vitamin_d_ng_per_ml = 60
[[medications]]
class = "beta_blocker"
months_since_start = 18
[[medications]]
class = "antidepressant"
months_since_start = 24
months_since_stop = 12
[[medications]]
class = "anticonvulsant"
months_since_start = 5
[[recent_events]]
type = "childbirth"
months_ago = 3
[[recent_events]]
type = "febrile_illness"
months_ago = 2
)"),
                                      p, &left_out);
  ASSERT_EQ(causes.size(), 6U);
  const auto* iron = find(causes, "iron_deficiency");
  ASSERT_NE(iron, nullptr);
  EXPECT_EQ(iron->type, "iron_deficiency");
  EXPECT_DOUBLE_EQ(std::get<double>(iron->fields.at("ferritin_ng_per_ml")), 12.0);
  EXPECT_DOUBLE_EQ(iron->start_years_ago, 0.5);              // no start of its own: when the loss began
  EXPECT_EQ(find(causes, "vitamin_d_deficiency"), nullptr);  // 60 ng/mL is adequate: no effect, not carried
  ASSERT_NE(find(causes, "thyroid"), nullptr);
  EXPECT_EQ(find(causes, "thyroid")->type, "hypothyroidism");
  const auto* beta = find(causes, "drug_beta_blocker");
  ASSERT_NE(beta, nullptr);
  EXPECT_DOUBLE_EQ(beta->start_years_ago, 1.5);
  EXPECT_FALSE(beta->stop_years_ago);
  const auto* ssri = find(causes, "drug_antidepressant");
  ASSERT_NE(ssri, nullptr);
  EXPECT_DOUBLE_EQ(ssri->start_years_ago, 2.0);
  EXPECT_DOUBLE_EQ(ssri->stop_years_ago.value_or(-1.0), 1.0);
  const auto* birth = find(causes, "event_childbirth");
  ASSERT_NE(birth, nullptr);
  EXPECT_EQ(birth->type, "postpartum");
  EXPECT_TRUE(birth->one_off);
  const auto* fever = find(causes, "event_febrile_illness");
  ASSERT_NE(fever, nullptr);
  EXPECT_EQ(std::get<std::string>(fever->fields.at("trigger")), "illness");
  EXPECT_EQ(left_out, std::vector<std::string>{"anticonvulsant (no plug-in models it as a cause of shedding)"});
  EXPECT_DOUBLE_EQ(causes_lookback_years(causes), 2.0);
}

// The intake allows ferritin 0; the plug-in takes 1-300 and its effect is at its maximum below 15, so 0 is passed as 1.
TEST(StandingCauses, ALevelBelowThePlugInsRangeIsPassedAtItsFloor) {
  const auto causes = standing_causes(
      intake("[person]\nsex = \"female\"\nage_years = 30\n[labs]\nferritin_ng_per_ml = 0\n"), Parameters{});
  ASSERT_EQ(causes.size(), 1U);
  EXPECT_DOUBLE_EQ(std::get<double>(causes[0].fields.at("ferritin_ng_per_ml")), 1.0);
  EXPECT_EQ(causes[0].label, "iron deficiency (ferritin 0 ng/mL)");
}

TEST(StandingCauses, LookBackIsBoundedAndChemotherapyNeedsItsLastDose) {
  const Parameters p;
  std::vector<std::string> left_out;
  const auto causes = standing_causes(intake(R"(
[person]
sex = "male"
age_years = 60
[[medications]]
class = "beta_blocker"
months_since_start = 300
[[medications]]
class = "chemotherapy"
months_since_start = 2
)"),
                                      p, &left_out);
  ASSERT_EQ(causes.size(), 1U);
  EXPECT_DOUBLE_EQ(causes[0].start_years_ago, kMaxCauseLookbackYears);
  ASSERT_EQ(left_out.size(), 1U);
  EXPECT_NE(left_out[0].find("months_until_stop"), std::string::npos) << left_out[0];
}

// A course still under way with a planned last dose is carried to that day, in the twin's future; the intake refuses
// a drug that has both stopped and is yet to stop, naming the field.
TEST(StandingCauses, ChemotherapyUnderWayIsCarriedToItsPlannedLastDose) {
  std::vector<std::string> left_out;
  const auto causes = standing_causes(intake(R"(
[person]
sex = "female"
age_years = 50
[[medications]]
class = "chemotherapy"
months_since_start = 2
months_until_stop = 4
[[recent_events]]
type = "chemotherapy"
months_ago = 2
)"),
                                      Parameters{}, &left_out);
  EXPECT_TRUE(left_out.empty());  // nor is the recent-event entry of the same course listed as not carried
  ASSERT_EQ(causes.size(), 1U);
  EXPECT_EQ(causes[0].label, "chemotherapy (to stop in 4 months)");
  const auto events = cause_events(causes, 10.0);
  ASSERT_EQ(events.size(), 1U);
  EXPECT_DOUBLE_EQ(number(events[0], "start_years"), 10.0 - 2.0 / 12.0);
  EXPECT_DOUBLE_EQ(number(events[0], "stop_years"), 10.0 + 4.0 / 12.0);
  try {
    intake(
        "[person]\nsex = \"female\"\nage_years = 50\n[[medications]]\nclass = \"chemotherapy\"\n"
        "months_since_start = 6\nmonths_since_stop = 1\nmonths_until_stop = 4\n");
    FAIL() << "both stop fields accepted";
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("medications[0].months_until_stop = 4"), std::string::npos) << e.what();
  }
  EXPECT_THROW(intake("[person]\nsex = \"female\"\nage_years = 50\n[[medications]]\nclass = \"chemotherapy\"\n"
                      "months_until_stop = 121\n"),
               InputError);
}

// On the twin's clock: a correction stops the cause on the given day; a cause not corrected keeps running (or its
// own stop); a cause that starts after the correction is not put on at all.
TEST(StandingCauses, CorrectionStopsTheCauseOnTheDay) {
  std::vector<StandingCause> causes = {
      {"iron_deficiency", "iron", "iron_deficiency", {{"ferritin_ng_per_ml", 10.0}}, 1.0, std::nullopt, false},
      {"drug_retinoid", "retinoid", "retinoid", {}, 2.0, 0.5, false},
      {"thyroid", "hypo", "hypothyroidism", {}, 0.0, std::nullopt, false}};
  const auto natural = cause_events(causes, 3.0);
  ASSERT_EQ(natural.size(), 3U);
  EXPECT_DOUBLE_EQ(number(natural[0], "start_years"), 2.0);
  EXPECT_FALSE(natural[0].has("stop_years"));
  EXPECT_DOUBLE_EQ(number(natural[1], "start_years"), 1.0);
  EXPECT_DOUBLE_EQ(number(natural[1], "stop_years"), 2.5);
  EXPECT_DOUBLE_EQ(number(natural[0], "ferritin_ng_per_ml"), 10.0);

  const auto corrected = cause_events(causes, 3.0, {"iron_deficiency", "drug_retinoid", "thyroid"}, 3.0);
  ASSERT_EQ(corrected.size(), 2U);  // the thyroid disorder starts on the day it is treated: nothing to put on
  EXPECT_DOUBLE_EQ(number(corrected[0], "stop_years"), 3.0);
  EXPECT_DOUBLE_EQ(number(corrected[1], "stop_years"), 2.5);  // stopped before the correction: its own stop

  // A trigger that has happened is never stopped (its plug-in takes no stop_years).
  const std::vector<StandingCause> birth = {
      {"event_childbirth", "childbirth", "postpartum", {}, 0.25, std::nullopt, true}};
  const auto kept = cause_events(birth, 3.0, {"event_childbirth"}, 3.0);
  ASSERT_EQ(kept.size(), 1U);
  EXPECT_FALSE(kept[0].has("stop_years"));
  EXPECT_DOUBLE_EQ(number(kept[0], "start_years"), 2.75);
}

Parameters fast_params() {
  Parameters p;
  p.set(Param::consult_twin_grid_points, 3);
  p.set(Param::consult_twin_draws, 3);
  return p;
}

const OptionForecast& option(const Consultation& c, const std::string& id) {
  return *std::find_if(c.regimen.options.begin(), c.regimen.options.end(),
                       [&](const OptionForecast& f) { return f.option.id == id; });
}

const std::string kIronDeficientWoman = R"(
[person]
sex = "female"
age_years = 34
[complaint]
duration_months = 4
pattern = ["diffuse"]
[shedding]
pull_test_percent = 12
)";

// The twin carries the deficiency from the start of the loss, so the natural course is thinner than the same
// woman's without it, draw for draw (same seeds); correcting it is simulated and gains density.
TEST(StandingCauses, TheTwinCarriesTheDeficiencyAndItsCorrectionIsSimulated) {
  const Parameters p = fast_params();
  const auto deficient = run_consultation(intake(kIronDeficientWoman + "[labs]\nferritin_ng_per_ml = 12\n"), p, {});
  const auto replete = run_consultation(intake(kIronDeficientWoman + "[labs]\nferritin_ng_per_ml = 90\n"), p, {});
  ASSERT_EQ(deficient.twin.causes.size(), 1U);
  EXPECT_TRUE(replete.twin.causes.empty());
  EXPECT_DOUBLE_EQ(deficient.twin.now_years, 4.0 / 12.0);  // the twin starts when the deficiency did
  const auto& natural = option(deficient, "natural_course");
  const auto& iron = option(deficient, "iron_supplement");
  ASSERT_EQ(iron.status, ForecastStatus::Simulated) << iron.status_note;
  EXPECT_GT(iron.gain_vs_natural[0].median, 0.0);
  EXPECT_GT(iron.gain_vs_natural.back().median, 0.0);
  EXPECT_LT(natural.density[0].median, option(replete, "natural_course").density[0].median);
}

// The consultation's catalogue decides which causes the twin can carry: one without the deficiency's plug-in
// leaves it off, says so, and does not simulate its correction.
TEST(StandingCauses, ACatalogueWithoutTheCausesPlugInLeavesItOff) {
  ConsultationOptions o;
  const EventCatalogue real = build_catalogue();
  o.catalogue.known = [](const std::string& type) { return type == "minoxidil"; };
  o.catalogue.make = real.make;
  const auto c = run_consultation(intake(kIronDeficientWoman + "[labs]\nferritin_ng_per_ml = 12\n"), fast_params(), o);
  EXPECT_TRUE(c.twin.causes.empty());
  EXPECT_EQ(
      c.twin.causes_left_out,
      std::vector<std::string>{"iron deficiency (ferritin 12 ng/mL) (event type iron_deficiency not in this build)"});
  EXPECT_EQ(option(c, "iron_supplement").status, ForecastStatus::NotSimulated);
}

// Two deficiencies: besides each correction, one option corrects both (costs and burden added), simulated on the
// twin; with one deficiency there is no such option.
TEST(StandingCauses, TwoCorrectionsOnOfferAddAnOptionThatMakesBoth) {
  const auto c = run_consultation(
      intake(kIronDeficientWoman + "[labs]\nferritin_ng_per_ml = 12\nvitamin_d_ng_per_ml = 10\n"), fast_params(), {});
  const auto& all = option(c, "correct_all");
  EXPECT_EQ(all.status, ForecastStatus::Simulated) << all.status_note;
  EXPECT_EQ(all.option.corrects, (std::vector<std::string>{"iron_deficiency", "vitamin_d_deficiency"}));
  EXPECT_DOUBLE_EQ(all.option.doses_per_week, option(c, "iron_supplement").option.doses_per_week +
                                                  option(c, "vitamin_d_supplement").option.doses_per_week);
  EXPECT_EQ(all.option.costs.size(), 2U);
  const auto one =
      run_consultation(intake(kIronDeficientWoman + "[labs]\nferritin_ng_per_ml = 12\n"), fast_params(), {});
  EXPECT_TRUE(std::none_of(one.regimen.options.begin(), one.regimen.options.end(),
                           [](const OptionForecast& f) { return f.option.id == "correct_all"; }));
}

// Untreated hypothyroidism with low vitamin D and a ferritin of 50 ng/mL (low for hair, 70, but above the plug-in's
// 40, so the iron correction is offered and not simulated): the combination makes the two the twin carries, is
// simulated, and names the iron correction it leaves out.
TEST(StandingCauses, TheCombinationMakesOnlyTheCorrectionsTheTwinCarries) {
  const auto c = run_consultation(intake(R"(
[person]
sex = "female"
age_years = 45
[complaint]
onset = "gradual"
duration_months = 5
pattern = ["diffuse"]
[shedding]
hairs_per_day = 130
[conditions]
thyroid = "hypothyroid"
[labs]
tsh_mu_per_l = 11.5
ferritin_ng_per_ml = 50
vitamin_d_ng_per_ml = 10
)"),
                                  fast_params(), {});
  EXPECT_EQ(option(c, "iron_supplement").status, ForecastStatus::NotSimulated);
  const auto& all = option(c, "correct_all");
  EXPECT_EQ(all.status, ForecastStatus::Simulated) << all.status_note;
  EXPECT_EQ(all.option.corrects, (std::vector<std::string>{"vitamin_d_deficiency", "thyroid"}));
  EXPECT_TRUE(std::any_of(all.option.cautions.begin(), all.option.cautions.end(), [](const std::string& x) {
    return x.find("Not included") != std::string::npos && x.find("Correct iron deficiency") != std::string::npos;
  }));
}

// A woman of 45 thinning over the top for three years: the differential puts it down to pattern loss.
const std::string kPatternLossWoman = R"(
[person]
sex = "female"
age_years = 45
family_history = "one_side"
[complaint]
onset = "gradual"
duration_months = 36
pattern = ["top"]
[shedding]
pull_test_percent = 5
)";

// Pattern loss with a deficiency: topical minoxidil is also offered together with the correction, simulated.
TEST(StandingCauses, PatternLossWithADeficiencyOffersMinoxidilWithTheCorrection) {
  const auto c = run_consultation(intake(kPatternLossWoman + "[labs]\nferritin_ng_per_ml = 12\n"), fast_params(), {});
  const auto& alone = option(c, "minoxidil_topical");
  const auto& both = option(c, "minoxidil_topical_and_corrections");
  EXPECT_EQ(both.status, ForecastStatus::Simulated) << both.status_note;
  EXPECT_EQ(both.option.corrects, std::vector<std::string>{"iron_deficiency"});
  ASSERT_EQ(both.option.events.size(), alone.option.events.size());
  EXPECT_EQ(both.option.events[0].type(), "minoxidil");
  EXPECT_EQ(both.option.label, alone.option.label + " + correct the reversible causes");
  EXPECT_DOUBLE_EQ(both.option.doses_per_week,
                   alone.option.doses_per_week + option(c, "iron_supplement").option.doses_per_week);
}

// A woman whose thinning is put down to pattern loss but who reports untreated hypothyroidism: the twin carries it,
// and its treatment is offered and simulated whatever the differential ranks first.
TEST(StandingCauses, AnUntreatedThyroidDisorderIsAlwaysOfferedItsTreatment) {
  const auto c =
      run_consultation(intake(kPatternLossWoman + "[conditions]\nthyroid = \"hypothyroid\"\n"), fast_params(), {});
  ASSERT_NE(c.differential.top().condition, Condition::Thyroid);
  const auto& thyroid = option(c, "thyroid_treatment");
  EXPECT_EQ(thyroid.status, ForecastStatus::Simulated) << thyroid.status_note;
  EXPECT_EQ(thyroid.option.why, "untreated thyroid disorder");
  EXPECT_GT(thyroid.gain_vs_natural.back().median, 0.0);
}

// The same woman on a beta-blocker for two and a half years: the loss is not put down to the drug, but the twin
// carries it, so stopping it is offered for review and simulated, with its own reason (it was offered only when
// drug-induced loss was likely).
TEST(StandingCauses, ADrugTheTwinCarriesIsOfferedForReview) {
  const auto c = run_consultation(
      intake(kPatternLossWoman + "[[medications]]\nclass = \"beta_blocker\"\nmonths_since_start = 30\n"), fast_params(),
      {});
  ASSERT_NE(c.differential.top().condition, Condition::DrugInduced);
  const auto& stop = option(c, "stop_drug_beta_blocker");
  EXPECT_EQ(stop.status, ForecastStatus::Simulated) << stop.status_note;
  EXPECT_EQ(stop.option.why, "a beta_blocker can add shedding (the twin carries it)");
  EXPECT_EQ(stop.option.corrects, std::vector<std::string>{"drug_beta_blocker"});
}

// Anaemia without a ferritin level: the option is offered but not simulated, with the reason.
TEST(StandingCauses, ACorrectionWithoutItsCauseOnTheTwinIsNotSimulated) {
  const Parameters p = fast_params();
  const auto c = run_consultation(intake(kIronDeficientWoman + "[conditions]\nanaemia = true\n"), p, {});
  const auto& iron = option(c, "iron_supplement");
  EXPECT_EQ(iron.status, ForecastStatus::NotSimulated);
  EXPECT_EQ(iron.status_note, "not simulated: the intake gives no ferritin level, which the model needs");
  EXPECT_EQ(iron.rank, 0);
}

}  // namespace
}  // namespace trichosim::consult
