#pragma once
#include <array>
#include <cstdint>
#include <span>

namespace trichosim {

/// out[k] = to_standard_normal(words[k][word]) for every k, bit for bit. With AVX2 (checked at run time) four at a
/// time through the same IEEE operations as the scalar code (the central branch of the inverse normal; a tail draw, one
/// in twenty, is replaced by the scalar code's). Precondition: out is at least as long as
/// words, word < 4.
void standard_normals_batch(std::span<const std::array<std::uint32_t, 4>> words, std::size_t word,
                            std::span<double> out);

}  // namespace trichosim
