#pragma once
#include <span>

#include "core/scalp_geometry.hpp"
#include "measure/follicle_view.hpp"
#include "measure/settings.hpp"

namespace trichosim::measure {

/// Shedding as the person and the clinic count it.
struct Shedding {
  double shed_per_day = 0.0;     ///< club hairs shed per day over the whole scalp (the engine's exogen events)
  double wash_count = 0.0;       ///< hairs collected by one daily shampoo (Li 2022 refined wash test)
  double comb_60s_count = 0.0;   ///< hairs collected by a 60-second comb (Wasko 2008)
  double versus_100_rule = 0.0;  ///< shed_per_day / 100 (the 100-hairs-a-day rule; > 1 = abnormal)
};

/// Shedding counts from the whole-scalp shedding rate `shed_per_day` (hairs/day).
Shedding measure_shedding(double shed_per_day, const InstrumentSettings& settings);

/// A hair pull test at one place: the hairs nearest to `where` are grasped; loose club hairs (telogen within
/// settings.pull_loose_days of exogen) come out.
struct PullTest {
  int grasped = 0;        ///< hairs grasped (settings.pull_hairs, or fewer if the area holds fewer)
  int extracted = 0;      ///< hairs that came out
  bool positive = false;  ///< extracted / grasped > settings.pull_positive_fraction
};

/// Pulls the hairs of `follicles` nearest to `where`.
PullTest pull_test(std::span<const FollicleView> follicles, MapPoint where, const InstrumentSettings& settings);

}  // namespace trichosim::measure
