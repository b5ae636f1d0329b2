#pragma once
#include <array>
#include <cstdint>
#include <string_view>

namespace trichosim::consult {

/// The conditions the differential diagnosis scores (docs/consultation.md).
enum class Condition : std::uint8_t {
  AgaMale = 0,          ///< androgenetic alopecia, male pattern (Norwood-Hamilton)
  AgaFemale = 1,        ///< androgenetic alopecia, female pattern (Ludwig/Sinclair)
  AcuteTe = 2,          ///< acute telogen effluvium (< 6 months)
  ChronicTe = 3,        ///< chronic telogen effluvium (> 6 months)
  Postpartum = 4,       ///< postpartum effluvium
  AnagenEffluvium = 5,  ///< anagen effluvium (chemotherapy)
  Nutritional = 6,      ///< iron / vitamin D / protein deficiency
  Thyroid = 7,          ///< hypo- or hyperthyroidism
  DrugInduced = 8,      ///< medication-induced loss
  AlopeciaAreata = 9,
};
inline constexpr std::size_t kConditionCount = 10;

inline constexpr std::array<std::string_view, kConditionCount> kConditionIds = {
    "aga_male",         "aga_female",  "acute_te", "chronic_te",   "postpartum",
    "anagen_effluvium", "nutritional", "thyroid",  "drug_induced", "alopecia_areata"};

/// Plain-language names for summaries.
inline constexpr std::array<std::string_view, kConditionCount> kConditionLabels = {
    "androgenetic alopecia, male pattern",
    "androgenetic alopecia, female pattern",
    "acute telogen effluvium",
    "chronic telogen effluvium",
    "postpartum effluvium",
    "anagen effluvium (chemotherapy)",
    "nutritional hair loss (iron, vitamin D, protein)",
    "thyroid-related hair loss",
    "drug-induced hair loss",
    "alopecia areata"};

constexpr std::string_view condition_id(Condition c) { return kConditionIds[static_cast<std::size_t>(c)]; }
constexpr std::string_view condition_label(Condition c) { return kConditionLabels[static_cast<std::size_t>(c)]; }

/// Red flags: findings that mean "see a dermatologist" whatever the scores say.
enum class RedFlag : std::uint8_t { Scarring = 0, RapidPatchyLoss = 1, SystemicSymptoms = 2 };
inline constexpr std::array<std::string_view, 3> kRedFlagIds = {"scarring", "rapid_patchy_loss", "systemic_symptoms"};

}  // namespace trichosim::consult
