#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace trichosim {

enum class Sex : std::uint8_t { Male = 0, Female = 1 };
inline constexpr std::array<std::string_view, 2> kSexNames = {"male", "female"};

/// Ethnic groups with published density, growth and follicular-unit data (docs/model.md).
enum class Ethnicity : std::uint8_t { Caucasian = 0, Asian = 1, African = 2, Hispanic = 3 };
inline constexpr std::array<std::string_view, 4> kEthnicityNames = {"caucasian", "asian", "african", "hispanic"};

/// Family history of pattern hair loss: a mean liability per level (cohort.family_history_liability_*), mapped to a
/// predisposition for the person's sex and ethnicity (cohort::predisposition_from_family_history).
enum class FamilyHistory : std::uint8_t { None = 0, OneSide = 1, BothSides = 2, Strong = 3 };
inline constexpr std::array<std::string_view, 4> kFamilyHistoryNames = {"none", "one_side", "both_sides", "strong"};

template <typename Enum, std::size_t N>
constexpr std::optional<Enum> parse_enum(const std::array<std::string_view, N>& names, std::string_view text) {
  for (std::size_t i = 0; i < N; ++i) {
    if (names[i] == text) {
      return static_cast<Enum>(i);
    }
  }
  return std::nullopt;
}

/// The person whose scalp is simulated. Validated by the scenario layer.
struct Person {
  std::uint32_t id = 0;  ///< index within a cohort; part of every random-draw key
  Sex sex = Sex::Male;
  double age_years = 30.0;  ///< age at the scenario start, 0–110 y
  Ethnicity ethnicity = Ethnicity::Caucasian;
  double predisposition = 0.0;       ///< inherited androgen sensitivity, 0 (none) – 1 (strongest)
  double androgen_level = 1.0;       ///< androgen status relative to a typical person of that sex, 0–3
  double menopause_age_years = 0.0;  ///< women: age at menopause, 0 = the registry's typical age
};

}  // namespace trichosim
