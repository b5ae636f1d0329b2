#include "cohort/stage_proxy.hpp"

#include <algorithm>

namespace trichosim::cohort {
namespace {

std::array<double, kRegionCount> density_weights(const Parameters& p) {
  const double temporal = p[Param::scalp_density_weight_temporal];
  const double parietal = p[Param::scalp_density_weight_parietal];
  return {p[Param::scalp_density_weight_frontal_hairline],
          p[Param::scalp_density_weight_mid_scalp],
          p[Param::scalp_density_weight_crown],
          temporal,
          temporal,
          parietal,
          parietal,
          p[Param::scalp_density_weight_occipital]};
}

}  // namespace

double normal_density_ratio(Region r, const Parameters& params) {
  const auto w = density_weights(params);
  return w[region_index(r)] / w[region_index(Region::Occipital)];
}

std::array<double, kRegionCount> relative_regional_density(const std::array<double, kRegionCount>& nonvellus_per_cm2,
                                                           const Parameters& params) {
  const auto w = density_weights(params);
  const double occipital = nonvellus_per_cm2[region_index(Region::Occipital)];
  const double w_occ = w[region_index(Region::Occipital)];
  std::array<double, kRegionCount> out{};
  for (std::size_t r = 0; r < kRegionCount; ++r) {
    const double normal = occipital * w[r] / w_occ;
    out[r] = normal > 0.0 ? nonvellus_per_cm2[r] / normal : 0.0;
  }
  return out;
}

bool norwood3_proxy(const std::array<double, kRegionCount>& nonvellus_per_cm2, const Parameters& params) {
  const auto rel = relative_regional_density(nonvellus_per_cm2, params);
  const double temporal = 0.5 * (rel[region_index(Region::TemporalLeft)] + rel[region_index(Region::TemporalRight)]);
  const double least =
      std::min({rel[region_index(Region::FrontalHairline)], temporal, rel[region_index(Region::Crown)]});
  return least < params[Param::cohort_norwood3_relative_density];
}

bool ludwig1_proxy(const std::array<double, kRegionCount>& nonvellus_per_cm2, const Parameters& params) {
  const auto rel = relative_regional_density(nonvellus_per_cm2, params);
  return rel[region_index(Region::MidScalp)] < params[Param::cohort_ludwig1_relative_density];
}

}  // namespace trichosim::cohort
