#include "measure/assessment.hpp"

#include "core/simulation.hpp"
#include "measure/sites.hpp"

namespace trichosim::measure {
namespace {

constexpr RegionMask kTop = RegionMask::of(Region::FrontalHairline).with(Region::MidScalp).with(Region::Crown);

}  // namespace

Assessor::Assessor(const Simulation& sim)
    : settings_(InstrumentSettings::from(sim.parameters())),
      thresholds_(StagingThresholds::from(sim.parameters())),
      cell_mm_(sim.parameters()[Param::measure_map_cell_mm]),
      smoothing_mm_(circle_of_area({}, sim.parameters()[Param::measure_site_unit_circle_area_cm2]).radius_mm),
      reference_(view_scalp(sim), sim.geometry(), cell_mm_, settings_.vellus_max_um) {}

Assessment Assessor::staged(const RelativeDensity& relative) const {
  Assessment a;
  a.pattern = read_pattern(relative, thresholds_);
  a.norwood = norwood_stage(a.pattern, thresholds_);
  a.ludwig = ludwig_stage(a.pattern, thresholds_);
  a.sinclair = sinclair_stage(a.pattern, thresholds_);
  return a;
}

Assessment Assessor::stage(const Simulation& sim) const {
  const DensityMap now(view_scalp(sim), sim.geometry(), cell_mm_, settings_.vellus_max_um);
  return staged(RelativeDensity(now, reference_, smoothing_mm_));
}

Assessment Assessor::assess(const Simulation& sim, double shed_per_day) {
  const std::vector<FollicleView> all = view_scalp(sim);
  const DensityMap now(all, sim.geometry(), cell_mm_, settings_.vellus_max_um);
  const RelativeDensity relative(now, reference_, smoothing_mm_);
  Assessment a = staged(relative);

  std::vector<FollicleView> top;
  for (const FollicleView& f : all) {
    if (kTop.contains(f.region)) {
      top.push_back(f);
    }
  }
  SymptomInputs in;
  in.top = top;
  in.top_area_cm2 = relative.area(kTop);
  in.top_visible_fraction = relative.region_ratio(kTop);
  in.scalp_area_cm2 = relative.area();
  in.pattern = a.pattern;
  in.shed_per_day = shed_per_day;
  if (!baseline_) {
    baseline_ = baseline_from(in, settings_);
  }
  a.symptoms = describe_symptoms(in, *baseline_, settings_, thresholds_);
  return a;
}

}  // namespace trichosim::measure
