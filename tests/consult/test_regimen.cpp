#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "consult/consultation.hpp"
#include "consult/regimen.hpp"
#include "core/scalp_editor.hpp"
#include "scenario/intake.hpp"

namespace trichosim::consult {
namespace {

/// A stand-in "minoxidil" for tests: halves the kenogen chance and adds a little size per cycle from its start.
/// It exercises the simulate-rank-band path while the real plug-in (issue 6) is not in this build.
class StandInMinoxidil final : public Intervention {
 public:
  explicit StandInMinoxidil(Day start) : start_(start) {}
  std::string_view name() const override { return "minoxidil"; }
  std::vector<Param> registry_keys() const override { return {}; }
  std::vector<Day> change_days() const override { return {start_}; }
  void modify(Day t, const Person&, RegionalModifiers& m) const override {
    if (t < start_) return;
    m.for_each(RegionMask::all(), [](Modifiers& r) {
      r.kenogen_probability_scale *= 0.5;
      r.size_gain_per_cycle += 0.05;
    });
  }

 private:
  Day start_;
};

EventCatalogue stand_in_catalogue() {
  EventCatalogue c;
  c.known = [](const std::string& type) { return type == "minoxidil"; };
  c.make = [](const treat::EventSpec& s, const Parameters&) -> std::unique_ptr<Intervention> {
    return std::make_unique<StandInMinoxidil>(s.start_day());
  };
  return c;
}

Parameters fast_params() {
  Parameters p;
  p.set(Param::consult_twin_grid_points, 3);
  p.set(Param::consult_twin_draws, 2);
  return p;
}

const std::string kComplaint = R"(
[complaint]
onset = "gradual"
duration_months = 36
pattern = ["top", "crown"]
[shedding]
pull_test_percent = 5
)";

scenario::Intake person(const std::string& sex, int age) {
  return scenario::parse_intake_toml("format = \"trichosim-intake/1\"\nseed = 4\n[person]\nsex = \"" + sex +
                                         "\"\nage_years = " + std::to_string(age) + "\n" + kComplaint,
                                     "t.toml");
}

std::vector<std::string> ids(const OptionList& l) {
  std::vector<std::string> out;
  for (const auto& o : l.options) out.push_back(o.id);
  return out;
}

bool has(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

TEST(Regimen, OptionsDifferSensiblyBetweenAYoungManAndAnOlderWoman) {
  const Parameters p;
  const auto man = person("male", 24);
  const auto woman = person("female", 55);
  const auto man_list = candidate_options(man, diagnose(man, p), p, 0.0, {});
  const auto woman_list = candidate_options(woman, diagnose(woman, p), p, 0.0, {});
  const auto m = ids(man_list);
  const auto w = ids(woman_list);
  EXPECT_TRUE(has(m, "finasteride"));
  EXPECT_FALSE(has(m, "spironolactone"));
  EXPECT_FALSE(has(m, "transplant"));   // 24 < consult.transplant_min_age_years: future loss unknown
  EXPECT_FALSE(has(w, "finasteride"));  // not past menopause: pregnancy potential
  EXPECT_TRUE(has(w, "spironolactone"));
  EXPECT_TRUE(has(w, "transplant"));
  const auto label = [](const OptionList& l, const std::string& id) {
    return std::find_if(l.options.begin(), l.options.end(), [&](const RegimenOption& o) { return o.id == id; })->label;
  };
  EXPECT_EQ(label(man_list, "minoxidil_topical"), "Topical minoxidil 5 % twice daily");
  EXPECT_EQ(label(woman_list, "minoxidil_topical"), "Topical minoxidil 2 % twice daily");
  auto reason = [](const OptionList& l, const std::string& id) {
    return std::find_if(l.excluded.begin(), l.excluded.end(), [&](const ExcludedOption& o) { return o.id == id; })
        ->reason;
  };
  EXPECT_EQ(reason(woman_list, "finasteride"),
            "contraindicated: could become pregnant (not past menopause) (risk to a male fetus)");
}

TEST(Regimen, CardiovascularDiseaseExcludesOralMinoxidil) {
  const Parameters p;
  auto in = person("male", 40);
  in.cardiovascular_disease = true;
  const auto list = candidate_options(in, diagnose(in, p), p, 0.0, {});
  EXPECT_FALSE(has(ids(list), "minoxidil_oral"));
  EXPECT_TRUE(has(ids(list), "minoxidil_topical"));
}

TEST(Regimen, ForecastsAreReproducibleBySeedAndUnknownTypesAreNeverSimulated) {
  const Parameters p = fast_params();
  ConsultationOptions o;
  o.catalogue = stand_in_catalogue();
  o.seed = 21;
  const auto a = run_consultation(person("male", 24), p, o);
  const auto b = run_consultation(person("male", 24), p, o);
  o.seed = 22;
  const auto c = run_consultation(person("male", 24), p, o);
  ASSERT_EQ(a.regimen.options.size(), b.regimen.options.size());
  bool any_differs = false;
  int simulated = 0;
  for (std::size_t i = 0; i < a.regimen.options.size(); ++i) {
    const auto& x = a.regimen.options[i];
    EXPECT_EQ(x.option.id, b.regimen.options[i].option.id);
    if (x.status != ForecastStatus::Simulated) continue;
    ++simulated;
    for (std::size_t y = 0; y < kForecastYears.size(); ++y) {
      EXPECT_EQ(x.density[y].median, b.regimen.options[i].density[y].median);
      EXPECT_EQ(x.density[y].lower, b.regimen.options[i].density[y].lower);
      EXPECT_EQ(x.stage[y], b.regimen.options[i].stage[y]);
      EXPECT_EQ(x.stage[y].rfind("norwood ", 0), 0U) << x.stage[y];  // a man is staged on the Norwood scale
      any_differs = any_differs || x.density[y].median != c.regimen.options[i].density[y].median;
    }
  }
  EXPECT_EQ(simulated, 3);  // natural course, topical and oral minoxidil (the stand-in knows only "minoxidil")
  EXPECT_TRUE(any_differs);
  const auto& fin = *std::find_if(a.regimen.options.begin(), a.regimen.options.end(),
                                  [](const OptionForecast& f) { return f.option.id == "finasteride"; });
  EXPECT_EQ(fin.status, ForecastStatus::NotSimulated);
  EXPECT_EQ(fin.status_note, "not simulated in this build (unknown event type: finasteride)");
  EXPECT_EQ(fin.rank, 0);
  // The stand-in slows loss, so a minoxidil option ranks above the natural course and gains density.
  EXPECT_EQ(a.regimen.options[0].rank, 1);
  EXPECT_NE(a.regimen.options[0].option.id, "natural_course");
  EXPECT_GT(a.regimen.options[0].gain_vs_natural[2].median, 0.0);
}

// The procedures with the real plug-ins (the drugs left out to keep the test short): a transplant session at the
// donor limit is simulated; micropigmentation changes no hair, so its density forecast is the natural course draw
// for draw, and only it carries a visual density score, above the hair's own share of normal.
TEST(Regimen, TransplantAndMicropigmentationAreSimulatedWithTheirOwnPlugIns) {
  const Parameters p = fast_params();
  ConsultationOptions o;
  const EventCatalogue real = build_catalogue();
  o.catalogue.known = [](const std::string& type) { return type == "transplant" || type == "micropigmentation"; };
  o.catalogue.make = real.make;
  const auto c = run_consultation(person("male", 40), p, o);
  auto find = [&](const std::string& id) {
    return *std::find_if(c.regimen.options.begin(), c.regimen.options.end(),
                         [&](const OptionForecast& f) { return f.option.id == id; });
  };
  const OptionForecast natural = find("natural_course");
  const OptionForecast transplant = find("transplant");
  const OptionForecast smp = find("micropigmentation");
  EXPECT_EQ(transplant.status, ForecastStatus::Simulated) << transplant.status_note;
  ASSERT_EQ(smp.status, ForecastStatus::Simulated) << smp.status_note;
  EXPECT_FALSE(natural.has_visual_density);
  EXPECT_FALSE(transplant.has_visual_density);
  ASSERT_TRUE(smp.has_visual_density);
  for (std::size_t y = 0; y < kForecastYears.size(); ++y) {
    EXPECT_EQ(smp.density[y].median, natural.density[y].median);
    EXPECT_EQ(smp.gain_vs_natural[y].median, 0.0);
    EXPECT_GT(smp.visual_density[y].median, 0.0);
    EXPECT_LE(smp.visual_density[y].upper, 10.0);
  }
  EXPECT_LT(smp.visual_density.back().median, smp.visual_density.front().median);  // pigment fades
}

TEST(Regimen, CostIsMonthlyPriceTimesMonthsPlusSessionsOnce) {
  scenario::ConsultPriceTable prices;
  prices.items["pill"] = {scenario::ConsultPriceBasis::Month, 10.0, ""};
  prices.items["session"] = {scenario::ConsultPriceBasis::Session, 900.0, ""};
  RegimenOption o;
  o.costs = {{"pill", 1.0}, {"session", 3.0}, {"unpriced", 1.0}};
  std::vector<std::string> missing;
  EXPECT_DOUBLE_EQ(option_cost(o, prices, 3.0, &missing), 10.0 * 12.0 * 3.0 + 900.0 * 3.0);
  EXPECT_EQ(missing, std::vector<std::string>{"unpriced"});
}

}  // namespace
}  // namespace trichosim::consult
