// Validation of every scenario input (docs/reliability.md, "Input ranges"): out-of-range, NaN, infinite, wrong
// type, unknown key, oversize and inconsistent inputs are refused with a message naming the field, the value and
// what is allowed, word for word.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <string>

#include "core/input_error.hpp"
#include "scenario/scenario.hpp"
#include "treat/event_spec.hpp"

namespace trichosim::scenario {
namespace {

const std::string kValid = R"(
format = "trichosim-scenario/1"
name = "test"
seed = 5
[person]
sex = "male"
age_years = 25
family_history = "strong"
[simulation]
horizon_years = 4
observe_every_years = 2
)";

std::string with(const std::string& from, const std::string& to) {
  std::string s = kValid;
  const auto at = s.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  return s.replace(at, from.size(), to);
}

std::string error_of(const std::string& text) {
  try {
    parse_scenario(text, "s.toml");
  } catch (const InputError& e) {
    return e.what();
  }
  return "(no error)";
}

TEST(InputRanges, InfiniteAndWrongTypedNumbersNameTheValue) {
  EXPECT_EQ(error_of(with("age_years = 25", "age_years = inf")),
            "s.toml: person.age_years = inf: allowed range is 0 to 110 (year)");
  EXPECT_EQ(error_of(with("age_years = 25", "age_years = \"25\"")),
            "s.toml: person.age_years = \"25\": must be a number from 0 to 110 (year)");
  EXPECT_EQ(error_of(with("age_years = 25", "age_years = true")),
            "s.toml: person.age_years = true: must be a number from 0 to 110 (year)");
  EXPECT_EQ(error_of(with("sex = \"male\"", "sex = 1")), "s.toml: person.sex = 1: must be a text string");
  EXPECT_EQ(error_of(with("age_years = 25", "age_years = 25\nandrogen_level = -0.5")),
            "s.toml: person.androgen_level = -0.5: allowed range is 0 to 3 (ratio to typical for sex)");
}

TEST(InputRanges, SeedIsAWholeNumberWithinTwoToThe53) {
  EXPECT_EQ(error_of(with("seed = 5", "seed = -1")),
            "s.toml: seed = -1: allowed range is 0 to 9007199254740991 (whole number)");
  EXPECT_EQ(error_of(with("seed = 5", "seed = 9007199254740992")),
            "s.toml: seed = 9007199254740992: allowed range is 0 to 9007199254740991 (whole number)");
  EXPECT_EQ(error_of(with("seed = 5", "seed = 2.5")),
            "s.toml: seed = 2.5: allowed range is 0 to 9007199254740991 (whole number)");
  // Fuzz finding 2: a float seed beyond the int64 range reached an unchecked float-to-integer cast in toml++.
  EXPECT_EQ(error_of(with("seed = 5", "seed = 8888888888888888888888888.88")),
            "s.toml: seed = 8.8888888888888887e+24: allowed range is 0 to 9007199254740991 (whole number)");
  EXPECT_EQ(parse_scenario(with("seed = 5", "seed = 9007199254740991"), "s.toml").seed, 9007199254740991U);
}

TEST(InputRanges, ObservationCountsAreBounded) {
  std::string years = "0";
  for (int i = 1; i <= 1000; ++i) {
    years += ", " + std::to_string(i * 0.004);
  }
  EXPECT_EQ(error_of(with("observe_every_years = 2", "observe_years = [" + years + "]")),
            "s.toml: simulation.observe_years: 1001 entries; the limit is 1000");
  EXPECT_EQ(error_of(with("observe_every_years = 2", "observe_every_years = 0.001")),
            "s.toml: simulation.observe_every_years = 0.001: allowed range is 0.004 to 4 (year)");
  EXPECT_EQ(error_of(with("observe_every_years = 2", "observe_years = []")),
            "s.toml: simulation.observe_years: must be a non-empty list of years from 0 to horizon_years");
}

TEST(InputRanges, UnknownKeysAtEveryLevelAreRefused) {
  EXPECT_EQ(error_of(kValid + "seeed = 3\n"),
            "s.toml: simulation.seeed: unknown key; accepted keys here are horizon_years, observe_every_years, "
            "observe_years");
  EXPECT_EQ(error_of("seeed = 3\n" + kValid),
            "s.toml: seeed: unknown key; accepted keys here are description, events, format, name, parameters, "
            "person, plan, seed, simulation");
}

TEST(InputRanges, TextFieldsHaveSizeLimits) {
  EXPECT_EQ(error_of(with("name = \"test\"", "name = \"" + std::string(201, 'x') + "\"")),
            "s.toml: name: 201 bytes; the limit is 200");
  EXPECT_EQ(error_of(with("name = \"test\"", "description = \"" + std::string(4001, 'x') + "\"")),
            "s.toml: description: 4001 bytes; the limit is 4000");
}

TEST(InputRanges, EventListsAndEventNumbersAreBounded) {
  std::string many;
  for (int i = 0; i < 1001; ++i) {
    many += "[[events]]\ntype = \"x\"\n";
  }
  EXPECT_EQ(error_of(kValid + many), "s.toml: events: 1001 entries; the limit is 1000");
  EXPECT_EQ(error_of(kValid + "[[events]]\ntype = \"x\"\ndose_mg = 9007199254740993\n"),
            "s.toml: events[0].dose_mg = 9007199254740993: allowed range is -9007199254740992 to 9007199254740992 "
            "(whole numbers beyond 2^53 cannot be held exactly)");
  EXPECT_EQ(error_of(kValid + "[[events]]\ntype = \"x\"\nwhen = { a = 1 }\n"),
            "s.toml: events[0].when: must be a number, text, true/false or a list of texts");
}

TEST(InputRanges, ParametersThatDependOnEachOtherAreChecked) {
  std::string zero_shares = "[parameters]\n";
  for (int k = 1; k <= 5; ++k) {
    zero_shares += "\"scalp.fu_share_" + std::to_string(k) + "_caucasian\" = 0\n";
  }
  EXPECT_EQ(error_of(kValid + zero_shares),
            "s.toml: parameters.\"scalp.fu_share_1_caucasian\" ... \"scalp.fu_share_5_caucasian\" sum to 0: the "
            "follicular-unit shares must sum to more than 0");
  EXPECT_EQ(error_of(kValid + "[parameters]\n\"shaft.vellus_max_diameter_um\" = 50\n"
                              "\"shaft.terminal_min_diameter_um\" = 40\n"),
            "s.toml: parameters.\"shaft.vellus_max_diameter_um\" = 50: must not exceed "
            "shaft.terminal_min_diameter_um = 40 (um)");
  // A hairline drawn behind the front of the occiput leaves no mid scalp (was a silent 0 hairs/cm²).
  EXPECT_EQ(error_of(kValid + "[parameters]\n\"geometry.hairline_depth\" = 0.4\n\"geometry.occipital_front\" = 0.4\n"),
            "s.toml: parameters \"geometry.*\" (hairline_depth = 0.4, side_half_width = 0.62, temporal_back = 0.42, "
            "occipital_front = 0.4, crown_centre = 0.62, crown_radius = 0.14) leave region mid_scalp 0 cm2: every "
            "region needs at least 1 cm2 (docs/model.md section 4)");
  EXPECT_EQ(error_of(kValid + "[parameters]\n\"cycle.anagen_mean_days\" = \"long\"\n"),
            "s.toml: parameters.\"cycle.anagen_mean_days\" = \"long\": must be a number from 90 to 3650 (day)");
  EXPECT_EQ(error_of(kValid + "[parameters]\n\"cycle.anagen_mean_days\" = -inf\n"),
            "s.toml: parameters.\"cycle.anagen_mean_days\" = -inf: allowed range is 90 to 3650 (day)");
}

TEST(InputRanges, OversizeAndMissingFilesAreRefusedBeforeParsing) {
  const auto dir = std::filesystem::temp_directory_path() / ("trichosim-ranges-" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  const auto big = dir / "big.toml";
  {
    std::ofstream out(big);
    out << kValid << "# " << std::string(kMaxScenarioBytes, 'x') << "\n";
  }
  const auto size = std::filesystem::file_size(big);
  try {
    load_scenario(big);
    ADD_FAILURE() << "an oversize file was accepted";
  } catch (const InputError& e) {
    EXPECT_EQ(std::string(e.what()),
              big.string() + ": file is " + std::to_string(size) + " bytes; the limit is 1048576 bytes");
  }
  try {
    load_scenario(dir / "missing.toml");
    ADD_FAILURE() << "a missing file was accepted";
  } catch (const InputError& e) {
    EXPECT_EQ(std::string(e.what()),
              (dir / "missing.toml").string() + ": cannot read the file (No such file or directory)");
  }
  std::filesystem::remove_all(dir);
}

// Event fields are checked by treat::EventSpec when an intervention reads them.
treat::EventSpec spec(std::map<std::string, treat::FieldValue> fields) {
  return treat::EventSpec("minoxidil", "s.toml: events[0] (minoxidil)", std::move(fields));
}

TEST(InputRanges, EventTimesMustBeFiniteAndStopAfterStart) {
  EXPECT_THROW(
      {
        try {
          spec({{"start_years", 2.0}, {"stop_years", 1.0}}).stop_day();
        } catch (const InputError& e) {
          EXPECT_STREQ(e.what(), "s.toml: events[0] (minoxidil).stop_years = 1: must be later than start_years = 2");
          throw;
        }
      },
      InputError);
  try {
    spec({{"start_years", std::nan("")}}).start_day();
    ADD_FAILURE();
  } catch (const InputError& e) {
    EXPECT_STREQ(e.what(), "s.toml: events[0] (minoxidil).start_years = nan: allowed range is -100 to 100 (year)");
  }
  try {
    spec({{"dose_mg", std::string("five")}}).number("dose_mg", 0.0, 10.0, "mg", 5.0);
    ADD_FAILURE();
  } catch (const InputError& e) {
    EXPECT_STREQ(e.what(), "s.toml: events[0] (minoxidil).dose_mg = \"five\": must be a number in mg, from 0 to 10");
  }
  try {
    const auto s = spec({{"start_years", 1.0}, {"strat_years", 1.0}});
    s.start_day();
    s.check_all_used();
    ADD_FAILURE();
  } catch (const InputError& e) {
    EXPECT_STREQ(e.what(),
                 "s.toml: events[0] (minoxidil): unknown field \"strat_years\"; accepted fields are type, start_years");
  }
  try {
    spec({{"form", std::string("pill")}}).choice("form", {"foam", "solution"}, "foam");
    ADD_FAILURE();
  } catch (const InputError& e) {
    EXPECT_STREQ(e.what(), "s.toml: events[0] (minoxidil).form = \"pill\": allowed values are foam, solution");
  }
}

}  // namespace
}  // namespace trichosim::scenario
