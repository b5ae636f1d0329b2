#include <gtest/gtest.h>

#include <string>

#include "core/input_error.hpp"
#include "scenario/trial_spec.hpp"
#include "scenario/validation_case.hpp"
#include "trial/endpoints.hpp"

namespace trichosim::scenario {
namespace {

const std::string kValid = R"toml(
format = "trichosim-trial/1"
name = "test trial"
seed = 9
[population]
sex = "male"
age_min_years = 18
age_max_years = 41
[inclusion]
age_min_years = 20
[[screening]]
instrument = "nonvellus_per_cm2"
site = "crown"
min = 50
[design]
duration_years = 1
visit_years = [0.5]
n_total = 300
control_arm = "placebo"
dropout_per_year = 0.1
[[arms]]
name = "drug"
ratio = 2
adherence = 0.9
[[arms.events]]
type = "finasteride"
start_years = 0
[[arms]]
name = "placebo"
[[endpoints]]
name = "vertex count"
instrument = "hair_count"
site = "crown"
circle_cm2 = 5.07
responder_thresholds = [0, 50]
[[endpoints]]
instrument = "anagen_percent"
site = "crown"
primary = true
)toml";

std::string with(const std::string& from, const std::string& to) {
  std::string s = kValid;
  const auto at = s.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  return s.replace(at, from.size(), to);
}

std::string error_of(const std::string& text) {
  try {
    parse_trial_spec(text, "t.toml");
  } catch (const InputError& e) {
    return e.what();
  }
  return "(no error)";
}

TEST(TrialSpec, ValidFileGivesArmsVisitsEndpointsAndRatio) {
  const trial::TrialDesign d = parse_trial_spec(kValid, "t.toml");
  EXPECT_EQ(d.name, "test trial");
  EXPECT_EQ(d.seed, 9U);
  ASSERT_EQ(d.arms.size(), 2U);
  EXPECT_EQ(d.arms[0].n, 200U);  // 300 x 2/3
  EXPECT_EQ(d.arms[1].n, 100U);  // 300 x 1/3
  EXPECT_EQ(d.arms[0].events.size(), 1U);
  EXPECT_DOUBLE_EQ(d.arms[0].adherence, 0.9);
  EXPECT_EQ(d.control_arm, 1U);
  EXPECT_EQ(d.visit_years, (std::vector<double>{0.0, 0.5, 1.0}));  // baseline and duration added
  ASSERT_EQ(d.endpoints.size(), 2U);
  EXPECT_EQ(d.endpoints[0].site.label(), "crown circle 5.07 cm2");
  EXPECT_EQ(d.endpoints[1].name, "anagen_percent");  // the instrument names an unnamed endpoint
  EXPECT_EQ(d.primary_endpoint(), 1U);
  EXPECT_EQ(d.endpoints[0].responder_thresholds, (std::vector<double>{0.0, 50.0}));
  EXPECT_DOUBLE_EQ(d.inclusion.age_min_years, 20.0);
  ASSERT_EQ(d.inclusion.screening.size(), 1U);
  EXPECT_DOUBLE_EQ(d.inclusion.screening[0].min, 50.0);
  EXPECT_DOUBLE_EQ(d.population.male_fraction, 1.0);
}

TEST(TrialSpec, EventFieldsAreReadLikeScenarioEvents) {
  // Found by the trial-spec fuzz target: an integer a double cannot hold used to abort the reader.
  EXPECT_EQ(error_of(with("type = \"finasteride\"", "type = \"finasteride\"\ndose_mg = 9007199254740993")),
            "t.toml: arms[0].events[0].dose_mg = 9007199254740993: allowed range is -9007199254740992 to "
            "9007199254740992 (whole numbers beyond 2^53 cannot be held exactly)");
}

TEST(TrialSpec, BadFieldsAreNamedWithValueAndAllowedRange) {
  EXPECT_EQ(error_of(with("duration_years = 1", "duration_years = 50")),
            "t.toml: design.duration_years = 50: allowed range is 0 to 30 (year)");
  EXPECT_EQ(error_of(with("adherence = 0.9", "adherence = 1.5")),
            "t.toml: arms[0].adherence = 1.5: allowed range is 0 to 1 (fraction)");
  EXPECT_EQ(error_of(with("visit_years = [0.5]", "visit_years = [0.5, 0.25]")),
            "t.toml: design.visit_years[1] = 0.25: values must increase");
  EXPECT_EQ(error_of(with("visit_years = [0.5]", "visit_years = [2]")),
            "t.toml: design.visit_years[0] = 2: allowed range is 0 to 1 (year)");
  EXPECT_EQ(error_of(with("age_max_years = 41", "age_max_years = 10")),
            "t.toml: population.age_max_years = 10: allowed range is 18 to 110 (year)");
  EXPECT_EQ(error_of(with("site = \"crown\"\nmin", "site = \"vertex\"\nmin")),
            "t.toml: screening[0].site = \"vertex\": allowed values are whole_scalp, frontal_hairline, mid_scalp, "
            "crown, temporal_left, temporal_right, parietal_left, parietal_right, occipital");
  EXPECT_EQ(error_of(with("n_total = 300", "n_total = 30.5")),
            "t.toml: design.n_total = 30.5: must be a whole number from 2 to 1000000");
  EXPECT_EQ(error_of(with("control_arm = \"placebo\"", "control_arm = \"vehicle\"")),
            "t.toml: design.control_arm = \"vehicle\": no arm has that name");
  EXPECT_EQ(error_of(with("name = \"placebo\"", "name = \"drug\"")),
            "t.toml: arms[1].name = \"drug\": arm names must be unique");
  EXPECT_EQ(error_of(with("start_years = 0", "start_years = -1")),
            "t.toml: arms[0].events[0] (finasteride).start_years = -1: allowed range is 0 to 30 (year)");
  EXPECT_EQ(error_of(with("primary = true", "primary = \"yes\"")),
            "t.toml: endpoints[1].primary = \"yes\": must be true or false");
  EXPECT_EQ(error_of(with("responder_thresholds = [0, 50]", "responder_direction = \"down\"")),
            "t.toml: endpoints[0].responder_direction = \"down\": allowed values are rise, fall");
  EXPECT_EQ(error_of(with("seed = 9", "seed = -1")),
            "t.toml: seed = -1: allowed range is 0 to 9007199254740991 (whole number)");
  EXPECT_EQ(error_of(with("seed = 9", "seed = 9.5")),
            "t.toml: seed = 9.5: allowed range is 0 to 9007199254740991 (whole number)");
}

// A severity grade improves by falling: with responder_direction = "fall" a responder's change is <= the threshold.
TEST(TrialSpec, ResponderDirectionDecidesWhichChangesRespond) {
  const trial::TrialDesign rise = parse_trial_spec(kValid, "t.toml");
  EXPECT_EQ(rise.endpoints[0].responder_direction, trial::ResponderDirection::Rise);
  EXPECT_TRUE(trial::is_responder(rise.endpoints[0], 50.0, 50.0));
  EXPECT_FALSE(trial::is_responder(rise.endpoints[0], -60.0, 50.0));
  const trial::TrialDesign fall = parse_trial_spec(
      with("responder_thresholds = [0, 50]", "responder_thresholds = [-1]\nresponder_direction = \"fall\""), "t.toml");
  const trial::EndpointSpec& grade = fall.endpoints[0];
  EXPECT_EQ(grade.responder_direction, trial::ResponderDirection::Fall);
  EXPECT_EQ(grade.responder_thresholds, (std::vector<double>{-1.0}));
  EXPECT_TRUE(trial::is_responder(grade, -1.0, -1.0));
  EXPECT_TRUE(trial::is_responder(grade, -2.0, -1.0));
  EXPECT_FALSE(trial::is_responder(grade, 0.0, -1.0));
  EXPECT_FALSE(trial::is_responder(grade, 1.0, -1.0));
}

// A counting error belongs to hair counts: the design's default reaches the counts only, an endpoint's own value
// overrides it, and a counting error on a share is refused with the instruments it applies to.
TEST(TrialSpec, ReadingErrorReachesHairCountsOnly) {
  const trial::TrialDesign exact = parse_trial_spec(kValid, "t.toml");
  EXPECT_EQ(exact.endpoints[0].reading_error, trial::ReadingError::None);
  EXPECT_EQ(exact.endpoints[1].reading_error, trial::ReadingError::None);
  const trial::TrialDesign by_design = parse_trial_spec(
      with("dropout_per_year = 0.1", "dropout_per_year = 0.1\nreading_error = \"target_area\""), "t.toml");
  EXPECT_EQ(by_design.endpoints[0].reading_error, trial::ReadingError::TargetArea);  // hair_count
  EXPECT_EQ(by_design.endpoints[1].reading_error, trial::ReadingError::None);        // anagen_percent
  const trial::TrialDesign own = parse_trial_spec(
      with("responder_thresholds = [0, 50]", "responder_thresholds = [0, 50]\nreading_error = \"trichoscopy\""),
      "t.toml");
  EXPECT_EQ(own.endpoints[0].reading_error, trial::ReadingError::Trichoscopy);
  EXPECT_EQ(error_of(with("primary = true", "primary = true\nreading_error = \"phototrichogram\"")),
            "t.toml: endpoints[1].reading_error = \"phototrichogram\": instrument \"anagen_percent\" is not a hair "
            "count; a counting error applies to " +
                trial::hair_count_instrument_names() + " (or set \"none\")");
  EXPECT_EQ(error_of(with("dropout_per_year = 0.1", "dropout_per_year = 0.1\nreading_error = \"manual\"")),
            "t.toml: design.reading_error = \"manual\": allowed values are none, target_area, phototrichogram, "
            "trichoscopy");
  EXPECT_TRUE(trial::counts_hairs("nonvellus_per_cm2"));
  EXPECT_FALSE(trial::counts_hairs("follicles_per_cm2"));
  EXPECT_FALSE(trial::counts_hairs("wash_count"));
  EXPECT_FALSE(trial::counts_hairs("no_such_instrument"));
  // The rows flagged as hair counts, in table order; each is a count or density of hairs in its site.
  EXPECT_EQ(trial::hair_count_instrument_names(),
            "hair_count, nonvellus_count, terminal_count, density_per_cm2, nonvellus_per_cm2, terminal_per_cm2, "
            "anagen_per_cm2, ceptg_anagen_per_cm2, ceptg_telogen_per_cm2, nano_hairs_per_cm2");
  for (const trial::Endpoint& e : trial::endpoint_table()) {
    if (e.counts_hairs) {
      EXPECT_TRUE(e.unit == "hairs" || e.unit == "1/cm2") << e.name;
      EXPECT_TRUE(e.reads.site && !e.reads.whole_scalp && !e.reads.occipital_field && !e.needs_stages &&
                  !e.reads_shedding)
          << e.name;
    }
  }
}

TEST(TrialSpec, ParameterOverridesKeepTheRulesThatTieThemTogether) {
  // The trial file's [parameters] are checked like a scenario's: each value in range, and the set as a whole.
  EXPECT_EQ(error_of(kValid + "[parameters]\n\"shaft.vellus_max_diameter_um\" = 50\n"
                              "\"shaft.terminal_min_diameter_um\" = 40\n"),
            "t.toml: parameters.\"shaft.vellus_max_diameter_um\" = 50: must not exceed "
            "shaft.terminal_min_diameter_um = 40 (um)");
  EXPECT_EQ(error_of(kValid + "[parameters]\n\"geometry.hairline_depth\" = 0.4\n\"geometry.occipital_front\" = 0.4\n"),
            "t.toml: parameters \"geometry.*\" (hairline_depth = 0.4, side_half_width = 0.62, temporal_back = 0.42, "
            "occipital_front = 0.4, crown_centre = 0.62, crown_radius = 0.14) leave region mid_scalp 0 cm2: every "
            "region needs at least 1 cm2 (docs/model.md section 4)");
}

TEST(TrialSpec, UnknownKeysAndInstrumentsAreRefused) {
  EXPECT_EQ(error_of(with("dropout_per_year", "drop_out_per_year")),
            "t.toml: design.drop_out_per_year: unknown key; accepted keys here are control_arm, dropout_per_year, "
            "duration_years, max_screened_per_enrolled, n_total, reading_error, sample_fraction, shedding_window_days, "
            "visit_years");
  EXPECT_EQ(error_of(with("instrument = \"hair_count\"", "instrument = \"hair_cont\"")),
            "t.toml: endpoints[0].instrument = \"hair_cont\": unknown instrument; known instruments are " +
                trial::endpoint_names());
  EXPECT_EQ(error_of(with("[design]", "[desgin]")),
            "t.toml: design.duration_years: missing; give a number from 0 to 30 (year)");
}

TEST(TrialSpec, StageInstrumentsNeedMostOfTheScalpSimulated) {
  // The classifier reads a density map; a sparse sample reads as thinning (kMinStagingSampleFraction).
  auto replaced = [](std::string text, const std::string& from, const std::string& to) {
    return text.replace(text.find(from), from.size(), to);
  };
  const std::string staged = with("instrument = \"anagen_percent\"", "instrument = \"norwood3\"");
  EXPECT_EQ(error_of(staged), "(no error)");  // the whole scalp (the default sample fraction) is fine
  const std::string sparse = "\nsample_fraction = 0.1\n[[arms]]";
  EXPECT_EQ(error_of(replaced(staged, "\n[[arms]]", sparse)),
            "t.toml: design.sample_fraction = 0.1: allowed range is 0.3 to 1 (fraction) with endpoints[1].instrument = "
            "\"norwood3\", which stages the scalp from its density map (sampling noise reads as thinning)");
  const std::string screened = with("instrument = \"nonvellus_per_cm2\"", "instrument = \"ludwig_stage\"");
  EXPECT_NE(error_of(replaced(screened, "\n[[arms]]", sparse)).find("screening[0].instrument = \"ludwig_stage\""),
            std::string::npos);
  EXPECT_EQ(error_of(replaced(kValid, "\n[[arms]]", sparse)), "(no error)");  // no stage instrument: any fraction
}

TEST(TrialSpec, SheddingInstrumentsNeedVisitsOneSheddingWindowApart) {
  // The engine restarts the shed tally one window before each visit, so closer visits would read part of a window.
  const std::string shedding = with("instrument = \"anagen_percent\"", "instrument = \"shed_per_day\"");
  EXPECT_EQ(parse_trial_spec(shedding, "t.toml").shedding_window(), 7.0);  // the registry's window
  auto windowed = [&](const std::string& design_lines) {
    std::string s = shedding;
    return s.replace(s.find("visit_years = [0.5]"), 19, design_lines);
  };
  EXPECT_EQ(parse_trial_spec(windowed("visit_years = [0.5]\nshedding_window_days = 60"), "t.toml").shedding_window(),
            60.0);
  EXPECT_EQ(error_of(windowed("visit_years = [0.5]\nshedding_window_days = 400")),
            "t.toml: design.shedding_window_days = 400: allowed range is 1 to 365 (day)");
  EXPECT_EQ(error_of(windowed("visit_years = [0.2, 0.3]\nshedding_window_days = 60")),
            "t.toml: design.visit_years: visits at 0.2 and 0.3 years lie 36.525 days apart, less than the shedding "
            "window (design.shedding_window_days = 60 days) that the shedding instruments average over; space the "
            "visits at least one window apart or shorten the window");
  EXPECT_EQ(error_of(windowed("visit_years = [0.5, 0.51]")),
            "t.toml: design.visit_years: visits at 0.5 and 0.51 years lie 3.6525 days apart, less than the shedding "
            "window (parameter measure.shedding_window_days = 7 days) that the shedding instruments average over; "
            "space the visits at least one window apart or shorten the window");
  // Without a shedding instrument the visits may lie as close as the trial likes.
  EXPECT_EQ(error_of(with("visit_years = [0.5]", "visit_years = [0.5, 0.51]")), "(no error)");
}

TEST(TrialSpec, ArmsAndEndpointsAreRequired) {
  std::string no_arms = kValid.substr(0, kValid.find("[[arms]]"));
  EXPECT_EQ(error_of(no_arms), "t.toml: arms: missing; give at least one [[arms]] table");
  std::string no_endpoints = kValid.substr(0, kValid.find("[[endpoints]]"));
  EXPECT_EQ(error_of(no_endpoints), "t.toml: endpoints: missing; give at least one [[endpoints]] table");
}

TEST(TrialSpec, PerArmSizesMustBeGivenForAllArmsOrNone) {
  EXPECT_EQ(error_of(with("ratio = 2", "n = 10")),
            "t.toml: arms[1].n: missing; give n in every arm or none (then design.n_total)");
}

const std::string kCase = R"toml(
format = "trichosim-validation/1"
[study]
name = "Test 2000"
citation = "A. Author, J Test 2000"
reference = "science.md V0"
[population]
age_min_years = 20
age_max_years = 30
[design]
duration_years = 1
[[arms]]
name = "untreated"
n = 4
[[endpoints]]
name = "density"
instrument = "density_per_cm2"
site = "crown"
[[targets]]
label = "crown density at baseline"
endpoint = "density"
statistic = "mean"
visit_years = 0
value = 200
spread = 30
spread_note = "SD (published)"
)toml";

TEST(ValidationCase, ParsesStudyTrialAndTargets) {
  const ValidationCase c = parse_validation_case(kCase, "cases/test_2000.toml");
  EXPECT_EQ(c.id, "test_2000");
  EXPECT_EQ(c.study, "Test 2000");
  ASSERT_TRUE(c.design.has_value());
  EXPECT_EQ(c.design->name, "Test 2000");
  ASSERT_EQ(c.targets.size(), 1U);
  EXPECT_EQ(c.targets[0].statistic, TargetStatistic::Mean);
  EXPECT_EQ(c.targets[0].visit, 0U);
  EXPECT_DOUBLE_EQ(c.targets[0].spread, 30.0);
}

TEST(ValidationCase, TargetsMustNameAVisitAndAnEndpointOfTheTrial) {
  auto error = [](const std::string& text) {
    try {
      parse_validation_case(text, "c.toml");
    } catch (const InputError& e) {
      return std::string(e.what());
    }
    return std::string("(no error)");
  };
  std::string bad_visit = kCase;
  bad_visit.replace(bad_visit.find("visit_years = 0"), 15, "visit_years = 0.5");
  EXPECT_EQ(error(bad_visit), "c.toml: targets[0].visit_years = 0.5: not a visit of the trial (0, 1)");
  std::string bad_endpoint = kCase;
  bad_endpoint.replace(bad_endpoint.find("endpoint = \"density\""), 20, "endpoint = \"count\"");
  EXPECT_EQ(error(bad_endpoint), "c.toml: targets[0].endpoint = \"count\": no endpoint of the trial has that name");
  std::string bad_stat = kCase;
  bad_stat.replace(bad_stat.find("\"mean\""), 6, "\"median\"");
  EXPECT_EQ(error(bad_stat),
            "c.toml: targets[0].statistic = \"median\": allowed values are mean, change, percent_change, net_change, "
            "net_percent_change, responder_rate, sd_change");
}

}  // namespace
}  // namespace trichosim::scenario
