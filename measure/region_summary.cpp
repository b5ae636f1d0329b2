#include "measure/region_summary.hpp"

namespace trichosim::measure {
namespace {

struct Tally {
  std::uint32_t follicles = 0;
  std::uint32_t hairs = 0;
  std::uint32_t anagen = 0;
  std::uint32_t telogen = 0;
  std::uint32_t kenogen = 0;
  std::uint32_t terminal = 0;
  std::uint32_t vellus = 0;
  double diameter_sum = 0.0;
  std::uint64_t shed = 0;
};

RegionSummary finish(const Tally& t, double area_cm2, const Simulation& sim) {
  RegionSummary s;
  s.area_cm2 = area_cm2;
  s.follicles = t.follicles;
  s.hairs = t.hairs;
  const double per_cm2 = area_cm2 > 0.0 ? 1.0 / area_cm2 : 0.0;
  s.density_per_cm2 = t.hairs * per_cm2;
  s.terminal_per_cm2 = t.terminal * per_cm2;
  s.vellus_per_cm2 = t.vellus * per_cm2;
  s.intermediate_per_cm2 = (t.hairs - t.terminal - t.vellus) * per_cm2;
  if (t.hairs > 0) {
    s.mean_diameter_um = t.diameter_sum / t.hairs;
    s.anagen_percent = 100.0 * t.anagen / t.hairs;
    s.telogen_percent = 100.0 * t.telogen / t.hairs;
  }
  if (t.follicles > 0) {
    s.kenogen_percent = 100.0 * t.kenogen / t.follicles;
  }
  s.shed_per_day = sim.shed_rate(static_cast<double>(t.shed));
  return s;
}

}  // namespace

ScalpSummary summarise(const Simulation& sim) {
  const Parameters& p = sim.parameters();
  const double vellus_max = p[Param::shaft_vellus_max_diameter_um];
  const double terminal_min = p[Param::shaft_terminal_min_diameter_um];
  const FollicleStore& s = sim.follicles();
  std::array<Tally, kRegionCount + 1> tally{};
  sim.for_each_shaft([&](std::size_t i, const Shaft& shaft) {
    const Phase ph = s.phase[i];
    if (ph == Phase::Lost) {
      return;
    }
    Tally& t = tally[region_index(s.region[i])];
    ++t.follicles;
    if (ph == Phase::Kenogen) {
      ++t.kenogen;
      return;
    }
    if (!sim.holds_hair(i)) {
      return;  // a broken anagen shaft not yet regrown: a follicle, but no hair to count
    }
    ++t.hairs;
    t.diameter_sum += shaft.diameter_um;
    t.anagen += ph == Phase::Anagen ? 1U : 0U;
    t.telogen += ph == Phase::Telogen ? 1U : 0U;
    t.terminal += shaft.diameter_um >= terminal_min ? 1U : 0U;
    t.vellus += shaft.diameter_um < vellus_max ? 1U : 0U;
  });
  Tally& all = tally[kRegionCount];
  for (std::size_t r = 0; r < kRegionCount; ++r) {
    tally[r].shed = sim.shed_tally()[r];
    all.follicles += tally[r].follicles;
    all.hairs += tally[r].hairs;
    all.anagen += tally[r].anagen;
    all.telogen += tally[r].telogen;
    all.kenogen += tally[r].kenogen;
    all.terminal += tally[r].terminal;
    all.vellus += tally[r].vellus;
    all.diameter_sum += tally[r].diameter_sum;
    all.shed += tally[r].shed;
  }
  ScalpSummary out;
  out.day = sim.now();
  out.age_years = sim.age_years();
  for (std::size_t r = 0; r < kRegionCount; ++r) {
    out.regions[r] = finish(tally[r], sim.geometry().region_area_cm2()[r], sim);
  }
  out.regions[kRegionCount] = finish(all, sim.geometry().area_cm2(), sim);
  return out;
}

}  // namespace trichosim::measure
