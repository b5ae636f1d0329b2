#include "measure/measurement_error.hpp"

#include <algorithm>

#include "core/rng.hpp"

namespace trichosim::measure {

double reading_factor(const ErrorOption& error, ErrorQuantity quantity, double cv) {
  if (!error) {
    return 1.0;
  }
  const Draw d(error->seed, {error->person, error->site, error->occasion, DrawSite::MeasurementError,
                             static_cast<std::uint16_t>(quantity)});
  return std::max(0.0, 1.0 + cv * d.normal01());
}

}  // namespace trichosim::measure
