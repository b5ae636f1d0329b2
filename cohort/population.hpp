#pragma once
#include <array>
#include <cstdint>
#include <optional>

#include "core/parameters.hpp"
#include "core/person.hpp"

namespace trichosim::cohort {

/// Who a virtual population is drawn from. Ages are uniform over [age_min, age_max]; sex and ethnicity are drawn
/// from the given shares; the inherited predisposition comes from a liability-threshold model unless fixed.
struct PopulationSpec {
  double age_min_years = 18.0;                                 ///< youngest age at baseline, 0-110 y
  double age_max_years = 49.0;                                 ///< oldest age at baseline, >= age_min_years
  double male_fraction = 1.0;                                  ///< share of men, 0-1
  std::array<double, 4> ethnicity_shares{1.0, 0.0, 0.0, 0.0};  ///< by Ethnicity order; sums to 1
  std::optional<double> predisposition;  ///< fixed predisposition (0-1); nullopt = liability model
  double androgen_level = 1.0;           ///< relative to a typical person of that sex, 0-3
};

/// One sampled person and the liability behind the predisposition.
struct VirtualPerson {
  Person person;
  double genetic_liability = 0.0;  ///< additive genetic part, N(0, h2)
  double liability = 0.0;          ///< genetic + non-shared environment, N(0, 1)
};

/// Predisposition (0-1) from a total liability (standard normal scale): Phi(shift + scale x liability), with
/// cohort.predisposition_liability_shift and _scale; the shift gains cohort.predisposition_liability_shift_female
/// for women and cohort.predisposition_liability_shift_asian for Asian persons (both fitted to prevalence surveys).
double predisposition_from_liability(double liability, Sex sex, Ethnicity ethnicity, const Parameters& params);

/// Predisposition of a person known only by family history: the level's mean liability
/// (cohort.family_history_liability_<level>, from Falconer's regression on affected relatives) through
/// predisposition_from_liability for the person's sex and ethnicity.
double predisposition_from_family_history(FamilyHistory history, Sex sex, Ethnicity ethnicity,
                                          const Parameters& params);

/// Draws person `id` of the population under `seed`. A pure function of (seed, id): the same person appears in
/// every arm and every run with that seed (DrawSite::CohortPerson).
VirtualPerson sample_person(const PopulationSpec& population, const Parameters& params, std::uint64_t seed,
                            std::uint32_t id);

}  // namespace trichosim::cohort
