#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace trichosim {

/// Named regions of the hair-bearing scalp (top view).
enum class Region : std::uint8_t {
  FrontalHairline = 0,
  MidScalp = 1,
  Crown = 2,  ///< vertex
  TemporalLeft = 3,
  TemporalRight = 4,
  ParietalLeft = 5,
  ParietalRight = 6,
  Occipital = 7,  ///< the donor region
};

inline constexpr std::size_t kRegionCount = 8;

inline constexpr std::array<Region, kRegionCount> kAllRegions = {
    Region::FrontalHairline, Region::MidScalp,     Region::Crown,         Region::TemporalLeft,
    Region::TemporalRight,   Region::ParietalLeft, Region::ParietalRight, Region::Occipital,
};

inline constexpr std::array<std::string_view, kRegionCount> kRegionNames = {
    "frontal_hairline", "mid_scalp",     "crown",          "temporal_left",
    "temporal_right",   "parietal_left", "parietal_right", "occipital"};

constexpr std::string_view region_name(Region r) { return kRegionNames[static_cast<std::size_t>(r)]; }
constexpr std::size_t region_index(Region r) { return static_cast<std::size_t>(r); }

/// Parses a region name ("crown", "occipital", ...); nullopt when unknown.
constexpr std::optional<Region> parse_region(std::string_view name) {
  for (std::size_t i = 0; i < kRegionCount; ++i) {
    if (kRegionNames[i] == name) {
      return kAllRegions[i];
    }
  }
  return std::nullopt;
}

/// A set of regions, as a bit mask.
class RegionMask {
 public:
  constexpr RegionMask() = default;
  static constexpr RegionMask all() { return RegionMask((1U << kRegionCount) - 1U); }
  static constexpr RegionMask of(Region r) { return RegionMask(1U << region_index(r)); }
  constexpr RegionMask with(Region r) const { return RegionMask(bits_ | (1U << region_index(r))); }
  constexpr RegionMask with(RegionMask other) const { return RegionMask(bits_ | other.bits_); }
  constexpr bool contains(Region r) const { return (bits_ >> region_index(r)) & 1U; }
  constexpr bool empty() const { return bits_ == 0; }
  constexpr std::uint32_t bits() const { return bits_; }

 private:
  constexpr explicit RegionMask(std::uint32_t bits) : bits_(bits) {}
  std::uint32_t bits_ = 0;
};

}  // namespace trichosim
