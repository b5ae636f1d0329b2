#include "cohort/population.hpp"

#include <array>
#include <boost/math/distributions/normal.hpp>
#include <cmath>

#include "core/rng.hpp"

namespace trichosim::cohort {

double predisposition_from_liability(double liability, Sex sex, Ethnicity ethnicity, const Parameters& params) {
  double shift = params[Param::cohort_predisposition_liability_shift];
  if (sex == Sex::Female) {
    shift += params[Param::cohort_predisposition_liability_shift_female];
  }
  if (ethnicity == Ethnicity::Asian) {
    shift += params[Param::cohort_predisposition_liability_shift_asian];
  }
  const double z = shift + params[Param::cohort_predisposition_liability_scale] * liability;
  return boost::math::cdf(boost::math::normal(0.0, 1.0), z);
}

double predisposition_from_family_history(FamilyHistory history, Sex sex, Ethnicity ethnicity,
                                          const Parameters& params) {
  constexpr std::array kLiability = {
      Param::cohort_family_history_liability_none, Param::cohort_family_history_liability_one_side,
      Param::cohort_family_history_liability_both_sides, Param::cohort_family_history_liability_strong};
  return predisposition_from_liability(params[kLiability[static_cast<std::size_t>(history)]], sex, ethnicity, params);
}

VirtualPerson sample_person(const PopulationSpec& population, const Parameters& params, std::uint64_t seed,
                            std::uint32_t id) {
  const Draw who(seed, {id, 0, 0, DrawSite::CohortPerson, 0});
  const Draw genes(seed, {id, 0, 0, DrawSite::CohortPerson, 1});
  VirtualPerson v;
  Person& p = v.person;
  p.id = id;
  p.age_years = population.age_min_years + who.uniform(0) * (population.age_max_years - population.age_min_years);
  p.sex = who.uniform(1) < population.male_fraction ? Sex::Male : Sex::Female;
  double total = 0.0;
  for (double s : population.ethnicity_shares) {
    total += s;
  }
  double pick = who.uniform(2) * total;
  std::size_t e = 0;
  while (e + 1 < population.ethnicity_shares.size() && pick >= population.ethnicity_shares[e]) {
    pick -= population.ethnicity_shares[e];
    ++e;
  }
  p.ethnicity = static_cast<Ethnicity>(e);
  p.androgen_level = population.androgen_level;
  // Liability-threshold model: liability = genetic + environment, unit variance, heritability h2.
  const double h2 = params[Param::cohort_liability_heritability];
  v.genetic_liability = std::sqrt(h2) * genes.normal01();
  v.liability = v.genetic_liability + std::sqrt(1.0 - h2) * genes.normal23();
  p.predisposition = population.predisposition ? *population.predisposition
                                               : predisposition_from_liability(v.liability, p.sex, p.ethnicity, params);
  return v;
}

}  // namespace trichosim::cohort
