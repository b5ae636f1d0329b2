#pragma once
#include <array>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/person.hpp"
#include "core/region.hpp"

namespace trichosim::scenario {

/// Where hair is being lost, as the person or the clinician describes it (several may apply).
enum class LossPattern : std::uint8_t { Hairline = 0, Crown = 1, Top = 2, Diffuse = 3, Patchy = 4, WholeScalp = 5 };
inline constexpr std::array<std::string_view, 6> kLossPatternNames = {"hairline", "crown",  "top",
                                                                      "diffuse",  "patchy", "whole_scalp"};

enum class Onset : std::uint8_t { Sudden = 0, Gradual = 1 };
inline constexpr std::array<std::string_view, 2> kOnsetNames = {"sudden", "gradual"};

/// Regions in which a positive pull test was found.
enum class PullRegions : std::uint8_t { Single = 0, Multiple = 1 };
inline constexpr std::array<std::string_view, 2> kPullRegionNames = {"single", "multiple"};

/// A recent life event that can trigger shedding.
enum class LifeEvent : std::uint8_t {
  Childbirth = 0,
  FebrileIllness = 1,
  Surgery = 2,
  Haemorrhage = 3,
  CrashDiet = 4,
  Stress = 5,
  Chemotherapy = 6,
};
inline constexpr std::array<std::string_view, 7> kLifeEventNames = {
    "childbirth", "febrile_illness", "surgery", "haemorrhage", "crash_diet", "stress", "chemotherapy"};

/// Drug classes the reference lists as causes of hair loss (procedures.md 5.1, 5.3), plus "other".
enum class DrugClass : std::uint8_t {
  BetaBlocker = 0,
  Antidepressant = 1,
  Retinoid = 2,
  Anticoagulant = 3,
  Anticonvulsant = 4,
  Antithyroid = 5,
  OralContraceptive = 6,
  Chemotherapy = 7,
  Other = 8,
};
inline constexpr std::array<std::string_view, 9> kDrugClassNames = {
    "beta_blocker", "antidepressant",     "retinoid",     "anticoagulant", "anticonvulsant",
    "antithyroid",  "oral_contraceptive", "chemotherapy", "other"};

enum class ThyroidStatus : std::uint8_t { None = 0, Hypothyroid = 1, Hyperthyroid = 2, Treated = 3 };
inline constexpr std::array<std::string_view, 4> kThyroidNames = {"none", "hypothyroid", "hyperthyroid", "treated"};
/// An untreated hypo- or hyperthyroidism (false when unknown, none or treated).
constexpr bool untreated_thyroid_disorder(std::optional<ThyroidStatus> s) {
  return s == ThyroidStatus::Hypothyroid || s == ThyroidStatus::Hyperthyroid;
}

/// Systemic symptoms that, with hair loss, call for a doctor (a red flag).
inline constexpr std::array<std::string_view, 6> kSystemicSymptomNames = {"fever",      "weight_loss", "night_sweats",
                                                                          "joint_pain", "rash",        "mouth_ulcers"};

/// Which hairs an earlier measurement counted.
enum class CountKind : std::uint8_t { Total = 0, Terminal = 1 };
inline constexpr std::array<std::string_view, 2> kCountKindNames = {"total", "terminal"};

struct RecentEvent {
  LifeEvent type = LifeEvent::Stress;
  double months_ago = 0.0;  ///< 0-600 months before the consultation
};

struct Medication {
  DrugClass drug_class = DrugClass::Other;
  std::optional<double> months_since_start;  ///< 0-600 months
  std::optional<double> months_since_stop;   ///< absent while still taken
  std::optional<double> months_until_stop;   ///< a planned last dose while still taken (e.g. a chemotherapy course)
};

/// An earlier measurement of the same person (target-area count or density) with its date.
struct HistoryPoint {
  double years_ago = 0.0;  ///< 0-30 years before the consultation
  Region site = Region::Crown;
  CountKind kind = CountKind::Total;
  double density_per_cm2 = 0.0;  ///< hairs per cm² (a count is divided by its area)
};

/// Trichoscopy findings (Rakowska 2009 criteria and AA signs); every field optional.
struct Trichoscopy {
  std::optional<double> thin_hair_percent;                   ///< frontal share of hairs < 30 um, %
  std::optional<double> frontal_mean_diameter_um;            ///< um
  std::optional<bool> yellow_dots;                           ///< more yellow dots frontally
  std::optional<double> single_hair_unit_ratio;              ///< frontal / occipital ratio
  std::optional<double> vellus_ratio;                        ///< frontal / occipital ratio
  std::optional<double> perifollicular_discoloration_ratio;  ///< frontal / occipital ratio
  std::optional<bool> exclamation_mark_hairs;
};

/// What the vignette file says should come out (data/vignettes only).
struct VignetteExpectation {
  std::string source;                           ///< the published case or guideline it is written from
  std::string expected_top;                     ///< condition id, e.g. "postpartum"
  std::vector<std::string> expected_red_flags;  ///< red-flag ids, e.g. {"scarring"}
};

/// A validated consultation intake (docs/consultation.md). Absent fields are unknown, never guessed.
struct Intake {
  std::string name;    ///< short title
  std::string source;  ///< file path or "<text>"
  std::string text;    ///< the intake as given (stored with the consultation)
  std::uint64_t seed = 1;
  // person
  Sex sex = Sex::Male;
  double age_years = 30.0;
  std::optional<Ethnicity> ethnicity;
  std::optional<FamilyHistory> family_history;
  // the complaint
  std::optional<Onset> onset;
  std::optional<double> duration_months;
  std::vector<LossPattern> pattern;  ///< empty = unknown
  // shedding
  std::optional<double> hairs_per_day;
  std::optional<double> wash_count;
  std::optional<double> wash_short_hair_percent;
  std::optional<double> comb_count_60s;
  std::optional<double> pull_test_percent;
  std::optional<PullRegions> pull_test_regions;
  // history
  std::optional<std::vector<RecentEvent>> recent_events;  ///< nullopt = not asked; empty = none
  std::optional<std::vector<Medication>> medications;
  // conditions
  std::optional<ThyroidStatus> thyroid;
  std::optional<bool> anaemia;
  std::optional<bool> menopause;
  std::optional<bool> pregnant;
  std::optional<bool> breastfeeding;
  std::optional<bool> pregnancy_plans;
  std::optional<bool> cardiovascular_disease;
  std::optional<bool> low_blood_pressure;
  std::optional<bool> kidney_disease;
  std::vector<std::string> systemic_symptoms;
  // labs
  std::optional<double> ferritin_ng_per_ml;
  std::optional<double> tsh_mu_per_l;
  std::optional<double> vitamin_d_ng_per_ml;
  // scalp signs
  std::optional<bool> itch;
  std::optional<bool> scaling;
  std::optional<bool> redness;
  std::optional<bool> scarring;
  Trichoscopy trichoscopy;
  std::vector<HistoryPoint> history;  ///< ascending years_ago not required
  std::optional<VignetteExpectation> vignette;

  bool has_pattern(LossPattern p) const;
};

/// Largest intake file accepted (bytes).
inline constexpr std::uintmax_t kMaxIntakeBytes = 1U << 20U;

/// Parses and validates a TOML intake; throws InputError naming the field, value and allowed range.
Intake parse_intake_toml(const std::string& text, const std::string& source);

/// Parses and validates a JSON intake with the same fields and messages (null = absent).
Intake parse_intake_json(const std::string& text, const std::string& source);

/// Reads an intake file: JSON when the name ends in .json, TOML otherwise.
Intake load_intake(const std::filesystem::path& path);

}  // namespace trichosim::scenario
