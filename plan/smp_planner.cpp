#include "plan/smp_planner.hpp"

#include <fmt/format.h>

#include <cmath>

#include "core/input_error.hpp"
#include "plan/scalp_forecast.hpp"

namespace trichosim::plan {
namespace {

bool in_ellipse(const scenario::ScarArea& a, MapPoint p) {
  const double dx = (p.x_mm - a.x_mm) / (0.5 * a.width_mm);
  const double dy = (p.y_mm - a.y_mm) / (0.5 * a.height_mm);
  return dx * dx + dy * dy <= 1.0;
}

// Follicular units per cm² with at least one visible (non-vellus) shaft, per area.
std::vector<double> hair_units_per_cm2(const Simulation& sim, const std::function<int(MapPoint)>& area_of,
                                       const std::vector<SmpArea>& areas) {
  const FollicleStore& s = sim.follicles();
  const double vellus_max = sim.parameters()[Param::shaft_vellus_max_diameter_um];
  std::vector<std::uint8_t> visible(s.unit_count(), 0);
  for (std::size_t i = 0; i < s.follicle_count(); ++i) {
    if (sim.holds_hair(i) && sim.shaft(i).diameter_um >= vellus_max) {
      visible[s.unit[i]] = 1;
    }
  }
  std::vector<double> count(areas.size(), 0.0);
  for (std::size_t u = 0; u < s.unit_count(); ++u) {
    if (visible[u] != 0) {
      const int a = area_of(s.unit_position(u));
      if (a >= 0) {
        count[static_cast<std::size_t>(a)] += 1.0;
      }
    }
  }
  for (std::size_t a = 0; a < areas.size(); ++a) {
    count[a] = areas[a].area_cm2 > 0.0 ? count[a] / areas[a].area_cm2 : 0.0;
  }
  return count;
}

}  // namespace

SmpPlan plan_smp(const scenario::Scenario& s, const scenario::PriceTable& prices) {
  const auto& q = s.plan.smp;
  if (!q.given) {
    throw InputError(s.source +
                     ": plan.smp: missing; add a [plan.smp] table (target_density, hairline_y_mm, "
                     "sessions, scars)");
  }
  const Parameters& p = s.parameters;
  SmpPlan plan;
  plan.person = fmt::format("{}, {:.0f} y", kSexNames[static_cast<std::size_t>(s.person.sex)], s.person.age_years);
  plan.currency = prices.currency;
  plan.hairline_y_mm = q.hairline_y_mm;
  plan.depth_mm = q.depth_mm;
  const double t0 = q.start_years;
  const double interval = q.interval_days > 0.0 ? q.interval_days : p[Param::smp_session_interval_days];
  const Day last_day = years_to_days(t0) + interval * (q.sessions - 1);
  const double last_years = days_to_years(last_day);

  // Hair now and later (the scenario's events included): which regions to pigment, and what hair adds.
  Simulation sim(s.person, p, {s.seed, 1}, scenario_interventions(s, "transplant"));
  const measure::ScalpSummary original = measure::summarise(sim);
  const std::vector<double> later = {last_years + 0.5, last_years + 5.0, last_years + 10.0};
  const std::vector<Day> days = {years_to_days(t0), years_to_days(later[0]), years_to_days(later[1]),
                                 years_to_days(later[2])};
  std::vector<Region> area_region;
  std::vector<SmpArea> areas;
  std::unique_ptr<SmpPattern> pattern_ptr;
  std::vector<std::vector<double>> hair;
  const ScalpGeometry& geometry = sim.geometry();
  const std::size_t scar_count = q.scars.size();
  const std::function<int(MapPoint)> area_of = [&](MapPoint pt) {
    for (std::size_t k = 0; k < scar_count; ++k) {
      if (in_ellipse(q.scars[k], pt)) {
        return static_cast<int>(k);
      }
    }
    if (pt.y_mm < q.hairline_y_mm) {
      return -1;
    }
    const Region r = geometry.region_of(pt);
    for (std::size_t k = 0; k < area_region.size(); ++k) {
      if (area_region[k] == r) {
        return static_cast<int>(scar_count + k);
      }
    }
    return -1;
  };
  std::vector<SmpSessionSpec> specs;
  for (int k = 1; k <= q.sessions; ++k) {
    specs.push_back({years_to_days(t0) + interval * (k - 1), cumulative_fraction(k, q.sessions, p),
                     session_shade(k, q.sessions, p)});
  }
  sim.run(days, 1.0, [&](const Simulation& live, Day day) {
    if (day == days[0]) {
      const measure::ScalpSummary now = measure::summarise(live);
      if (q.regions.empty()) {
        for (Region r : restoration_priority()) {
          if (now[r].density_per_cm2 < p[Param::plan_cosmetic_density_fraction] * original[r].density_per_cm2) {
            area_region.push_back(r);
          }
        }
      } else {
        for (const auto& name : q.regions) {
          area_region.push_back(*parse_region(name));
        }
      }
      for (const auto& scar : q.scars) {
        areas.push_back({"scar: " + scar.name, true, 0, 0.0});
      }
      for (Region r : area_region) {
        areas.push_back({std::string(region_name(r)), false, 0, 0.0});
      }
      if (areas.empty()) {
        return;
      }
      pattern_ptr = std::make_unique<SmpPattern>(geometry, areas, area_of, q.target_density, q.depth_mm, specs, p);
    }
    if (pattern_ptr) {
      hair.push_back(hair_units_per_cm2(live, area_of, pattern_ptr->areas()));
    }
  });
  if (!pattern_ptr) {
    plan.advice.push_back("no region is below the cosmetic threshold and no scar is given: no SMP is needed now");
    return plan;
  }
  const SmpPattern& pattern = *pattern_ptr;
  plan.areas = pattern.areas();
  plan.total_dots = pattern.dots().size();
  const std::vector<Day> later_days(days.begin() + 1, days.end());

  // Expected looks: after each session (immediately, and healed just before the next), then later.
  const PigmentFading fading(p);
  double total_area = 0.0;
  for (const auto& a : plan.areas) {
    total_area += a.area_cm2;
  }
  auto look = [&](std::string when, Day t, const std::vector<double>& hair_now, bool with_hair) {
    SmpLook l;
    l.when = std::move(when);
    l.years = days_to_years(t);
    for (std::size_t a = 0; a < plan.areas.size(); ++a) {
      const double score = pattern.visual_density_score(a, t, fading, with_hair ? hair_now[a] : 0.0);
      l.area_score.push_back(score);
      l.score += total_area > 0.0 ? score * plan.areas[a].area_cm2 / total_area : 0.0;
    }
    return l;
  };
  const double full_price = (q.scars.size() == plan.areas.size()) ? prices.amount("smp_scar_treatment")
                                                                  : prices.amount("smp_full_scalp_treatment");
  for (int k = 1; k <= q.sessions; ++k) {
    const auto& spec = specs[static_cast<std::size_t>(k - 1)];
    SmpSessionPlan sp;
    sp.number = k;
    sp.years = days_to_years(spec.day);
    sp.density_fraction = spec.cumulative_fraction;
    sp.shade = spec.shade;
    for (std::size_t a = 0; a < plan.areas.size(); ++a) {
      sp.dots.push_back(pattern.dots_placed(static_cast<std::size_t>(k - 1), a));
    }
    sp.cost = full_price / q.sessions;
    plan.sessions.push_back(sp);
    plan.costs.push_back({sp.years, fmt::format("SMP session {}", k), sp.cost});
    plan.looks.push_back(look(fmt::format("after session {} (immediately)", k), spec.day, hair[0], true));
    const Day healed =
        k < q.sessions ? specs[static_cast<std::size_t>(k)].day - 1e-6 : spec.day + fading.healing_days();
    plan.looks.push_back(look(fmt::format("after session {} (healed)", k), healed, hair[0], true));
  }
  plan.looks.push_back(look("after the last session (immediately), pigment only", specs.back().day, hair[0], false));
  plan.looks.push_back(look("6 months after the last session", later_days[0], hair[1], true));
  plan.looks.push_back(look("6 months after the last session, pigment only", later_days[0], hair[1], false));
  plan.looks.push_back(look("5 years after the last session", later_days[1], hair[2], true));
  plan.looks.push_back(look("10 years after the last session", later_days[2], hair[3], true));

  // Touch-up: when the pigment's score falls below smp.touch_up_fraction of its healed value (monthly search).
  const Day healed_day = last_day + fading.healing_days();
  const double threshold = p[Param::smp_touch_up_fraction];
  auto touch_up = [&](const std::function<double(Day)>& score) {
    const double healed_score = score(healed_day);
    constexpr double kMonth = kDaysPerYear / 12.0;
    constexpr int kMaxMonths = 12 * 40;
    for (int m = 1; m <= kMaxMonths; ++m) {
      const Day t = healed_day + kMonth * m;
      if (score(t) < threshold * healed_score) {
        return days_to_years(t);
      }
    }
    return days_to_years(healed_day + kMonth * kMaxMonths);
  };
  std::vector<double> none(plan.areas.size(), 0.0);
  plan.touch_up_years = touch_up([&](Day t) { return look("", t, none, false).score; });
  for (std::size_t a = 0; a < plan.areas.size(); ++a) {
    plan.touch_up_years_by_area.push_back(
        touch_up([&](Day t) { return pattern.visual_density_score(a, t, fading, 0.0); }));
  }
  plan.costs.push_back({plan.touch_up_years, "SMP touch-up", full_price * prices.amount("smp_touch_up_share")});

  // Advice and warnings.
  plan.advice.push_back(
      fmt::format("{} sessions {:.0f} days apart, lighter to darker shade, building {} dots to {:.0f}% "
                  "of natural follicular spacing; touch-up due about {:.1f} years after the first session",
                  q.sessions, interval, plan.total_dots, 100.0 * q.target_density, plan.touch_up_years - t0));
  if (q.depth_mm > 0.5) {
    plan.warnings.push_back(
        fmt::format("depth {:.2f} mm is deeper than 0.5 mm: dots blur and shift blue (procedures.md 2)", q.depth_mm));
  }
  if (!q.scars.empty() && q.sessions < 4) {
    plan.warnings.push_back(
        "scar tissue holds pigment less well (fades about 1.8x faster): a fourth session is common");
  }
  const double drop =
      plan.looks[plan.looks.size() - 1].score - plan.looks[static_cast<std::size_t>(2 * q.sessions - 1)].score;
  if (drop < -1.0) {
    plan.warnings.push_back(
        fmt::format("hair loss continues under the pattern: the combined score falls by {:.1f} points "
                    "over 10 years; SMP is not advised while loss is very active (Traquina 2001)",
                    -drop));
  }
  return plan;
}

}  // namespace trichosim::plan
