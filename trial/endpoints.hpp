#pragma once
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/parameters.hpp"
#include "trial/reading.hpp"

namespace trichosim::trial {

/// The part of the scalp an instrument's value reads, so a trial can screen on part of the scalp: the tally of its
/// site alone; the site and the occipital region (densities relative to the occiput); or more than that (other
/// regions, shedding, stages, what a procedure moved).
enum class Footprint { Site, SiteAndOcciput, WholeScalp };

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
  Footprint reads = Footprint::WholeScalp;
};

/// The explicit endpoint table, in documentation order.
const std::vector<Endpoint>& endpoint_table();

/// The endpoint called `name`, or nullptr.
const Endpoint* find_endpoint(std::string_view name);

/// "hair_count, nonvellus_count, ..." for messages.
std::string endpoint_names();

}  // namespace trichosim::trial
