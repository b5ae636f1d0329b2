#pragma once
#include <cstdint>
#include <optional>

namespace trichosim::measure {

/// Who measures what, when: the key of an instrument's reading error. Draws come from the Philox scheme at
/// DrawSite::MeasurementError with counter (person, site id, occasion, quantity), so two readings of the same
/// scalp on the same occasion agree and adding an instrument does not change any other reading.
struct ErrorKey {
  std::uint64_t seed = 1;      ///< run seed
  std::uint32_t person = 0;    ///< person id
  std::uint32_t site = 0;      ///< measurement-site id (e.g. the NamedSite value)
  std::uint32_t occasion = 0;  ///< measurement occasion (e.g. observation index)
};

/// Reading error switch: nullopt = exact counts (the default), a key = counts with the registry's error.
using ErrorOption = std::optional<ErrorKey>;

/// Identifies which quantity of an instrument is read (the draw slot).
enum class ErrorQuantity : std::uint16_t { TargetAreaCount = 1, PhototrichogramCount = 2, TrichoscopyCount = 3 };

/// The multiplicative reading factor max(0, 1 + cv z) with z standard normal from the key, or 1 without a key.
/// `cv` is the relative SD of the count (fraction).
double reading_factor(const ErrorOption& error, ErrorQuantity quantity, double cv);

}  // namespace trichosim::measure
