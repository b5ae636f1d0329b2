#include "measure/instrument_report.hpp"

#include "core/simulation.hpp"

namespace trichosim::measure {

SiteKind site_kind(NamedSite s) {
  switch (s) {
    case NamedSite::VertexBiopsy:
    case NamedSite::OccipitalBiopsy:
      return SiteKind::Biopsy;
    case NamedSite::FrontalTrichoscopy:
    case NamedSite::OccipitalTrichoscopy:
      return SiteKind::Trichoscopy;
    default:
      return SiteKind::TargetArea;
  }
}

InstrumentReport measure_instruments(const Simulation& sim, std::span<const NamedSite> sites, double shed_per_day,
                                     bool with_error, std::uint32_t occasion) {
  const InstrumentSettings settings = InstrumentSettings::from(sim.parameters());
  const std::vector<FollicleView> all = view_scalp(sim);
  InstrumentReport report;
  report.day = sim.now();
  report.age_years = sim.age_years();
  std::optional<Trichoscopy> frontal;
  std::optional<Trichoscopy> occipital;
  for (NamedSite s : sites) {
    SiteReading r;
    r.site = s;
    r.circle = site_on(s, sim.geometry(), sim.parameters());
    const std::vector<FollicleView> inside = select_site(all, r.circle);
    const double area = r.circle.area_cm2();
    ErrorOption error;
    if (with_error) {
      error = ErrorKey{sim.seed(), sim.person().id, static_cast<std::uint32_t>(s), occasion};
    }
    switch (site_kind(s)) {
      case SiteKind::TargetArea:
        r.count = count_target_area(inside, area, settings, error);
        r.phototrichogram = read_phototrichogram(inside, area, settings, error);
        r.hair_mass = measure_hair_mass(inside, area);
        break;
      case SiteKind::Biopsy:
        r.biopsy = count_biopsy(inside, area, settings);
        break;
      case SiteKind::Trichoscopy:
        r.trichoscopy = read_trichoscopy(inside, area, settings, error);
        (s == NamedSite::FrontalTrichoscopy ? frontal : occipital) = r.trichoscopy;
        break;
    }
    report.sites.push_back(r);
  }
  if (frontal && occipital) {
    report.rakowska = rakowska_criteria(*frontal, *occipital, settings);
  }
  report.shedding = measure_shedding(shed_per_day, settings);
  for (std::size_t k = 0; k < kPullTestRegions.size(); ++k) {
    report.pull_tests[k] = pull_test(all, sim.geometry().region_centre()[region_index(kPullTestRegions[k])], settings);
  }
  return report;
}

}  // namespace trichosim::measure
