#pragma once
#include <array>
#include <cstdint>
#include <span>
#include <string_view>

#include "consult/condition.hpp"
#include "core/parameters.hpp"

namespace trichosim::consult {

/// A finding read from the intake that carries diagnostic weight (consult/findings.cpp says when each holds).
enum class Finding : std::uint8_t {
  Female = 0,
  Male = 1,
  Female3060 = 2,
  FrontalVertex = 3,
  Top = 4,
  Diffuse = 5,
  Patchy = 6,
  WholeScalp = 7,
  Sudden = 8,
  Gradual = 9,
  ShortDuration = 10,
  LongDuration = 11,
  HighShedding = 12,
  NormalShedding = 13,
  WashEffluvium = 14,
  WashRaised = 15,
  WashShortHairs = 16,
  CombHigh = 17,
  PullPositive = 18,
  PullNegative = 19,
  PullSingleRegion = 20,
  PullMultipleRegions = 21,
  TriggerInWindow = 22,
  CrashDiet = 23,
  ChildbirthWindow = 24,
  ChemoWindow = 25,
  CulpritDrugWindow = 26,
  CulpritDrugLong = 27,
  ThyroidDisease = 28,
  ThyroidTreated = 29,
  TshAbnormal = 30,
  TshNormal = 31,
  Anaemia = 32,
  FerritinLow = 33,
  FerritinBorderline = 34,
  FerritinAdequate = 35,
  VitaminDDeficient = 36,
  VitaminDSufficient = 37,
  Menopause = 38,
  RakowskaMet = 39,
  RakowskaNotMet = 40,
  ExclamationHairs = 41,
  YellowDots = 42,
};
inline constexpr std::size_t kFindingCount = 43;
inline constexpr std::array<std::string_view, kFindingCount> kFindingIds = {"female",
                                                                            "male",
                                                                            "female_30_60",
                                                                            "frontal_vertex",
                                                                            "top",
                                                                            "diffuse",
                                                                            "patchy",
                                                                            "whole_scalp",
                                                                            "sudden",
                                                                            "gradual",
                                                                            "short_duration",
                                                                            "long_duration",
                                                                            "high_shedding",
                                                                            "normal_shedding",
                                                                            "wash_effluvium",
                                                                            "wash_raised",
                                                                            "wash_short_hairs",
                                                                            "comb_high",
                                                                            "pull_positive",
                                                                            "pull_negative",
                                                                            "pull_single_region",
                                                                            "pull_multiple_regions",
                                                                            "trigger_in_window",
                                                                            "crash_diet",
                                                                            "childbirth_window",
                                                                            "chemo_window",
                                                                            "culprit_drug_window",
                                                                            "culprit_drug_long",
                                                                            "thyroid_disease",
                                                                            "thyroid_treated",
                                                                            "tsh_abnormal",
                                                                            "tsh_normal",
                                                                            "anaemia",
                                                                            "ferritin_low",
                                                                            "ferritin_borderline",
                                                                            "ferritin_adequate",
                                                                            "vitamin_d_deficient",
                                                                            "vitamin_d_sufficient",
                                                                            "menopause",
                                                                            "rakowska_met",
                                                                            "rakowska_not_met",
                                                                            "exclamation_hairs",
                                                                            "yellow_dots"};

constexpr std::string_view finding_id(Finding f) { return kFindingIds[static_cast<std::size_t>(f)]; }

/// One scoring rule: when `finding` holds, the registry weight `weight` (log-odds) is added to `condition`.
struct DiagnosisRule {
  Finding finding;
  Condition condition;
  Param weight;
};

/// Every scoring rule, in registry order (the table docs/consultation.md describes).
std::span<const DiagnosisRule> diagnosis_rules();

/// The base log-odds of each condition (registry consult.prior_*).
Param prior_of(Condition c);

}  // namespace trichosim::consult
