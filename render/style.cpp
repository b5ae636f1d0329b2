#include "render/style.hpp"

#include <cmath>
#include <sstream>

#include "core/input_error.hpp"

namespace trichosim::render {
namespace {

void check(bool ok, const std::string& field, double value, const char* allowed) {
  if (!ok) {
    std::ostringstream os;
    os << field << " = " << value << ": allowed range is " << allowed;
    throw InputError(os.str());
  }
}

}  // namespace

void validate(const ScalpStyle& s, const std::string& where) {
  check(std::isfinite(s.cut_length_mm) && s.cut_length_mm > 0.0 && s.cut_length_mm <= 1000.0, where + "cut_length_mm",
        s.cut_length_mm, "above 0 up to 1000 (mm)");
  check(s.grey_fraction >= 0.0 && s.grey_fraction <= 1.0, where + "grey_fraction", s.grey_fraction, "0 to 1");
  check(s.angle_jitter_deg >= 0.0 && s.angle_jitter_deg <= 90.0, where + "angle_jitter_deg", s.angle_jitter_deg,
        "0 to 90 (degree)");
  check(s.size_px >= 64 && s.size_px <= 4096, where + "size_px", s.size_px, "64 to 4096 (pixel)");
}

}  // namespace trichosim::render
