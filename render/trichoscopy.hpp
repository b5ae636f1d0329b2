#pragma once
#include <cstdint>

#include "core/simulation.hpp"
#include "render/image.hpp"
#include "render/style.hpp"

namespace trichosim::render {

/// How a trichoscopy close-up is drawn.
struct TrichoscopyStyle {
  ScalpStyle scalp;              ///< colours and cut length (size_px is ignored here)
  double side_mm = 10.0;         ///< side of the square field: 10 mm gives the usual 1 cm² field, 2-40 mm
  double shown_length_mm = 3.0;  ///< hairs are drawn at most this long, as if trimmed for the picture, > 0
  int field_px = 600;            ///< side of the magnified field in pixels, 100-4000
  int panel_px = 340;            ///< width of the numbers panel beside it, 0 for none
};

/// Simple counts of the follicles in one field (self-contained; measure/ holds the full instruments).
/// Thin hair: shaft below shaft.vellus_max_diameter_um (30 um), the trichoscopy threshold of Rakowska 2009.
struct TrichoscopyNumbers {
  double field_cm2 = 0.0;
  std::uint32_t hairs = 0;                ///< shafts rooted in the field
  std::uint32_t thin_hairs = 0;           ///< shafts below the thin threshold
  std::uint32_t units = 0;                ///< follicular units with at least one living follicle
  std::uint32_t units_with_hair = 0;      ///< units showing at least one shaft
  std::uint32_t single_hair_units = 0;    ///< units showing exactly one shaft
  std::uint32_t multi_hair_units = 0;     ///< units showing two or more shafts
  std::uint32_t empty_units = 0;          ///< living units showing no shaft: the yellow dots
  double density_per_cm2 = 0.0;           ///< hairs / field area
  double thin_percent = 0.0;              ///< thin hairs / hairs x 100
  double single_hair_unit_percent = 0.0;  ///< single-hair units / units with hair x 100
  double empty_percent = 0.0;             ///< empty units / living units x 100
  double mean_diameter_um = 0.0;          ///< over hairs in the field
};

/// A rendered close-up and its numbers.
struct TrichoscopyField {
  Image image;
  TrichoscopyNumbers numbers;
  MapPoint centre;
  double side_mm = 0.0;
};

/// Counts what a square field of side `side_mm` centred at `centre` shows now.
TrichoscopyNumbers count_field(const Simulation& sim, MapPoint centre, double side_mm);

/// Draws the field magnified: each follicular unit's opening, its hairs at their true (magnified) diameters from
/// one pore, vellus hairs pale, empty units as yellow dots, a 1 mm scale bar, and the numbers in a panel beside
/// it. `title` heads the panel (e.g. "Crown"). Throws InputError for a bad style.
TrichoscopyField render_trichoscopy(const Simulation& sim, MapPoint centre, const TrichoscopyStyle& style,
                                    const std::string& title);

/// Checks a trichoscopy style (fields prefixed "trichoscopy.").
void validate(const TrichoscopyStyle& style);

}  // namespace trichosim::render
