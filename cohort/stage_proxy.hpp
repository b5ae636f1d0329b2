#pragma once
#include <array>

#include "core/parameters.hpp"
#include "core/region.hpp"

namespace trichosim::cohort {

/// Normal density of region `r` relative to the occiput: scalp.density_weight_r / scalp.density_weight_occipital.
double normal_density_ratio(Region r, const Parameters& params);

/// Non-vellus density of each region relative to its normal: density_r / (occipital density x weight_r /
/// weight_occipital), with the registry's regional density weights (scalp.density_weight_*). The occiput is
/// spared by androgenetic loss, so it stands for the person's own normal. 1 = normal for that region.
std::array<double, kRegionCount> relative_regional_density(const std::array<double, kRegionCount>& nonvellus_per_cm2,
                                                           const Parameters& params);

/// Density-based stand-in for "Norwood-Hamilton >= III", usable at any sample fraction (measure/'s classifier, the trial
/// instrument norwood3, needs most of the scalp; docs/trials.md): the least dense
/// of frontal hairline, temporal (mean of both sides) and crown is below cohort.norwood3_relative_density of
/// normal. Input: non-vellus hairs per cm² by region.
bool norwood3_proxy(const std::array<double, kRegionCount>& nonvellus_per_cm2, const Parameters& params);

/// Density-based stand-in for "Ludwig >= I": mid-scalp below cohort.ludwig1_relative_density of normal.
bool ludwig1_proxy(const std::array<double, kRegionCount>& nonvellus_per_cm2, const Parameters& params);

}  // namespace trichosim::cohort
