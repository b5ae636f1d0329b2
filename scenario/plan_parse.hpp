#pragma once
#include <string>

#include "scenario/plan_request.hpp"

namespace trichosim::scenario {

/// Reads `[plan.transplant]` and `[plan.smp]` from a parsed scenario root (a `toml::table`, passed opaquely so
/// toml++ stays out of headers). Internal to scenario/; throws InputError naming the field, value and range.
PlanRequests read_plan_requests(const void* root_table, const std::string& source, double depth_min_mm,
                                double depth_max_mm);

}  // namespace trichosim::scenario
