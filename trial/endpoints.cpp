#include "trial/endpoints.hpp"

#include <cmath>
#include <limits>

#include "cohort/stage_proxy.hpp"

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

}  // namespace

const std::vector<Endpoint>& endpoint_table() {
  using T = const SiteTally&;
  using R = const ScalpReading&;
  using P = const Parameters&;
  // One line per instrument. Counts are of visible shafts (anagen, catagen, telogen) in the site.
  static const std::vector<Endpoint> kTable = {
      {"hair_count", "hairs", "hairs in the site (total count, vellus included)",
       [](T t, R, P) { return t.hairs; }},
      {"nonvellus_count", "hairs", "hairs >= 30 um in the site (terminal + indeterminate)",
       [](T t, R, P) { return t.nonvellus; }},
      {"terminal_count", "hairs", "hairs >= 60 um in the site", [](T t, R, P) { return t.terminal; }},
      {"density_per_cm2", "1/cm2", "hairs per cm2 in the site", [](T t, R, P) { return per_cm2(t.hairs, t); }},
      {"nonvellus_per_cm2", "1/cm2", "non-vellus hairs per cm2", [](T t, R, P) { return per_cm2(t.nonvellus, t); }},
      {"terminal_per_cm2", "1/cm2", "terminal hairs per cm2", [](T t, R, P) { return per_cm2(t.terminal, t); }},
      {"anagen_per_cm2", "1/cm2", "anagen hairs per cm2 (phototrichogram 'anagen': growing hairs)",
       [](T t, R, P) { return per_cm2(t.anagen, t); }},
      {"anagen_percent", "%", "anagen hairs / hairs x 100", [](T t, R, P) { return share(t.anagen, t.hairs); }},
      {"telogen_percent", "%", "telogen hairs / hairs x 100", [](T t, R, P) { return share(t.telogen, t.hairs); }},
      {"mean_diameter_um", "um", "mean shaft diameter of the hairs present",
       [](T t, R, P) { return t.hairs > 0.0 ? t.diameter_sum_um / t.hairs : kNaN; }},
      {"hair_weight_proxy", "um3/day/cm2",
       "sum over anagen hairs of diameter^2 x growth rate per cm2 (mass grown per day; use percent change)",
       [](T t, R, P) { return per_cm2(t.mass_rate, t); }},
      {"shed_per_day", "hairs/day", "hairs shed per day in the site over the shedding window",
       [](T t, R, P) { return t.shed_per_day; }},
      {"norwood3_proxy", "%", "100 when the density proxy says Norwood >= III (cohort/stage_proxy.hpp), else 0",
       [](T, R r, P p) { return cohort::norwood3_proxy(nonvellus_by_region(r), p) ? kPercent : 0.0; }},
      {"ludwig1_proxy", "%", "100 when the density proxy says Ludwig >= I (cohort/stage_proxy.hpp), else 0",
       [](T, R r, P p) { return cohort::ludwig1_proxy(nonvellus_by_region(r), p) ? kPercent : 0.0; }},
  };
  return kTable;
}

const Endpoint* find_endpoint(std::string_view name) {
  for (const auto& e : endpoint_table()) {
    if (e.name == name) {
      return &e;
    }
  }
  return nullptr;
}

std::string endpoint_names() {
  std::string out;
  for (const auto& e : endpoint_table()) {
    out += (out.empty() ? "" : ", ") + std::string(e.name);
  }
  return out;
}

}  // namespace trichosim::trial
