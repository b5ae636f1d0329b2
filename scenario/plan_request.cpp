#include "scenario/plan_request.hpp"

#include <toml++/toml.h>

#include <cmath>
#include <set>
#include <sstream>

#include "core/input_error.hpp"
#include "core/region.hpp"
#include "scenario/plan_parse.hpp"

namespace trichosim::scenario {
namespace {

std::string num(double v) {
  std::ostringstream os;
  os << v;
  return os.str();
}

/// Strict reader of one plan table: numbers in range, choices, unknown keys refused.
class PlanTable {
 public:
  PlanTable(const toml::table& t, std::string path) : t_(t), path_(std::move(path)) {}

  std::string field(const std::string& key) const { return path_ + "." + key; }

  double number(const std::string& key, double min, double max, const char* unit, double fallback) {
    seen_.insert(key);
    if (!t_.contains(key)) {
      return fallback;
    }
    const auto v = t_[key].value<double>();
    if (!v || t_[key].is_boolean()) {
      throw InputError(field(key) + ": must be a number from " + num(min) + " to " + num(max) + " (" + unit + ")");
    }
    if (!std::isfinite(*v) || *v < min || *v > max) {
      throw InputError(field(key) + " = " + num(*v) + ": allowed range is " + num(min) + " to " + num(max) + " (" +
                       unit + ")");
    }
    return *v;
  }

  std::string choice(const std::string& key, std::initializer_list<const char*> allowed, const std::string& fallback) {
    seen_.insert(key);
    if (!t_.contains(key)) {
      return fallback;
    }
    const auto v = t_[key].value<std::string>();
    std::string list;
    for (const char* a : allowed) {
      list += (list.empty() ? "" : ", ") + std::string(a);
      if (v && *v == a) {
        return *v;
      }
    }
    throw InputError(field(key) + (v ? " = \"" + *v + "\"" : std::string()) + ": allowed values are " + list);
  }

  const toml::array* array(const std::string& key) {
    seen_.insert(key);
    if (!t_.contains(key)) {
      return nullptr;
    }
    const toml::array* a = t_[key].as_array();
    if (a == nullptr) {
      throw InputError(field(key) + ": must be a list");
    }
    return a;
  }

  void refuse_unknown() const {
    for (const auto& [k, v] : t_) {
      const std::string key(k.str());
      if (!seen_.contains(key)) {
        std::string accepted;
        for (const auto& s : seen_) {
          accepted += (accepted.empty() ? "" : ", ") + s;
        }
        throw InputError(field(key) + ": unknown key; accepted keys here are " + accepted);
      }
    }
  }

 private:
  const toml::table& t_;
  std::string path_;
  std::set<std::string> seen_;
};

TransplantPlanRequest read_transplant(const toml::table& t, const std::string& path) {
  PlanTable r(t, path);
  TransplantPlanRequest q;
  q.given = true;
  q.method = r.choice("method", {"fue", "fut"}, "fue");
  q.start_years = r.number("start_years", 0.0, 10.0, "year", 0.0);
  q.max_sessions = static_cast<int>(std::lround(r.number("max_sessions", 1.0, 4.0, "sessions", 2.0)));
  r.refuse_unknown();
  return q;
}

SmpPlanRequest read_smp(const toml::table& t, const std::string& path, double depth_min, double depth_max) {
  PlanTable r(t, path);
  SmpPlanRequest q;
  q.given = true;
  q.target_density = r.number("target_density", 0.3, 1.0, "fraction of natural follicular spacing", 1.0);
  q.hairline_y_mm = r.number("hairline_y_mm", 0.0, 60.0, "mm behind the frontal edge of the map", 0.0);
  q.sessions = static_cast<int>(std::lround(r.number("sessions", 2.0, 4.0, "sessions", 3.0)));
  q.interval_days = r.number("interval_days", 7.0, 60.0, "day", 0.0);
  q.start_years = r.number("start_years", 0.0, 10.0, "year", 0.0);
  q.depth_mm = r.number("depth_mm", depth_min, depth_max, "mm", std::min(depth_max, std::max(depth_min, 0.3)));
  if (const toml::array* regions = r.array("regions")) {
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
  if (const toml::array* scars = r.array("scars")) {
    for (std::size_t i = 0; i < scars->size(); ++i) {
      const toml::table* s = (*scars)[i].as_table();
      const std::string where = r.field("scars") + "[" + std::to_string(i) + "]";
      if (s == nullptr) {
        throw InputError(where + ": must be a table ([[plan.smp.scars]])");
      }
      PlanTable sr(*s, where);
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
  r.refuse_unknown();
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
    if (key == "transplant") {
      out.transplant = read_transplant(*t, path);
    } else {
      out.smp = read_smp(*t, path, depth_min_mm, depth_max_mm);
    }
  }
  return out;
}

}  // namespace trichosim::scenario
