#include "plan/plan_output.hpp"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

namespace trichosim::plan {
namespace {

nlohmann::json costs_json(const std::vector<CostItem>& costs, const std::string& currency) {
  nlohmann::json out = nlohmann::json::array();
  double total = 0.0;
  for (const auto& c : costs) {
    total += c.amount;
    out.push_back(
        {{"years", c.years}, {"what", c.what}, {"amount", c.amount}, {"cumulative", total}, {"currency", currency}});
  }
  return out;
}

std::string costs_text(const std::vector<CostItem>& costs, const std::string& currency) {
  std::string out = "Cost over time:\n";
  double total = 0.0;
  for (const auto& c : costs) {
    total += c.amount;
    out +=
        fmt::format("  year {:5.2f}  {:<44} {:>9.0f} {}  (total {:.0f})\n", c.years, c.what, c.amount, currency, total);
  }
  return out;
}

std::string lines(const char* title, const std::vector<std::string>& items) {
  std::string out;
  for (const auto& i : items) {
    out += fmt::format("  {}: {}\n", title, i);
  }
  return out;
}

}  // namespace

nlohmann::json transplant_plan_to_json(const TransplantPlan& plan) {
  nlohmann::json j;
  j["format"] = kTransplantPlanFormat;
  j["person"] = plan.person;
  j["young"] = plan.young;
  j["method"] = plan.method == treat::TransplantMethod::Fut ? "fut" : "fue";
  j["medical_treatment_in_scenario"] = plan.medical_given;
  j["donor"] = {{"donor_units", plan.budget.donor_units},
                {"lifetime_safe_grafts", plan.budget.lifetime},
                {"per_session_safe_grafts", plan.budget.per_session},
                {"reserve_grafts", plan.budget.reserve},
                {"grafts_needed_at_20_years", plan.grafts_needed_future}};
  for (const auto& n : plan.needs) {
    j["regions"].push_back({{"region", region_name(n.region)},
                            {"area_cm2", n.area_cm2},
                            {"density_fraction_now", n.fraction_now},
                            {"density_fraction_20_years", n.fraction_future},
                            {"planned", n.include},
                            {"reason", n.reason}});
  }
  j["sessions"] = nlohmann::json::array();
  for (const auto& s : plan.allocation.sessions) {
    nlohmann::json sj = {{"years", s.years}, {"grafts", s.total()}};
    for (const auto& r : s.regions) {
      sj["regions"].push_back({{"region", region_name(r.region)}, {"grafts", r.grafts}});
    }
    j["sessions"].push_back(sj);
  }
  j["grafts_total"] = plan.allocation.total;
  for (const auto& c : plan.checks) {
    nlohmann::json cj = {{"years", c.years}, {"age_years", c.age_years}, {"islands", c.islands}};
    for (const auto& r : c.regions) {
      cj["regions"].push_back({{"region", region_name(r.region)},
                               {"density_per_cm2", r.density_per_cm2},
                               {"fraction_of_original", r.fraction_of_original},
                               {"transplanted", r.transplanted}});
    }
    j["natural_look_checks"].push_back(cj);
  }
  j["advice"] = plan.advice;
  j["warnings"] = plan.warnings;
  j["costs"] = costs_json(plan.costs, plan.currency);
  return j;
}

std::string transplant_plan_to_text(const TransplantPlan& plan) {
  std::string out = fmt::format("Transplant plan for {} ({})\n", plan.person,
                                plan.method == treat::TransplantMethod::Fut ? "FUT" : "FUE");
  out += fmt::format("Donor: {} occipital units; safe lifetime harvest {} grafts, {} per session; reserve {}\n",
                     plan.budget.donor_units, plan.budget.lifetime, plan.budget.per_session, plan.budget.reserve);
  out += "Regions (density as % of original, now -> +20 y):\n";
  for (const auto& n : plan.needs) {
    out += fmt::format("  {:<17} {:5.1f} cm2  {:4.0f}% -> {:4.0f}%  {}\n", region_name(n.region), n.area_cm2,
                       100.0 * n.fraction_now, 100.0 * n.fraction_future, n.reason);
  }
  out += fmt::format("Sessions ({} grafts in all):\n", plan.allocation.total);
  for (const auto& s : plan.allocation.sessions) {
    out += fmt::format("  year {:5.2f}: {} grafts:", s.years, s.total());
    for (const auto& r : s.regions) {
      out += fmt::format(" {} {}", region_name(r.region), r.grafts);
    }
    out += "\n";
  }
  for (const auto& c : plan.checks) {
    out += fmt::format("Look at age {:.0f}:", c.age_years);
    for (const auto& r : c.regions) {
      out += fmt::format(" {}{} {:.0f}%", region_name(r.region), r.transplanted ? "*" : "",
                         100.0 * r.fraction_of_original);
    }
    out += c.islands.empty() ? "  (natural)\n" : "  (ISLAND)\n";
  }
  out += lines("advice", plan.advice) + lines("warning", plan.warnings);
  out += costs_text(plan.costs, plan.currency);
  return out;
}

nlohmann::json smp_plan_to_json(const SmpPlan& plan) {
  nlohmann::json j;
  j["format"] = kSmpPlanFormat;
  j["person"] = plan.person;
  j["hairline_y_mm"] = plan.hairline_y_mm;
  j["depth_mm"] = plan.depth_mm;
  j["total_dots"] = plan.total_dots;
  for (std::size_t a = 0; a < plan.areas.size(); ++a) {
    j["areas"].push_back({{"name", plan.areas[a].name},
                          {"scar", plan.areas[a].scar},
                          {"area_cm2", plan.areas[a].area_cm2},
                          {"target_dots", plan.areas[a].target_dots},
                          {"touch_up_years", plan.touch_up_years_by_area[a]}});
  }
  for (const auto& s : plan.sessions) {
    j["sessions"].push_back({{"number", s.number},
                             {"years", s.years},
                             {"density_fraction", s.density_fraction},
                             {"shade_contrast", s.shade},
                             {"dots_per_area", s.dots},
                             {"cost", s.cost}});
  }
  for (const auto& l : plan.looks) {
    j["looks"].push_back(
        {{"when", l.when}, {"years", l.years}, {"visual_density_score", l.score}, {"score_per_area", l.area_score}});
  }
  j["touch_up_years"] = plan.touch_up_years;
  j["advice"] = plan.advice;
  j["warnings"] = plan.warnings;
  j["costs"] = costs_json(plan.costs, plan.currency);
  return j;
}

std::string smp_plan_to_text(const SmpPlan& plan) {
  std::string out = fmt::format("Scalp micropigmentation plan for {}\n", plan.person);
  out += fmt::format("Hairline {:.0f} mm behind the frontal edge; pigment depth {:.2f} mm; {} dots\nAreas:",
                     plan.hairline_y_mm, plan.depth_mm, plan.total_dots);
  for (const auto& a : plan.areas) {
    out += fmt::format(" {} ({:.1f} cm2)", a.name, a.area_cm2);
  }
  out += "\nSessions:\n";
  for (const auto& s : plan.sessions) {
    std::size_t dots = 0;
    for (auto d : s.dots) {
      dots += d;
    }
    out += fmt::format("  {}: year {:.3f}, shade contrast {:.2f} ({}), {} dots, density to {:.0f}% of target\n",
                       s.number, s.years, s.shade,
                       s.number == 1    ? "lightest"
                       : s.shade >= 1.0 ? "darkest"
                                        : "darker",
                       dots, 100.0 * s.density_fraction);
  }
  out += "Expected look (visual density score 0-10):\n";
  for (const auto& l : plan.looks) {
    out += fmt::format("  {:<48} {:4.1f}\n", l.when, l.score);
  }
  out += fmt::format("Touch-up due at year {:.1f}\n", plan.touch_up_years);
  out += lines("advice", plan.advice) + lines("warning", plan.warnings);
  out += costs_text(plan.costs, plan.currency);
  return out;
}

}  // namespace trichosim::plan
