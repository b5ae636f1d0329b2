#include "scenario/parameter_rules.hpp"

#include <array>
#include <sstream>

#include "core/input_error.hpp"

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
}

}  // namespace trichosim::scenario
