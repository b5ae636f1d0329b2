#pragma once
#include <array>
#include <cstdint>
#include <span>

#include "core/draw_sites.hpp"
#include "core/rng.hpp"

namespace trichosim {

/// The Philox words of many draws at one site: out[k] = keys.words({person, follicles[k], cycles[k], site, slot})
/// for every k, bit for bit. With AVX2 (checked at run time; the build's baseline is plain x86-64) eight counters
/// go through the rounds side by side, about twice the scalar rate: the event loop draws about once per event.
/// With AVX-512VL as well, the same eight lanes take a third fewer instructions a round (permutes and ternary
/// logic), ~5 % off the engine benchmark's forecast. Preconditions: cycles and out are at least as long as follicles.
void philox_words_batch(const PhiloxKeys& keys, std::uint32_t person, std::span<const std::uint32_t> follicles,
                        std::span<const std::uint32_t> cycles, DrawSite site, std::uint16_t slot,
                        std::span<std::array<std::uint32_t, 4>> out);

/// The instruction sets philox_words_batch may use; it takes the widest this processor has.
enum class PhiloxPath { Scalar, Avx2, Avx512vl };

/// True when this processor can run `path`.
bool philox_path_available(PhiloxPath path);

/// philox_words_batch on a given path (for tests and benchmarks; a path the processor lacks falls back to the next
/// narrower one). Same words on every path.
void philox_words_batch_on(PhiloxPath path, const PhiloxKeys& keys, std::uint32_t person,
                           std::span<const std::uint32_t> follicles, std::span<const std::uint32_t> cycles,
                           DrawSite site, std::uint16_t slot, std::span<std::array<std::uint32_t, 4>> out);

}  // namespace trichosim
