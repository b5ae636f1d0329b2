#pragma once
// "A predisposed man" for tests: the predisposition a scenario file gives family_history = "strong".
#include "cohort/population.hpp"
#include "core/parameters.hpp"
#include "core/person.hpp"

namespace trichosim::testing {

/// Predisposition of a Caucasian man with a strong family history under `p`, read exactly as scenario files read it
/// (cohort::predisposition_from_family_history), so after a recalibration the test's man keeps his place in the
/// population.
inline double strong_family_history(const Parameters& p) {
  return cohort::predisposition_from_family_history(FamilyHistory::Strong, Sex::Male, Ethnicity::Caucasian, p);
}

}  // namespace trichosim::testing
