#pragma once
#include <array>
#include <cstdint>
#include <string_view>

namespace trichosim {

/// The state of one follicle. Exogen — the shedding of the club hair — is the instantaneous event at the end of
/// telogen, not a state with a duration: the follicle then enters kenogen (empty) or a new anagen.
enum class Phase : std::uint8_t {
  Anagen = 0,   ///< growing; the shaft lengthens at the follicle's growth rate
  Catagen = 1,  ///< regressing; the shaft stays, no growth
  Telogen = 2,  ///< resting club hair, shed at its end (exogen)
  Kenogen = 3,  ///< empty follicle between shedding and the next anagen
  Lost = 4,     ///< gone for good (end-stage miniaturisation, age dropout, extraction)
};

inline constexpr std::size_t kCyclingPhaseCount = 4;  ///< Anagen, Catagen, Telogen, Kenogen

inline constexpr std::array<std::string_view, 5> kPhaseNames = {"anagen", "catagen", "telogen", "kenogen", "lost"};

constexpr std::string_view phase_name(Phase p) { return kPhaseNames[static_cast<std::size_t>(p)]; }

/// True when the follicle holds a visible hair shaft (anagen, catagen or telogen).
constexpr bool has_shaft(Phase p) { return p == Phase::Anagen || p == Phase::Catagen || p == Phase::Telogen; }

}  // namespace trichosim
