#pragma once
#include <nlohmann/json_fwd.hpp>
#include <string>

#include "plan/smp_planner.hpp"
#include "plan/transplant_planner.hpp"

namespace trichosim::plan {

/// Version tags of the plan records (docs/formats.md).
inline constexpr const char* kTransplantPlanFormat = "trichosim-transplant-plan/1";
inline constexpr const char* kSmpPlanFormat = "trichosim-smp-plan/1";

/// The transplant plan as a versioned JSON record.
nlohmann::json transplant_plan_to_json(const TransplantPlan& plan);
/// The transplant plan as readable text.
std::string transplant_plan_to_text(const TransplantPlan& plan);

/// The SMP plan as a versioned JSON record.
nlohmann::json smp_plan_to_json(const SmpPlan& plan);
/// The SMP plan as readable text.
std::string smp_plan_to_text(const SmpPlan& plan);

}  // namespace trichosim::plan
