#include "plan/transplant_planner.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/input_error.hpp"
#include "plan/scalp_forecast.hpp"

namespace trichosim::plan {
namespace {

double fraction(const measure::ScalpSummary& now, const measure::ScalpSummary& original, Region r) {
  const double o = original[r].density_per_cm2;
  return o > 0.0 ? now[r].density_per_cm2 / o : 0.0;
}

std::string pct(double f) { return fmt::format("{:.0f}%", 100.0 * f); }

}  // namespace

const std::vector<Region>& restoration_priority() {
  static const std::vector<Region> kOrder = {Region::FrontalHairline, Region::MidScalp, Region::TemporalLeft,
                                             Region::TemporalRight,   Region::Crown,    Region::ParietalLeft,
                                             Region::ParietalRight};
  return kOrder;
}

std::vector<Region> neighbours(Region r) {
  using R = Region;
  switch (r) {
    case R::FrontalHairline:
      return {R::MidScalp, R::TemporalLeft, R::TemporalRight};
    case R::MidScalp:
      return {R::FrontalHairline, R::Crown, R::TemporalLeft, R::TemporalRight, R::ParietalLeft, R::ParietalRight};
    case R::Crown:
      return {R::MidScalp, R::ParietalLeft, R::ParietalRight};
    case R::TemporalLeft:
      return {R::FrontalHairline, R::MidScalp, R::ParietalLeft};
    case R::TemporalRight:
      return {R::FrontalHairline, R::MidScalp, R::ParietalRight};
    case R::ParietalLeft:
      return {R::MidScalp, R::Crown, R::TemporalLeft};
    case R::ParietalRight:
      return {R::MidScalp, R::Crown, R::TemporalRight};
    case R::Occipital:
      return {};
  }
  return {};
}

TransplantPlan plan_transplant(const scenario::Scenario& s, const scenario::PriceTable& prices) {
  const auto& q = s.plan.transplant;
  if (!q.given) {
    throw InputError(s.source +
                     ": plan.transplant: missing; add a [plan.transplant] table (method, start_years, "
                     "max_sessions)");
  }
  const Parameters& p = s.parameters;
  TransplantPlan plan;
  plan.age_years = s.person.age_years;
  plan.person = fmt::format("{}, {:.0f} y", kSexNames[static_cast<std::size_t>(s.person.sex)], s.person.age_years);
  plan.young = s.person.age_years + q.start_years < p[Param::plan_young_age_years];
  plan.method = q.method == "fut" ? treat::TransplantMethod::Fut : treat::TransplantMethod::Fue;
  plan.currency = prices.currency;
  const double cosmetic = p[Param::plan_cosmetic_density_fraction];
  const double fu = p[Param::transplant_recipient_fu_per_cm2];
  const double t0 = q.start_years;
  const std::vector<double> years = {t0, t0 + 10.0, t0 + 20.0};

  // 1. Forecasts of loss without and with the scenario's medical regimen.
  const ScalpForecast untreated = forecast_scalp(s, {}, years);
  auto medical = scenario_interventions(s, "transplant");
  plan.medical_given = !medical.empty();
  const ScalpForecast treated = plan.medical_given ? forecast_scalp(s, std::move(medical), years) : untreated;

  // 2. Donor budget and regional needs.
  plan.budget = donor_budget(untreated.donor_units, p, plan.young);
  for (Region r : restoration_priority()) {
    RegionNeed n;
    n.region = r;
    n.area_cm2 = treated.original[r].area_cm2;
    n.fraction_now = fraction(treated.at(0), treated.original, r);
    n.fraction_future = fraction(treated.at(2), treated.original, r);
    const double at10 = fraction(treated.at(1), treated.original, r);
    if (n.fraction_future < cosmetic) {
      plan.grafts_needed_future += n.grafts_to_cover(n.fraction_future, fu);
    }
    if (plan.young && r == Region::Crown) {
      n.reason = "not planned: crown work in a young patient chases loss that will spread (procedures.md 3.6)";
    } else if (n.fraction_now < cosmetic) {
      n.include = true;
      n.reason = fmt::format("planned: {} of original density now (threshold {})", pct(n.fraction_now), pct(cosmetic));
    } else if (!plan.young && at10 < cosmetic) {
      n.include = true;
      n.reason = fmt::format("planned ahead: {} now, forecast {} at +10 y", pct(n.fraction_now), pct(at10));
    } else {
      n.reason = fmt::format("not planned: {} now, {} forecast at +20 y", pct(n.fraction_now), pct(n.fraction_future));
    }
    plan.needs.push_back(n);
  }
  plan.allocation =
      allocate_grafts(plan.needs, plan.budget, fu, t0, p[Param::plan_session_interval_years], q.max_sessions);

  // 3. The natural-look check: the plan simulated with the medical regimen to +10 and +20 years.
  auto with_plan = scenario_interventions(s, "transplant");
  RegionMask recipients;
  for (const auto& session : plan.allocation.sessions) {
    for (const auto& rg : session.regions) {
      recipients = recipients.with(rg.region);
      with_plan.push_back(std::make_unique<treat::Transplant>(plan.method, rg.grafts, RegionMask::of(rg.region),
                                                              years_to_days(session.years), fu, p));
    }
  }
  const std::vector<double> check_years = {t0 + 10.0, t0 + 20.0};
  const ScalpForecast after = forecast_scalp(s, std::move(with_plan), check_years);
  const double ratio = p[Param::plan_island_density_ratio];
  for (std::size_t k = 0; k < check_years.size(); ++k) {
    LookCheck c;
    c.years = check_years[k];
    c.age_years = s.person.age_years + check_years[k];
    for (Region r : restoration_priority()) {
      c.regions.push_back(
          {r, after.at(k)[r].density_per_cm2, fraction(after.at(k), after.original, r), recipients.contains(r)});
    }
    for (Region r : restoration_priority()) {
      if (!recipients.contains(r)) {
        continue;
      }
      for (Region n : neighbours(r)) {
        const double dn = after.at(k)[n].density_per_cm2;
        if (!recipients.contains(n) && fraction(after.at(k), after.original, n) < cosmetic &&
            after.at(k)[r].density_per_cm2 > ratio * dn) {
          c.islands.push_back(fmt::format(
              "at age {:.0f}: transplanted {} ({:.0f} hairs/cm2) stands out against thinned {} ({:.0f} hairs/cm2, {} "
              "of original) by more than {:.1f}x",
              c.age_years, region_name(r), after.at(k)[r].density_per_cm2, region_name(n), dn,
              pct(fraction(after.at(k), after.original, n)), ratio));
        }
      }
    }
    plan.checks.push_back(std::move(c));
  }

  // 4. Advice and warnings, each with its reason.
  const double age = s.person.age_years + t0;
  if (plan.young) {
    plan.warnings.push_back(fmt::format(
        "young: at {:.0f} (below {:.0f}) the final extent of loss is unknown; the plan keeps {} of {} lifetime grafts "
        "in reserve and leaves the crown alone",
        age, p[Param::plan_young_age_years], plan.budget.reserve, plan.budget.lifetime));
  } else {
    plan.advice.push_back(fmt::format(
        "at {:.0f} the pattern is largely expressed; the plan may also cover regions forecast to fall below {} of "
        "original density within 10 years",
        age, pct(cosmetic)));
  }
  if (plan.grafts_needed_future > plan.budget.lifetime) {
    plan.warnings.push_back(fmt::format(
        "forecast loss exceeds donor supply: covering every region below {} of original density at age {:.0f} needs "
        "about {} grafts, the lifetime safe harvest is {} ({} of {} donor units)",
        pct(cosmetic), age + 20.0, plan.grafts_needed_future, plan.budget.lifetime,
        pct(p[Param::transplant_donor_lifetime_extraction_fraction]), plan.budget.donor_units));
  }
  for (const auto& c : plan.checks) {
    for (const auto& island : c.islands) {
      plan.warnings.push_back("unnatural result " + island);
    }
  }
  const double loss_untreated = untreated.at(2).whole().density_per_cm2 - untreated.at(0).whole().density_per_cm2;
  const double loss_treated = treated.at(2).whole().density_per_cm2 - treated.at(0).whole().density_per_cm2;
  if (plan.medical_given) {
    plan.advice.push_back(
        fmt::format("with the scenario's medical treatment the whole-scalp density changes by {:+.0f} "
                    "hairs/cm2 over 20 years, against {:+.0f} without; the plan assumes the treatment "
                    "continues",
                    loss_treated, loss_untreated));
  } else {
    plan.warnings.push_back(fmt::format(
        "no medical treatment in the scenario: the plan assumes untreated loss ({:+.0f} hairs/cm2 over 20 years); add "
        "the regimen as [[events]] to plan against treated loss",
        loss_untreated));
  }
  if (plan.allocation.total == 0) {
    plan.advice.push_back("no region is below the cosmetic threshold: no transplant is advised now");
  } else if (plan.allocation.total < plan.allocation.requested) {
    plan.advice.push_back(
        fmt::format("the planned {} grafts cover {} of the {} the planned regions would need; "
                    "coverage is traded for density to save donor hair",
                    plan.allocation.total,
                    pct(static_cast<double>(plan.allocation.total) / static_cast<double>(plan.allocation.requested)),
                    plan.allocation.requested));
  }
  const std::string key =
      plan.method == treat::TransplantMethod::Fut ? "transplant_fut_per_graft" : "transplant_fue_per_graft";
  for (const auto& session : plan.allocation.sessions) {
    plan.costs.push_back({session.years, fmt::format("transplant session, {} grafts ({})", session.total(), q.method),
                          static_cast<double>(session.total()) * prices.amount(key)});
  }
  return plan;
}

}  // namespace trichosim::plan
