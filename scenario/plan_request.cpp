#include "scenario/plan_request.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "core/input_error.hpp"
#include "core/region.hpp"
#include "scenario/plan_parse.hpp"
#include "scenario/toml_fields.hpp"

namespace trichosim::scenario {
namespace {

using detail::Fields;

TransplantPlanRequest read_transplant(Fields& r) {
  TransplantPlanRequest q;
  q.given = true;
  q.method = r.choice("method", {"fue", "fut"}, "fue");
  q.start_years = r.number("start_years", 0.0, 10.0, "year", 0.0);
  q.max_sessions = static_cast<int>(std::lround(r.number("max_sessions", 1.0, 4.0, "sessions", 2.0)));
  return q;
}

SmpPlanRequest read_smp(Fields& r, const std::string& source, double depth_min, double depth_max) {
  SmpPlanRequest q;
  q.given = true;
  q.target_density = r.number("target_density", 0.3, 1.0, "fraction of natural follicular spacing", 1.0);
  q.hairline_y_mm = r.number("hairline_y_mm", 0.0, 60.0, "mm behind the frontal edge of the map", 0.0);
  q.sessions = static_cast<int>(std::lround(r.number("sessions", 2.0, 4.0, "sessions", 3.0)));
  q.interval_days = r.number("interval_days", 7.0, 60.0, "day", 0.0);
  q.start_years = r.number("start_years", 0.0, 10.0, "year", 0.0);
  q.depth_mm = r.number("depth_mm", depth_min, depth_max, "mm", std::min(depth_max, std::max(depth_min, 0.3)));
  if (const toml::array* regions = r.list("regions")) {
    for (std::size_t i = 0; i < regions->size(); ++i) {
      const auto name = (*regions)[i].value<std::string>();
      if (!name || !parse_region(*name) || *name == "occipital") {
        throw InputError(r.field("regions") + "[" + std::to_string(i) + "]" + (name ? " = \"" + *name + "\"" : "") +
                         ": allowed regions are frontal_hairline, mid_scalp, crown, temporal_left, temporal_right, "
                         "parietal_left, parietal_right");
      }
      q.regions.push_back(*name);
    }
  }
  if (const toml::array* scars = r.tables("scars")) {
    for (std::size_t i = 0; i < scars->size(); ++i) {
      Fields sr((*scars)[i].as_table(), "plan.smp.scars[" + std::to_string(i) + "]", source);
      ScarArea a;
      a.name = sr.choice("kind", {"fut_strip", "fue_donor", "burn", "surgical", "trauma", "other"}, "other");
      a.x_mm = sr.number("x_mm", -150.0, 150.0, "mm, left (-) to right (+)", 0.0);
      a.y_mm = sr.number("y_mm", 0.0, 300.0, "mm behind the frontal hairline", 0.0);
      a.width_mm = sr.number("width_mm", 1.0, 300.0, "mm", 10.0);
      a.height_mm = sr.number("height_mm", 1.0, 300.0, "mm", 5.0);
      sr.refuse_unknown();
      q.scars.push_back(a);
    }
  }
  return q;
}

}  // namespace

PlanRequests read_plan_requests(const void* root_table, const std::string& source, double depth_min_mm,
                                double depth_max_mm) {
  const auto& root = *static_cast<const toml::table*>(root_table);
  PlanRequests out;
  if (!root.contains("plan")) {
    return out;
  }
  const toml::table* plan = root["plan"].as_table();
  if (plan == nullptr) {
    throw InputError(source + ": plan must be a table ([plan.transplant] or [plan.smp])");
  }
  for (const auto& [k, node] : *plan) {
    const std::string key(k.str());
    const toml::table* t = node.as_table();
    const std::string path = source + ": plan." + key;
    if (key != "transplant" && key != "smp") {
      throw InputError(path + ": unknown key; accepted keys here are smp, transplant");
    }
    if (t == nullptr) {
      throw InputError(path + ": must be a table ([plan." + key + "])");
    }
    Fields r(t, "plan." + key, source);
    if (key == "transplant") {
      out.transplant = read_transplant(r);
    } else {
      out.smp = read_smp(r, source, depth_min_mm, depth_max_mm);
    }
    r.refuse_unknown();
  }
  return out;
}

}  // namespace trichosim::scenario
