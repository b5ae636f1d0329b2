#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

#include "core/scalp_editor.hpp"
#include "measure/region_summary.hpp"
#include "tests/support/small_scalp.hpp"
#include "tests/treat/event_helpers.hpp"
#include "treat/registry.hpp"
#include "treat/transplant.hpp"

namespace trichosim::treat {
namespace {

using testing::error_of;
using testing::event;
using testing::Fields;

// Calls one editor function at day `day` of a run.
class EditorProbe final : public Intervention {
 public:
  using Action = std::function<void(ScalpEditor&, std::uint16_t)>;
  EditorProbe(Day day, Action a) : day_(day), action_(std::move(a)) {}
  std::string_view name() const override { return "probe"; }
  std::vector<Param> registry_keys() const override { return {}; }
  std::vector<Day> change_days() const override { return {}; }
  void modify(Day, const Person&, RegionalModifiers&) const override {}
  std::vector<Day> action_days() const override { return {day_}; }
  void act(Day, std::uint16_t id, ScalpEditor& e) const override { action_(e, id); }

 private:
  Day day_;
  Action action_;
};

std::unique_ptr<Simulation> sim_with(const Person& person, std::vector<std::unique_ptr<Intervention>> iv) {
  return std::make_unique<Simulation>(person, trichosim::testing::params_with_area(250.0), SimulationOptions{7, 1},
                                      std::move(iv));
}

TEST(ScalpEditorGrafts, ExtractionTakesLivingDonorUnitsAndReturnsTheirTraits) {
  std::vector<GraftUnit> grafts;
  std::vector<float> sensitivity_before;
  std::vector<std::unique_ptr<Intervention>> iv;
  iv.push_back(std::make_unique<EditorProbe>(10.0, [&](ScalpEditor& e, std::uint16_t id) {
    sensitivity_before = e.follicles().sensitivity;
    grafts = e.extract_units(RegionMask::of(Region::Occipital), 300, ExtractionPattern::Scattered, id);
  }));
  auto sim = sim_with(trichosim::testing::man(40.0, 0.8), std::move(iv));
  const std::vector<Day> days = {10.0};
  sim->run(days, 1.0, [](const Simulation&, Day) {});
  ASSERT_EQ(grafts.size(), 300U);
  const FollicleStore& s = sim->follicles();
  std::size_t extracted = 0;
  std::size_t carried = 0;
  for (const auto& g : grafts) {
    carried += g.follicles.size();
  }
  for (std::size_t i = 0; i < s.follicle_count(); ++i) {
    if ((s.flags[i] & kExtracted) != 0U) {
      EXPECT_EQ(s.region[i], Region::Occipital);
      EXPECT_EQ(s.phase[i], Phase::Lost);
      ++extracted;
    }
  }
  // Every extracted follicle was alive or already lost; carried ones are exactly the living ones.
  EXPECT_GE(extracted, carried);
  EXPECT_GT(carried, 300U);  // units hold 1-5 follicles, mean ~2
  // Traits travel unchanged: each carried sensitivity is a donor follicle's.
  for (const auto& g : grafts) {
    for (const auto& f : g.follicles) {
      EXPECT_NE(std::find(sensitivity_before.begin(), sensitivity_before.end(), f.sensitivity),
                sensitivity_before.end());
    }
  }
}

TEST(ScalpEditorGrafts, AStripHarvestIsOneNarrowBandAndScatteredHarvestSpreadsOverTheDonorArea) {
  auto rows_of = [](ExtractionPattern pattern) {
    std::vector<double> rows;
    std::vector<std::unique_ptr<Intervention>> iv;
    iv.push_back(std::make_unique<EditorProbe>(1.0, [&rows, pattern](ScalpEditor& e, std::uint16_t id) {
      for (const auto& g : e.extract_units(RegionMask::of(Region::Occipital), 200, pattern, id)) {
        rows.push_back(g.donor_position.y_mm);
      }
    }));
    auto sim = sim_with(trichosim::testing::man(40.0, 0.0), std::move(iv));
    const std::vector<Day> days = {1.0};
    sim->run(days, 1.0, [](const Simulation&, Day) {});
    const auto [lo, hi] = std::minmax_element(rows.begin(), rows.end());
    return *hi - *lo;
  };
  const double strip = rows_of(ExtractionPattern::Strip);
  const double scattered = rows_of(ExtractionPattern::Scattered);
  std::printf("[ figures  ] donor rows spanned: strip %.1f mm, scattered %.1f mm\n", strip, scattered);
  EXPECT_LT(strip, 0.5 * scattered);
}

TEST(ScalpEditorGrafts, ImplantedFolliclesAreAppendedFlaggedAndKeepTheirDonorSensitivity) {
  const double survival = 0.8;
  std::size_t before = 0;
  std::size_t surviving = 0;
  std::vector<GraftUnit> grafts;
  std::vector<std::unique_ptr<Intervention>> iv;
  iv.push_back(std::make_unique<EditorProbe>(5.0, [&](ScalpEditor& e, std::uint16_t id) {
    before = e.follicles().follicle_count();
    grafts = e.extract_units(RegionMask::of(Region::Occipital), 400, ExtractionPattern::Scattered, id);
    const auto sites = recipient_sites(e.geometry(), RegionMask::of(Region::FrontalHairline), grafts.size(), 30.0);
    surviving = e.implant_units(sites, grafts, survival, {14.0, 28.0}, id);
  }));
  auto sim = sim_with(trichosim::testing::man(40.0, 1.0), std::move(iv));
  const std::vector<Day> days = {5.0};
  sim->run(days, 1.0, [](const Simulation&, Day) {});
  const FollicleStore& s = sim->follicles();
  std::size_t added = 0;
  for (const auto& g : grafts) {
    added += g.follicles.size();
  }
  ASSERT_EQ(s.follicle_count(), before + added);
  std::size_t k = before;
  for (const auto& g : grafts) {
    for (const auto& f : g.follicles) {
      EXPECT_NE(s.flags[k] & kTransplanted, 0);
      EXPECT_EQ(s.flags[k] & kExtracted, 0);
      EXPECT_EQ(s.region[k], Region::FrontalHairline);
      EXPECT_EQ(s.sensitivity[k], f.sensitivity);  // donor dominance
      if (s.phase[k] != Phase::Lost) {
        EXPECT_EQ(s.phase[k], Phase::Telogen);
        EXPECT_GE(static_cast<double>(s.next_day[k]), 5.0 + 14.0);
        EXPECT_LE(static_cast<double>(s.next_day[k]), 5.0 + 28.0);
      }
      ++k;
    }
  }
  const double n = static_cast<double>(added);
  // Binomial survival: 4 standard errors.
  EXPECT_NEAR(static_cast<double>(surviving) / n, survival, 4.0 * std::sqrt(survival * (1.0 - survival) / n));
}

TEST(Transplant, SessionLimitHarvestOptionRefusesAGraftCountAndNamesTheChoices) {
  const Parameters p;
  Fields f = {{"harvest", std::string("session_limit")},
              {"grafts", 1000.0},
              {"recipient", std::vector<std::string>{"crown"}},
              {"start_years", 1.0}};
  EXPECT_EQ(error_of([&] { make_intervention(event("transplant", f), p); }),
            "events[0] (transplant).grafts: not allowed with harvest = \"session_limit\" (the graft count is then the "
            "donor's safe per-session extraction limit); remove grafts or use harvest = \"grafts\"");
  f["harvest"] = std::string("all");
  EXPECT_EQ(error_of([&] { make_intervention(event("transplant", f), p); }),
            "events[0] (transplant).harvest = \"all\": allowed values are grafts, session_limit");
  f.erase("harvest");
  f.erase("grafts");
  EXPECT_EQ(error_of([&] { make_intervention(event("transplant", f), p); }),
            "events[0] (transplant).grafts: missing; give a number from 1 to 3600 (follicular units), or harvest = "
            "\"session_limit\"");
  f["harvest"] = std::string("session_limit");
  EXPECT_EQ(error_of([&] { make_intervention(event("transplant", f), p); }), "(no error)");
}

// Six units by hand: four occipital (one living, one with a living and a lost follicle, one all lost, one already
// harvested) and two in the crown. Eligible: the first two; half of them is one unit.
TEST(Transplant, SessionLimitIsTheShareOfLivingUnharvestedDonorUnits) {
  FollicleStore s;
  auto follicle = [&s](Region r, Phase ph, std::uint8_t flags) {
    const std::uint32_t u = s.add_unit({0.0, 0.0});
    const std::size_t i = s.add_follicle(u, r, flags, 1.0F, 0.0F);
    s.phase[i] = ph;
    return u;
  };
  follicle(Region::Occipital, Phase::Anagen, 0);
  const std::uint32_t mixed = follicle(Region::Occipital, Phase::Lost, 0);
  s.phase[s.add_follicle(mixed, Region::Occipital, 0, 1.0F, 0.0F)] = Phase::Telogen;
  follicle(Region::Occipital, Phase::Lost, 0);
  follicle(Region::Occipital, Phase::Lost, kExtracted);
  follicle(Region::Crown, Phase::Anagen, 0);
  follicle(Region::Crown, Phase::Anagen, 0);
  EXPECT_EQ(donor_session_limit(s, 0.5), 1U);
  EXPECT_EQ(donor_session_limit(s, 1.0), 2U);
}

// The harvest counts the donor at the session (a probe acting first that day counts the same units) and never
// exceeds transplant.max_grafts_per_session.
TEST(Transplant, SessionLimitHarvestTakesTheRegistryShareOfTheDonorUnitsUpToTheLargestSession) {
  auto harvest = [](double max_grafts, std::size_t& limit) {
    Parameters p = trichosim::testing::params_with_area(250.0);
    p.set(Param::transplant_max_grafts_per_session, max_grafts);
    const Day day = years_to_days(0.05);
    std::vector<std::unique_ptr<Intervention>> iv;
    iv.push_back(std::make_unique<EditorProbe>(day, [&limit, p](ScalpEditor& e, std::uint16_t) {
      limit = donor_session_limit(e.follicles(), p[Param::transplant_donor_session_extraction_fraction]);
    }));
    auto transplant = std::make_unique<Transplant>(
        event("transplant", {{"harvest", std::string("session_limit")},
                             {"recipient", std::vector<std::string>{"frontal_hairline", "mid_scalp", "crown"}},
                             {"start_years", 0.05}}),
        p);
    const Transplant& t = *transplant;
    iv.push_back(std::move(transplant));
    Simulation sim(trichosim::testing::man(40.0, 0.8), p, {7, 1}, std::move(iv));
    const std::vector<Day> days = {day + 1.0};
    sim.run(days, 1.0, [](const Simulation&, Day) {});
    return t.report().grafts_extracted;
  };
  std::size_t limit = 0;
  const std::size_t free = harvest(6000.0, limit);
  ASSERT_GT(limit, 100U);
  ASSERT_LT(limit, 6000U);
  EXPECT_EQ(free, limit);
  EXPECT_EQ(harvest(100.0, limit), 100U);
}

// In target-area mode a session of N grafts moves N x f simulated units at f of the recipient density, so the
// grafts cover the same area as on the full scalp and readings (x 1/f) see N grafts.
TEST(Transplant, SampledScalpMovesTheSampledShareOfTheGraftsOverTheSameArea) {
  auto session = [](double fraction) {
    const Parameters p = trichosim::testing::params_with_area(250.0);
    auto transplant = std::make_unique<Transplant>(
        event("transplant",
              {{"grafts", 800.0}, {"recipient", std::vector<std::string>{"crown"}}, {"start_years", 0.05}}),
        p);
    const Transplant& t = *transplant;
    std::vector<std::unique_ptr<Intervention>> iv;
    iv.push_back(std::move(transplant));
    SimulationOptions o{7, 1};
    o.sample_fraction = fraction;
    Simulation sim(trichosim::testing::man(40.0, 0.8), p, o, std::move(iv));
    const std::vector<Day> days = {years_to_days(0.05) + 1.0};
    sim.run(days, 1.0, [](const Simulation&, Day) {});
    return t.report();
  };
  EXPECT_EQ(session(1.0).grafts_requested, 800U);
  EXPECT_EQ(session(0.25).grafts_requested, 200U);
  EXPECT_EQ(session(0.25).grafts_extracted, 200U);
  // The recipient lattice at f of the density: f of the sites over the same stretch of the crown (front to back).
  const ScalpGeometry geometry(trichosim::testing::params_with_area(250.0));
  auto extent_mm = [&](std::size_t count, double fu_per_cm2) {
    const auto sites = recipient_sites(geometry, RegionMask::of(Region::Crown), count, fu_per_cm2);
    EXPECT_EQ(sites.size(), count);
    const auto [lo, hi] = std::minmax_element(sites.begin(), sites.end(),
                                              [](const MapPoint& a, const MapPoint& b) { return a.y_mm < b.y_mm; });
    return hi->y_mm - lo->y_mm;
  };
  const double sampled_spacing_mm = std::sqrt(100.0 / (30.0 * 0.25));
  EXPECT_NEAR(extent_mm(200, 30.0 * 0.25), extent_mm(800, 30.0), sampled_spacing_mm);
}

TEST(Transplant, ErrorsNameTheFieldAndTheAllowedValues) {
  const Parameters p;
  Fields f = {{"grafts", 5000.0}, {"recipient", std::vector<std::string>{"crown"}}, {"start_years", 1.0}};
  EXPECT_EQ(error_of([&] { Transplant(event("transplant", f), p); }),
            "events[0] (transplant).grafts = 5000: allowed range is 1 to 3600 (follicular units)");
  f["grafts"] = 1000.0;
  f["recipient"] = std::vector<std::string>{"crown", "occipital"};
  EXPECT_EQ(error_of([&] { Transplant(event("transplant", f), p); }),
            "events[0] (transplant).recipient contains \"occipital\": the occipital region is the donor region");
  f.erase("recipient");
  EXPECT_EQ(error_of([&] { Transplant(event("transplant", f), p); }),
            "events[0] (transplant).recipient: missing; give a list of recipient regions, e.g. "
            "[\"frontal_hairline\"]");
  f["recipient"] = std::vector<std::string>{"crown"};
  f["method"] = std::string("plugs");
  EXPECT_EQ(error_of([&] { make_intervention(event("transplant", f), p); }),
            "events[0] (transplant).method = \"plugs\": allowed values are fue, fut");
}

TEST(Transplant, GraftsKeepDonorBehaviourWhileNativeRecipientHairMiniaturises) {
  // Man of 30 with the strongest predisposition; 1,000 FUE grafts into the frontal hairline at year 0.
  const Parameters p = trichosim::testing::params_with_area(250.0);
  std::vector<std::unique_ptr<Intervention>> iv;
  iv.push_back(
      std::make_unique<Transplant>(TransplantMethod::Fue, 1000, RegionMask::of(Region::FrontalHairline), 0.0, 30.0, p));
  const auto* tx = static_cast<const Transplant*>(iv.back().get());
  Simulation sim(trichosim::testing::man(30.0, 1.0), p, {11, 1}, std::move(iv));
  const std::vector<Day> days = {0.0, years_to_days(10.0)};
  sim.run(days, 7.0, [](const Simulation&, Day) {});
  const FollicleStore& s = sim.follicles();
  // Mean size of living, terminal-born follicles: grafted and native in the frontal hairline, native donor.
  std::array<double, 3> sum{};
  std::array<std::size_t, 3> n{};
  for (std::size_t i = 0; i < s.follicle_count(); ++i) {
    if (s.phase[i] == Phase::Lost || (s.flags[i] & kVellusBorn) != 0U) {
      continue;
    }
    const bool grafted = (s.flags[i] & kTransplanted) != 0U;
    const int k = grafted ? 0 : s.region[i] == Region::FrontalHairline ? 1 : s.region[i] == Region::Occipital ? 2 : -1;
    if (k >= 0) {
      sum[static_cast<std::size_t>(k)] += static_cast<double>(s.size[i]);
      ++n[static_cast<std::size_t>(k)];
    }
  }
  ASSERT_GT(n[0], 1000U);
  ASSERT_GT(n[1], 100U);
  const double grafted = sum[0] / static_cast<double>(n[0]);
  const double native = sum[1] / static_cast<double>(n[1]);
  const double donor = sum[2] / static_cast<double>(n[2]);
  std::printf(
      "[ figures  ] after 10 y: mean size grafted %.3f (n=%zu), native frontal %.3f, native donor %.3f; "
      "extracted %zu, surviving follicles %zu of %zu\n",
      grafted, n[0], native, donor, tx->report().grafts_extracted, tx->report().follicles_surviving,
      tx->report().follicles_implanted);
  EXPECT_EQ(tx->report().grafts_extracted, 1000U);
  // Grafts behave like the donor area they came from (within 0.05 of its mean size), not like their neighbours.
  EXPECT_NEAR(grafted, donor, 0.05);
  EXPECT_LT(native, grafted - 0.2);
}

TEST(Transplant, WorldsWithAndWithoutASessionShareEveryFollicleOutsideDonorAndRecipient) {
  const Parameters p = trichosim::testing::params_with_area(250.0);
  auto run = [&](bool with) {
    std::vector<std::unique_ptr<Intervention>> iv;
    if (with) {
      iv.push_back(
          std::make_unique<Transplant>(TransplantMethod::Fut, 600, RegionMask::of(Region::Crown), 30.0, 30.0, p));
    }
    auto sim =
        std::make_unique<Simulation>(trichosim::testing::man(40.0, 0.7), p, SimulationOptions{3, 1}, std::move(iv));
    const std::vector<Day> days = {400.0};
    sim->run(days, 7.0, [](const Simulation&, Day) {});
    return sim;
  };
  const auto a = run(false);
  const auto b = run(true);
  const FollicleStore& x = a->follicles();
  const FollicleStore& y = b->follicles();
  ASSERT_GT(y.follicle_count(), x.follicle_count());
  std::size_t compared = 0;
  for (std::size_t i = 0; i < x.follicle_count(); ++i) {
    if (x.region[i] == Region::Crown || x.region[i] == Region::Occipital) {
      continue;
    }
    EXPECT_EQ(x.phase[i], y.phase[i]);
    EXPECT_EQ(x.next_day[i], y.next_day[i]);
    ++compared;
  }
  EXPECT_GT(compared, 10000U);
}

TEST(Transplant, TimeCourseShedsByFourWeeksAndRegrowsFromMonthsThreeToFour) {
  // Validation (procedures.md 3.5, V6; practice consensus, C): shedding 2-4 weeks, regrowth onset 3-4 months
  // (range 2-6), about 50-60% of the final result at 6 months, full at 12-18 months.
  const Parameters p = trichosim::testing::params_with_area(250.0);
  std::vector<std::unique_ptr<Intervention>> iv;
  iv.push_back(
      std::make_unique<Transplant>(TransplantMethod::Fue, 1500, RegionMask::of(Region::FrontalHairline), 0.0, 30.0, p));
  Simulation sim(trichosim::testing::man(45.0, 0.3), p, {5, 1}, std::move(iv));
  std::vector<Day> days;
  for (int week = 0; week <= 78; ++week) {
    days.push_back(7.0 * week);
  }
  std::vector<double> growing;  // share of surviving grafts with a growing shaft
  std::vector<double> length;   // mean visible length of grafted hair (mm)
  std::vector<double> holding;  // share holding any shaft (implanted stub included)
  sim.run(days, 7.0, [&](const Simulation& s, Day) {
    const FollicleStore& f = s.follicles();
    double alive = 0.0;
    double grow = 0.0;
    double hold = 0.0;
    double len = 0.0;
    for (std::size_t i = 0; i < f.follicle_count(); ++i) {
      if ((f.flags[i] & kTransplanted) == 0U || f.phase[i] == Phase::Lost) {
        continue;
      }
      alive += 1.0;
      grow += f.phase[i] == Phase::Anagen ? 1.0 : 0.0;
      hold += has_shaft(f.phase[i]) ? 1.0 : 0.0;
      len += s.shaft(i).length_um / kUmPerMm;
    }
    growing.push_back(grow / alive);
    holding.push_back(hold / alive);
    length.push_back(len / alive);
  });
  // Week of the first sample where half the grafts have regrown; "percent of final" as hair length x count,
  // relative to week 78 (18 months).
  std::size_t half = 0;
  while (half < growing.size() && growing[half] < 0.5) {
    ++half;
  }
  const double final_mass = length[78];
  std::printf(
      "[ figures  ] grafts holding a shaft: wk0 %.2f, wk2 %.2f, wk4 %.2f; growing: wk8 %.2f, wk13 %.2f, "
      "wk17 %.2f, wk26 %.2f, wk52 %.2f; half regrown at week %zu; length-mass vs 18 mo: 6 mo %.0f%%, "
      "9 mo %.0f%%, 12 mo %.0f%%\n",
      holding[0], holding[2], holding[4], growing[8], growing[13], growing[17], growing[26], growing[52], half,
      100.0 * length[26] / final_mass, 100.0 * length[39] / final_mass, 100.0 * length[52] / final_mass);
  EXPECT_DOUBLE_EQ(holding[0], 1.0);
  EXPECT_LT(holding[4] - growing[4], 0.01);  // every implanted stub shed by 4 weeks
  EXPECT_LT(growing[4], 0.05);               // grafts rest after shedding
  EXPECT_GE(half, 9U);                       // half regrown no earlier than ~2 months
  EXPECT_LE(half, 26U);                      // and no later than 6 months
  EXPECT_GT(growing[52], 0.8);
}

}  // namespace
}  // namespace trichosim::treat
