#include "scenario/parameter_rules.hpp"

#include <array>
#include <sstream>

#include "core/input_error.hpp"
#include "core/scalp_geometry.hpp"

namespace trichosim::scenario {
namespace {

void check_shares_positive(const Parameters& p, const std::string& source, const char* group,
                           const std::array<Param, 5>& keys) {
  double total = 0.0;
  for (Param k : keys) {
    total += p[k];
  }
  if (total > 0.0) {
    return;
  }
  std::ostringstream os;
  os << source << ": parameters.\"scalp.fu_share_1_" << group << "\" ... \"scalp.fu_share_5_" << group << "\" sum to "
     << total << ": the follicular-unit shares must sum to more than 0";
  throw InputError(os.str());
}

// Every region must keep at least this much scalp: a target-area count reads 1 cm², and an empty region would
// report a density of 0 hairs/cm² that no scalp has.
constexpr double kMinRegionAreaCm2 = 1.0;

void check_regions_not_empty(const Parameters& p, const std::string& source) {
  const ScalpGeometry g(p);
  for (std::size_t r = 0; r < kRegionCount; ++r) {
    const double area = g.region_area_cm2()[r];
    if (area >= kMinRegionAreaCm2) {
      continue;
    }
    std::ostringstream os;
    os << source << ": parameters \"geometry.*\" (hairline_depth = " << p[Param::geometry_hairline_depth]
       << ", side_half_width = " << p[Param::geometry_side_half_width]
       << ", temporal_back = " << p[Param::geometry_temporal_back]
       << ", occipital_front = " << p[Param::geometry_occipital_front]
       << ", crown_centre = " << p[Param::geometry_crown_centre]
       << ", crown_radius = " << p[Param::geometry_crown_radius] << ") leave region " << region_name(kAllRegions[r])
       << " " << area << " cm2: every region needs at least " << kMinRegionAreaCm2 << " cm2 (docs/model.md section 4)";
    throw InputError(os.str());
  }
}

}  // namespace

void check_parameter_rules(const Parameters& p, const std::string& source) {
  check_shares_positive(
      p, source, "caucasian",
      {Param::scalp_fu_share_1_caucasian, Param::scalp_fu_share_2_caucasian, Param::scalp_fu_share_3_caucasian,
       Param::scalp_fu_share_4_caucasian, Param::scalp_fu_share_5_caucasian});
  check_shares_positive(p, source, "asian",
                        {Param::scalp_fu_share_1_asian, Param::scalp_fu_share_2_asian, Param::scalp_fu_share_3_asian,
                         Param::scalp_fu_share_4_asian, Param::scalp_fu_share_5_asian});
  const double vellus_max = p[Param::shaft_vellus_max_diameter_um];
  const double terminal_min = p[Param::shaft_terminal_min_diameter_um];
  if (vellus_max > terminal_min) {
    std::ostringstream os;
    os << source << ": parameters.\"shaft.vellus_max_diameter_um\" = " << vellus_max
       << ": must not exceed shaft.terminal_min_diameter_um = " << terminal_min << " (um)";
    throw InputError(os.str());
  }
  check_regions_not_empty(p, source);
}

}  // namespace trichosim::scenario
