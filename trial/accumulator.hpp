#pragma once
#include <cstddef>
#include <span>
#include <vector>

#include "trial/analysis.hpp"
#include "trial/design.hpp"
#include "trial/statistics.hpp"

namespace trichosim::trial {

/// The analysis of a trial built up one enrolled patient at a time, in patient order, holding no patient: per arm,
/// endpoint and visit the moments of the value, the change and the percent change (3 x 24 bytes) and one responder
/// count per threshold. Memory is arms x endpoints x visits x ~80 bytes, whatever the number of patients; adding
/// the same patients in the same order gives the same numbers bit for bit, however they were simulated.
class TrialAccumulator {
 public:
  explicit TrialAccumulator(const TrialDesign& design);

  /// Values per patient and record: arms x endpoints x visits, laid out [arm][endpoint][visit].
  std::size_t values_per_patient() const { return stride_arm_ * arms_; }

  /// Adds enrolled patient `slot` (0, 1, 2, ... in order; arm k holds slots below arms[k].n) with their readings
  /// laid out [arm][endpoint][visit]; NaN readings (after dropout, arms the patient is not in) are left out.
  void add(std::size_t slot, std::span<const double> values);

  /// Summaries and comparisons with the control arm (observed cases, two-sided 95 % intervals).
  TrialAnalysis finish() const;

 private:
  std::size_t cell(std::size_t arm, std::size_t endpoint, std::size_t visit) const {
    return arm * stride_arm_ + endpoint * visits_ + visit;
  }

  const TrialDesign& design_;
  std::size_t arms_;
  std::size_t visits_;
  std::size_t stride_arm_;
  std::vector<Moments> value_;
  std::vector<Moments> change_;
  std::vector<Moments> percent_change_;
  std::vector<std::vector<std::size_t>> responders_;  ///< [cell][threshold]: responders (is_responder)
};

}  // namespace trichosim::trial
