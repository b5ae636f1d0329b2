#pragma once
#include <cstdint>
#include <limits>
#include <span>
#include <vector>

#include "core/phase.hpp"
#include "core/region.hpp"
#include "core/scalp_geometry.hpp"

namespace trichosim {

/// Per-follicle flags.
enum FollicleFlag : std::uint8_t {
  kVellusBorn = 1U << 0U,    ///< a vellus follicle from the start (cannot grow past vellus size)
  kTransplanted = 1U << 1U,  ///< moved from the donor region; keeps its donor sensitivity
  kExtracted = 1U << 2U,     ///< harvested as a graft (phase Lost); its traits live on in a transplanted copy
};

/// Steps of the 16-bit quantisation of unit positions on each map axis.
inline constexpr double kPositionSteps = 65535.0;

/// A shaft end time for a hair still growing.
inline constexpr float kStillGrowing = std::numeric_limits<float>::infinity();
/// next_day of a follicle with no transition ahead (lost for good).
inline constexpr float kNever = std::numeric_limits<float>::infinity();

/// All follicles of one scalp in a structure of arrays, laid out for the per-follicle event loop.
/// Follicle i belongs to follicular unit unit[i]; units hold the map position (quantised to 16 bits per axis).
/// Times are float days since the scenario start (ample precision over a century: ~0.004 d at 40,000 d).
struct FollicleStore {
  // --- per follicle (29 bytes) ---
  std::vector<Phase> phase;            ///< current state
  std::vector<Region> region;          ///< region of the follicle's unit
  std::vector<std::uint8_t> flags;     ///< FollicleFlag bits
  std::vector<std::uint16_t> cycle;    ///< number of anagen entries so far (part of every draw key)
  std::vector<float> next_day;         ///< day of the next transition (inf when Lost)
  std::vector<float> shaft_start_day;  ///< day the current shaft started growing (anagen entry)
  std::vector<float> shaft_end_day;    ///< day growth stopped (catagen entry); kStillGrowing in anagen
  std::vector<float> size;             ///< relative follicle size, 1 = full terminal, drives diameter & anagen
  std::vector<float> sensitivity;      ///< androgen sensitivity = predisposition x pattern x follicle noise
  std::vector<std::uint32_t> unit;     ///< follicular-unit index
  /// Draw key of each follicle when the store holds part of a scalp (Simulation::part_of_scalp): its index in
  /// the whole scalp, so it draws what it draws there. Empty for a whole scalp, whose keys are the indices.
  std::vector<std::uint32_t> key_id;
  // --- per follicular unit ---
  std::vector<std::uint16_t> unit_x;  ///< quantised x over [-half_width, +half_width]
  std::vector<std::uint16_t> unit_y;  ///< quantised y over [0, length]
  double half_width_mm = 1.0;
  double length_mm = 1.0;

  std::size_t follicle_count() const { return phase.size(); }
  std::size_t unit_count() const { return unit_x.size(); }

  /// Position of a follicular unit on the map.
  MapPoint unit_position(std::size_t u) const { return grid_point(unit_x[u], unit_y[u]); }
  /// The map point of quantised coordinates (x, y).
  MapPoint grid_point(std::uint16_t x, std::uint16_t y) const {
    return {static_cast<double>(x) / kPositionSteps * 2.0 * half_width_mm - half_width_mm,
            static_cast<double>(y) / kPositionSteps * length_mm};
  }
  /// Draw key of follicle i.
  std::uint32_t key(std::size_t i) const { return key_id.empty() ? static_cast<std::uint32_t>(i) : key_id[i]; }
  /// Draw keys of `follicles`: the indices themselves on a whole scalp; on part of a scalp their key_id, written to
  /// `scratch` (grown as needed) and returned from it.
  std::span<const std::uint32_t> keys_of(std::span<const std::uint32_t> follicles,
                                         std::vector<std::uint32_t>& scratch) const;
  /// Position of follicle i (that of its unit).
  MapPoint position(std::size_t i) const { return unit_position(unit[i]); }

  /// Position `p` as a unit there is stored: quantised to the 16-bit grid (unit_position of add_unit(p)).
  MapPoint stored_position(MapPoint p) const;
  /// Appends a follicular unit at `p` and returns its index.
  std::uint32_t add_unit(MapPoint p);
  /// Appends a follicle (all per-follicle arrays grow together) and returns its index.
  std::size_t add_follicle(std::uint32_t unit_index, Region r, std::uint8_t follicle_flags, float follicle_size,
                           float follicle_sensitivity);

  /// Room for `follicles` follicles in every per-follicle array.
  void reserve(std::size_t follicles);
  /// Releases spare capacity once the scalp is built.
  void shrink_to_fit();
  /// Memory used per follicle, including the share of the unit table (bytes).
  double bytes_per_follicle() const;
};

/// The follicles of `a` and `b`, two parts of one scalp (FollicleStore::key_id) with no follicle in common, in the
/// order of their keys, with their units renumbered in order of first use: the store of the scalp they make up.
/// When the keys are 0, 1, ..., n - 1 that is the whole scalp's store, and key_id is left empty.
FollicleStore merge_by_key(const FollicleStore& a, const FollicleStore& b);

}  // namespace trichosim
