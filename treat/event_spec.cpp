#include "treat/event_spec.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <sstream>

#include "core/input_error.hpp"

namespace trichosim::treat {
namespace {

std::string format_number(double v) {
  std::ostringstream os;
  os << v;
  return os.str();
}

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items) {
    out += (out.empty() ? "" : ", ") + s;
  }
  return out;
}

/// A field value as the scenario wrote it, for messages.
std::string shown(const FieldValue& v) {
  if (const auto* s = std::get_if<std::string>(&v)) {
    return "\"" + *s + "\"";
  }
  if (const auto* b = std::get_if<bool>(&v)) {
    return *b ? "true" : "false";
  }
  if (const auto* list = std::get_if<std::vector<std::string>>(&v)) {
    std::string out = "[";
    for (const auto& item : *list) {
      out += (out.size() > 1 ? ", \"" : "\"") + item + "\"";
    }
    return out + "]";
  }
  return format_number(std::get<double>(v));
}

}  // namespace

EventSpec::EventSpec(std::string type, std::string where, std::map<std::string, FieldValue> fields)
    : type_(std::move(type)), where_(std::move(where)), fields_(std::move(fields)) {
  used_.emplace_back("type");
}

const FieldValue* EventSpec::find(const std::string& key) const {
  if (std::find(used_.begin(), used_.end(), key) == used_.end()) {
    used_.push_back(key);
  }
  const auto it = fields_.find(key);
  return it == fields_.end() ? nullptr : &it->second;
}

double EventSpec::number(const std::string& key, double min, double max, const char* unit, double fallback) const {
  const FieldValue* v = find(key);
  if (v == nullptr) {
    return fallback;
  }
  const double* d = std::get_if<double>(v);
  if (d == nullptr) {
    throw InputError(where_ + "." + key + " = " + shown(*v) + ": must be a number in " + unit + ", from " +
                     format_number(min) + " to " + format_number(max));
  }
  if (!std::isfinite(*d) || *d < min || *d > max) {
    throw InputError(where_ + "." + key + " = " + format_number(*d) + ": allowed range is " + format_number(min) +
                     " to " + format_number(max) + " (" + unit + ")");
  }
  return *d;
}

double EventSpec::required_number(const std::string& key, double min, double max, const char* unit) const {
  if (!fields_.contains(key)) {
    find(key);
    throw InputError(where_ + "." + key + ": missing; give a number from " + format_number(min) + " to " +
                     format_number(max) + " (" + unit + ")");
  }
  return number(key, min, max, unit, 0.0);
}

std::string EventSpec::choice(const std::string& key, const std::vector<std::string>& allowed,
                              const std::string& fallback) const {
  const FieldValue* v = find(key);
  if (v == nullptr) {
    return fallback;
  }
  const std::string* s = std::get_if<std::string>(v);
  if (s == nullptr || std::find(allowed.begin(), allowed.end(), *s) == allowed.end()) {
    throw InputError(where_ + "." + key + (s != nullptr ? " = \"" + *s + "\"" : std::string()) +
                     ": allowed values are " + join(allowed));
  }
  return *s;
}

bool EventSpec::flag(const std::string& key, bool fallback) const {
  const FieldValue* v = find(key);
  if (v == nullptr) {
    return fallback;
  }
  const bool* b = std::get_if<bool>(v);
  if (b == nullptr) {
    throw InputError(where_ + "." + key + ": must be true or false");
  }
  return *b;
}

RegionMask EventSpec::regions(const std::string& key, RegionMask fallback) const {
  const FieldValue* v = find(key);
  if (v == nullptr) {
    return fallback;
  }
  const auto* list = std::get_if<std::vector<std::string>>(v);
  std::vector<std::string> names(kRegionNames.begin(), kRegionNames.end());
  if (list == nullptr || list->empty()) {
    throw InputError(where_ + "." + key + ": must be a non-empty list of regions from: all, " + join(names));
  }
  RegionMask mask;
  for (const auto& name : *list) {
    if (name == "all") {
      mask = RegionMask::all();
      continue;
    }
    const auto r = parse_region(name);
    if (!r) {
      throw InputError(where_ + "." + key + " contains \"" + name + "\": allowed regions are all, " + join(names));
    }
    mask = mask.with(*r);
  }
  return mask;
}

Day EventSpec::start_day() const {
  constexpr double kMaxYears = 100.0;
  return years_to_days(required_number("start_years", -kMaxYears, kMaxYears, "year"));
}

Day EventSpec::stop_day() const {
  constexpr double kMaxYears = 100.0;
  if (!fields_.contains("stop_years")) {
    find("stop_years");
    return std::numeric_limits<double>::infinity();
  }
  const double start = start_day();
  const double stop = years_to_days(number("stop_years", -kMaxYears, kMaxYears, "year", 0.0));
  if (stop <= start) {
    throw InputError(where_ + ".stop_years = " + format_number(days_to_years(stop)) +
                     ": must be later than start_years = " + format_number(days_to_years(start)));
  }
  return stop;
}

void EventSpec::check_all_used() const {
  for (const auto& [key, value] : fields_) {
    if (std::find(used_.begin(), used_.end(), key) == used_.end()) {
      throw InputError(where_ + ": unknown field \"" + key + "\"; accepted fields are " + join(used_));
    }
  }
}

}  // namespace trichosim::treat
