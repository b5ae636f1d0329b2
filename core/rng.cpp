#include "core/rng.hpp"

#include <Random123/philox.h>

namespace trichosim {

std::array<std::uint32_t, 4> philox_words(std::uint64_t seed, const DrawKey& key) {
  const r123::Philox4x32::key_type k = {{static_cast<std::uint32_t>(seed), static_cast<std::uint32_t>(seed >> 32U)}};
  const std::uint32_t site_slot = (static_cast<std::uint32_t>(key.site) << 16U) | key.slot;
  const r123::Philox4x32::ctr_type c = {{key.person, key.follicle, key.cycle, site_slot}};
  const auto r = r123::Philox4x32()(c, k);
  return {r[0], r[1], r[2], r[3]};
}

}  // namespace trichosim
