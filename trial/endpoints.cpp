#include "trial/endpoints.hpp"

#include <array>
#include <cmath>
#include <limits>
#include <string>
#include <utility>

#include "cohort/stage_proxy.hpp"
#include "measure/settings.hpp"
#include "measure/shedding.hpp"
#include "measure/staging.hpp"
#include "treat/micropigmentation.hpp"

namespace trichosim::trial {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kPercent = 100.0;

double per_cm2(double count, const SiteTally& t) { return t.area_cm2 > 0.0 ? count / t.area_cm2 : kNaN; }
double share(double part, double whole) { return whole > 0.0 ? kPercent * part / whole : kNaN; }

std::array<double, kRegionCount> nonvellus_by_region(const ScalpReading& r) {
  std::array<double, kRegionCount> d{};
  for (std::size_t k = 0; k < kRegionCount; ++k) {
    d[k] = per_cm2(r.regions[k].nonvellus, r.regions[k]);
  }
  return d;
}

// Non-vellus density of the site's occipital field: the reference the relative densities divide by.
double occipital_density(const Site& s, const ScalpReading& r) {
  const SiteTally& field = r.at(occipital_field(s));
  return per_cm2(field.nonvellus, field);
}

// Site density over the density it would have if unaffected: the occiput (spared) scaled by the regional weights.
double relative_density(const Site& s, const SiteTally& t, const ScalpReading& r, const Parameters& p) {
  const double occipital = occipital_density(s, r);
  double ratio = 0.0;
  if (s.region) {
    ratio = cohort::normal_density_ratio(*s.region, p);
  } else {
    double area = 0.0;
    for (std::size_t k = 0; k < kRegionCount; ++k) {
      ratio += r.regions[k].area_cm2 * cohort::normal_density_ratio(kAllRegions[k], p);
      area += r.regions[k].area_cm2;
    }
    ratio /= area;
  }
  const double normal = occipital * ratio;
  return normal > 0.0 ? per_cm2(t.nonvellus, t) / normal : kNaN;
}

double occipital_ratio(const Site& s, const SiteTally& t, const ScalpReading& r) {
  const double occipital = occipital_density(s, r);
  return occipital > 0.0 ? per_cm2(t.nonvellus, t) / occipital : kNaN;
}

// A per-region quantity at the site: its region's value (a circle takes that of the region it is centred on), or
// the area-weighted mean over the regions for the whole scalp (NaN when no region has area).
double site_value(const Site& s, const ScalpReading& r, const std::array<double, kRegionCount>& by_region) {
  if (s.region) {
    return by_region[region_index(*s.region)];
  }
  double sum = 0.0;
  double area = 0.0;
  for (std::size_t k = 0; k < kRegionCount; ++k) {
    sum += r.regions[k].area_cm2 * by_region[k];
    area += r.regions[k].area_cm2;
  }
  return area > 0.0 ? sum / area : kNaN;
}

// Scalp-skin DHT of the site relative to the untreated level, in percent: the region's androgen drive.
double relative_scalp_dht(const Site& s, const ScalpReading& r) {
  return kPercent * site_value(s, r, r.androgen_drive);
}

// Pigment coverage of the site (0 when nothing is known).
double site_pigment(const Site& s, const ScalpReading& r) {
  const double p = site_value(s, r, r.pigment);
  return std::isfinite(p) ? p : 0.0;
}

// A stage rank of the reading, or NaN when it holds no stages (the runner stages every reading of a trial that has
// a stage instrument, so NaN here means a reading made without them).
double stage_value(const ScalpReading& r, int StageRanks::*scale) {
  return r.stages ? static_cast<double>((*r.stages).*scale) : kNaN;
}

// The shedding counts a person collects (wash, comb): from the whole scalp's shedding, whatever the site.
measure::Shedding whole_scalp_shedding(const ScalpReading& r, const Parameters& p) {
  return measure::measure_shedding(r.regions[kRegionCount].shed_per_day, measure::InstrumentSettings::from(p));
}

double at_least(double rank, int threshold) { return std::isnan(rank) ? kNaN : rank >= threshold ? kPercent : 0.0; }

double hair_share(double hair_relative_density) {
  return std::isfinite(hair_relative_density) ? hair_relative_density : 0.0;
}

// A row for an instrument that counts hairs in the site (Endpoint::counts_hairs).
Endpoint hair_count_row(std::string_view name, std::string_view unit, std::string_view description,
                        decltype(Endpoint::value) value) {
  Endpoint row{name, unit, description, std::move(value), false, Footprint::of_site()};
  row.counts_hairs = true;
  return row;
}

// The names of the table's rows that `keep` accepts, comma-separated, in table order.
template <class Keep>
std::string joined_names(Keep keep) {
  std::string out;
  for (const auto& e : endpoint_table()) {
    if (keep(e)) {
      out += (out.empty() ? "" : ", ") + std::string(e.name);
    }
  }
  return out;
}

}  // namespace

const std::vector<Endpoint>& endpoint_table() {
  using S = const Site&;
  using T = const SiteTally&;
  using R = const ScalpReading&;
  using P = const Parameters&;
  constexpr Footprint site = Footprint::of_site();
  constexpr Footprint whole_scalp{};
  constexpr bool shedding_rate = true;  // Endpoint::reads_shedding
  constexpr Footprint site_and_occiput = Footprint::of_site_and_occipital_field();
  // The pigment of the site's region and the relative density of its hair.
  constexpr Footprint pigment_and_occiput = {true, true, {}, true};
  // The regions the density proxies compare (cohort/stage_proxy.cpp), each against the occiput.
  constexpr Footprint norwood3_regions = Footprint::of_regions(RegionMask::of(Region::FrontalHairline)
                                                                   .with(Region::TemporalLeft)
                                                                   .with(Region::TemporalRight)
                                                                   .with(Region::Crown)
                                                                   .with(Region::Occipital));
  constexpr Footprint ludwig1_regions = Footprint::of_regions(RegionMask::of(Region::MidScalp).with(Region::Occipital));
  // One line per instrument. Counts are of visible shafts (anagen, catagen, telogen) in the site.
  static const std::vector<Endpoint> kTable = {
      hair_count_row("hair_count", "hairs", "hairs in the site (total count, vellus included)",
                     [](S, T t, R, P) { return t.hairs; }),
      hair_count_row("nonvellus_count", "hairs", "hairs >= 30 um in the site (terminal + indeterminate)",
                     [](S, T t, R, P) { return t.nonvellus; }),
      hair_count_row("terminal_count", "hairs", "hairs >= 60 um in the site", [](S, T t, R, P) { return t.terminal; }),
      hair_count_row("density_per_cm2", "1/cm2", "hairs per cm2 in the site",
                     [](S, T t, R, P) { return per_cm2(t.hairs, t); }),
      hair_count_row("nonvellus_per_cm2", "1/cm2", "non-vellus hairs per cm2",
                     [](S, T t, R, P) { return per_cm2(t.nonvellus, t); }),
      hair_count_row("terminal_per_cm2", "1/cm2", "terminal hairs per cm2",
                     [](S, T t, R, P) { return per_cm2(t.terminal, t); }),
      hair_count_row("anagen_per_cm2", "1/cm2", "anagen hairs per cm2 (phototrichogram 'anagen': growing hairs)",
                     [](S, T t, R, P) { return per_cm2(t.anagen, t); }),
      // The contrast-enhanced phototrichogram counts hairs by diameter class from measure.ceptg_min_diameter_um
      // (20 um) and reports the thinner ones apart (PMC7497182, Table 4); "telogen" there is every hair not growing.
      hair_count_row("ceptg_anagen_per_cm2", "1/cm2",
                     "anagen hairs >= measure.ceptg_min_diameter_um (20 um) per cm2 (CE-PTG)",
                     [](S, T t, R, P) { return per_cm2(t.ceptg_anagen, t); }),
      hair_count_row("ceptg_telogen_per_cm2", "1/cm2",
                     "catagen and telogen hairs >= measure.ceptg_min_diameter_um per cm2 (CE-PTG 'telogen': not "
                     "growing)",
                     [](S, T t, R, P) { return per_cm2(t.ceptg_resting, t); }),
      hair_count_row("nano_hairs_per_cm2", "1/cm2",
                     "hairs thinner than measure.ceptg_min_diameter_um per cm2 (CE-PTG nano-hairs)",
                     [](S, T t, R, P) { return per_cm2(t.nano, t); }),
      {"vellus_percent", "%", "hairs < 30 um / hairs x 100 (trichoscopy 'thin hairs')",
       [](S, T t, R, P) { return share(t.hairs - t.nonvellus, t.hairs); }, false, site},
      {"relative_density", "1",
       "non-vellus density of the site over its normal (density of its occipital field x regional weight; 1 = "
       "normal)",
       [](S s, T t, R r, P p) { return relative_density(s, t, r, p); }, false, site_and_occiput},
      {"occipital_ratio", "1",
       "non-vellus density of the site over that of its occipital field (Vecchio's top:occiput ratio)",
       [](S s, T t, R r, P) { return occipital_ratio(s, t, r); }, false, site_and_occiput},
      {"terminal_vellus_ratio", "1",
       "hairs >= 30 um over hairs < 30 um in the site (the histologist's T:V ratio; NaN without vellus "
       "hairs)",
       [](S, T t, R, P) { return t.hairs > t.nonvellus ? t.nonvellus / (t.hairs - t.nonvellus) : kNaN; }, false, site},
      {"follicles_per_cm2", "1/cm2", "follicles not lost per cm2, with or without a hair (biopsy follicle counts)",
       [](S, T t, R, P) { return per_cm2(t.follicles, t); }, false, site},
      {"anagen_percent", "%", "anagen hairs / hairs x 100", [](S, T t, R, P) { return share(t.anagen, t.hairs); },
       false, site},
      {"telogen_percent", "%", "telogen hairs / hairs x 100", [](S, T t, R, P) { return share(t.telogen, t.hairs); },
       false, site},
      // Horizontal-section histology stages the terminal hairs and counts vellus hairs apart (Whiting: terminal hairs
      // as anagen, catagen and telogen; telogen % with catagen included), so its shares are of hairs >= 30 um.
      {"biopsy_anagen_percent", "%", "anagen hairs >= 30 um / hairs >= 30 um x 100 (histology: terminal hairs staged)",
       [](S, T t, R, P) { return share(t.nonvellus_anagen, t.nonvellus); }, false, site},
      {"biopsy_telogen_percent", "%",
       "catagen + telogen hairs >= 30 um / hairs >= 30 um x 100 (histology: terminal hairs staged, catagen counted "
       "with telogen)",
       [](S, T t, R, P) { return share(t.nonvellus - t.nonvellus_anagen, t.nonvellus); }, false, site},
      {"mean_diameter_um", "um", "mean shaft diameter of the hairs present",
       [](S, T t, R, P) { return t.hairs > 0.0 ? t.diameter_sum_um / t.hairs : kNaN; }, false, site},
      {"hair_weight_proxy", "um3/day/cm2",
       "sum over anagen hairs of diameter^2 x growth rate per cm2 (mass grown per day; use percent change)",
       [](S, T t, R, P) { return per_cm2(t.mass_rate, t); }, false, site},
      {"shed_per_day", "hairs/day", "hairs shed per day in the site over the shedding window",
       [](S, T t, R, P) { return t.shed_per_day; }, false, whole_scalp, shedding_rate},
      {"wash_count", "hairs",
       "hairs collected by one daily shampoo (Li 2022 refined wash test): whole-scalp shedding per day x "
       "measure.wash_collected_fraction",
       [](S, T, R r, P p) { return whole_scalp_shedding(r, p).wash_count; }, false, whole_scalp, shedding_rate},
      {"comb_60s_count", "hairs",
       "hairs collected by a 60-second comb count (Wasko 2008): whole-scalp shedding per day x "
       "measure.comb_60s_collected_fraction",
       [](S, T, R r, P p) { return whole_scalp_shedding(r, p).comb_60s_count; }, false, whole_scalp, shedding_rate},
      {"relative_scalp_dht", "%",
       "scalp-skin DHT of the site's region relative to the untreated level x 100 (the androgen drive; Drake's "
       "biopsy assay; use percent change)",
       [](S s, T, R r, P) { return relative_scalp_dht(s, r); }},
      {"norwood3_proxy", "%", "100 when the density proxy says Norwood >= III (cohort/stage_proxy.hpp), else 0",
       [](S, T, R r, P p) { return cohort::norwood3_proxy(nonvellus_by_region(r), p) ? kPercent : 0.0; }, false,
       norwood3_regions},
      {"ludwig1_proxy", "%", "100 when the density proxy says Ludwig >= I (cohort/stage_proxy.hpp), else 0",
       [](S, T, R r, P p) { return cohort::ludwig1_proxy(nonvellus_by_region(r), p) ? kPercent : 0.0; }, false,
       ludwig1_regions},
      // Stages by measure/'s classifier (docs/measurement.md, Staging), the scales a forecast reports (whole scalp).
      {"norwood_stage", "rank",
       "Norwood-Hamilton stage by measure's classifier as its rank: 0 = I, 1 = II, 2 = IIa, 3 = III, 4 = IIIa, "
       "5 = III vertex, 6 = IV, ... 11 = VII (whole scalp)",
       [](S, T, R r, P) { return stage_value(r, &StageRanks::norwood); }, true},
      {"norwood_grade", "grade",
       "Norwood-Hamilton grade 1-7 by measure's classifier, variants with their type (III, IIIa, III vertex = 3): "
       "the number studies average (whole scalp)",
       [](S, T, R r, P) {
         const double rank = stage_value(r, &StageRanks::norwood);
         return std::isnan(rank) ? kNaN : static_cast<double>(measure::norwood_grade(static_cast<int>(rank)));
       },
       true},
      {"ludwig_stage", "rank", "Ludwig grade by measure's classifier: 0 = none, 1 = I, 2 = II, 3 = III (whole scalp)",
       [](S, T, R r, P) { return stage_value(r, &StageRanks::ludwig); }, true},
      {"sinclair_grade", "grade",
       "Sinclair grade 1-5 (women) by measure's classifier, from the mid-scalp: the number studies average (whole "
       "scalp)",
       [](S, T, R r, P) {
         const double rank = stage_value(r, &StageRanks::sinclair);
         return std::isnan(rank) ? kNaN : static_cast<double>(measure::sinclair_grade(static_cast<int>(rank)));
       },
       true},
      {"norwood3", "%", "100 when measure's classifier stages the scalp Norwood-Hamilton III or beyond, else 0",
       [](S, T, R r, P) { return at_least(stage_value(r, &StageRanks::norwood), measure::norwood_rank("III")); }, true},
      {"ludwig1", "%", "100 when measure's classifier grades the scalp Ludwig I or beyond, else 0",
       [](S, T, R r, P) { return at_least(stage_value(r, &StageRanks::ludwig), 1); }, true},
      // Procedures: whole-scalp readings of what a transplant moved (the site is not used), and the look of SMP.
      {"extracted_percent", "%",
       "follicles harvested / (harvested + living donor follicles) x 100: the share of the occipital donor "
       "taken (whole scalp)",
       [](S, T, R r, P) {
         return share(r.grafts.moved_follicles, r.grafts.moved_follicles + r.grafts.donor_follicles);
       }},
      {"hairs_per_graft", "hairs", "mean follicles per follicular unit implanted (whole scalp)",
       [](S, T, R r, P) {
         return r.grafts.moved_units > 0.0 ? r.grafts.moved_follicles / r.grafts.moved_units : kNaN;
       }},
      {"graft_survival_percent", "%", "implanted follicles alive now / implanted x 100 (whole scalp)",
       [](S, T, R r, P) { return share(r.grafts.alive_follicles, r.grafts.moved_follicles); }},
      {"visual_density_score", "0-10",
       "10 x (p + h - p h): pigment coverage p of the site and relative density h of its hair (capped at 1), as "
       "independent covers (a modelling choice for Liu 2025's 0-10 scale)",
       [](S s, T t, R r, P p) {
         return treat::visual_density_score(site_pigment(s, r), hair_share(relative_density(s, t, r, p)));
       },
       false, pigment_and_occiput},
  };
  return kTable;
}

Site occipital_field(const Site& site) { return {Region::Occipital, site.circle_cm2}; }

const Endpoint* find_endpoint(std::string_view name) {
  for (const auto& e : endpoint_table()) {
    if (e.name == name) {
      return &e;
    }
  }
  return nullptr;
}

std::string endpoint_names() {
  return joined_names([](const Endpoint&) { return true; });
}

bool counts_hairs(std::string_view instrument) {
  const Endpoint* e = find_endpoint(instrument);
  return e != nullptr && e->counts_hairs;
}

std::string hair_count_instrument_names() {
  return joined_names([](const Endpoint& e) { return e.counts_hairs; });
}

}  // namespace trichosim::trial
