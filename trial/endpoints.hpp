#pragma once
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/parameters.hpp"
#include "trial/reading.hpp"

namespace trichosim::trial {

/// The part of the scalp an instrument's value reads, so a trial can simulate and read part of the scalp: the tally
/// of its site, the occipital field matched to it (densities relative to the occiput), the tallies of whole regions
/// (the regions a density proxy for a stage compares), or more than that (shedding, stages, what a procedure moved:
/// the whole scalp).
struct Footprint {
  bool whole_scalp = true;       ///< reads more than a site, its occipital field and whole regions
  bool site = false;             ///< reads its site's tally
  RegionMask regions{};          ///< whole regions whose tallies it reads (besides the site)
  bool occipital_field = false;  ///< reads the tally of occipital_field(site)

  /// Its site's tally alone.
  static constexpr Footprint of_site() { return {false, true}; }
  /// Its site's tally and that of the occipital field matched to it.
  static constexpr Footprint of_site_and_occipital_field() { return {false, true, {}, true}; }
  /// The tallies of the whole regions `regions` alone, whatever the site.
  static constexpr Footprint of_regions(RegionMask regions) { return {false, false, regions}; }
};

/// The occipital field a density relative to the occiput compares `site` with: a circle of the site's area centred
/// on the occiput when the site is a circle (trichoscopy compares target areas of the same size, e.g. Vecchio's top
/// and occipital fields), the whole occipital region otherwise.
Site occipital_field(const Site& site);

/// A named instrument a trial reads at each visit: a number with a unit, computed from the tally of a site (and,
/// where it needs more than one site, the whole reading). measure/'s instruments plug in here as they land:
/// one line in the table in endpoints.cpp.
struct Endpoint {
  std::string_view name;         ///< used in trial and validation files, e.g. "hair_count"
  std::string_view unit;         ///< e.g. "hairs", "1/cm2", "%"
  std::string_view description;  ///< one line for docs and --help
  std::function<double(const Site& site, const SiteTally& tally, const ScalpReading& scalp, const Parameters& params)>
      value;
  /// True when the value needs the stages of measure/'s classifier in the reading (ScalpReading::stages): a density
  /// map of the whole scalp against the person's pre-androgen map, read only for trials that ask for it.
  bool needs_stages = false;
  /// What the value reads besides modifiers (the whole scalp unless stated).
  Footprint reads{};
  /// True when the value is a shedding rate over the window before the visit (TrialDesign::shedding_window()).
  bool reads_shedding = false;
  /// True when the value counts hairs on a photograph or a dermoscope (a count or density, whatever the diameter or
  /// phase class): the instruments a counting error (ReadingError) applies to.
  bool counts_hairs = false;
};

/// The explicit endpoint table, in documentation order.
const std::vector<Endpoint>& endpoint_table();

/// The endpoint called `name`, or nullptr.
const Endpoint* find_endpoint(std::string_view name);

/// "hair_count, nonvellus_count, ..." for messages.
std::string endpoint_names();
/// True for the instruments whose row says Endpoint::counts_hairs. Shares, ratios, diameters, biopsy follicle counts,
/// collected-hair counts, stages and assays do not count hairs in this sense.
bool counts_hairs(std::string_view instrument);
/// "hair_count, nonvellus_count, ..." (the instruments counts_hairs accepts) for messages.
std::string hair_count_instrument_names();

}  // namespace trichosim::trial
