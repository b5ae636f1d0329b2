#include "trial/design.hpp"

#include <algorithm>
#include <sstream>

namespace trichosim::trial {

std::string Site::label() const {
  std::string out = region ? std::string(region_name(*region)) : std::string("whole scalp");
  if (circle_cm2 > 0.0) {
    std::ostringstream os;
    os << out << " circle " << circle_cm2 << " cm2";
    out = os.str();
  }
  return out;
}

std::size_t TrialDesign::patients() const {
  std::size_t n = 0;
  for (const auto& a : arms) {
    n = std::max(n, a.n);
  }
  return n;
}

std::size_t TrialDesign::primary_endpoint() const {
  for (std::size_t e = 0; e < endpoints.size(); ++e) {
    if (endpoints[e].primary) {
      return e;
    }
  }
  return 0;
}

double TrialDesign::shedding_window() const {
  return shedding_window_days.value_or(parameters[Param::measure_shedding_window_days]);
}

}  // namespace trichosim::trial
