#include "measure/settings.hpp"

namespace trichosim::measure {

InstrumentSettings InstrumentSettings::from(const Parameters& p) {
  InstrumentSettings s;
  s.vellus_max_um = p[Param::shaft_vellus_max_diameter_um];
  s.terminal_min_um = p[Param::shaft_terminal_min_diameter_um];
  s.fine_max_um = p[Param::measure_fine_hair_diameter_um];
  s.ptg_interval_days = p[Param::measure_phototrichogram_interval_days];
  s.ptg_min_growth_um = p[Param::measure_phototrichogram_min_growth_um];
  s.error_ptg_cv = p[Param::measure_error_phototrichogram_count_cv];
  s.error_trichoscopy_cv = p[Param::measure_error_trichoscopy_count_cv];
  s.error_target_area_cv = p[Param::measure_error_target_area_count_cv];
  s.wash_fraction = p[Param::measure_wash_collected_fraction];
  s.comb_fraction = p[Param::measure_comb_60s_collected_fraction];
  s.pull_hairs = p[Param::measure_pull_test_hairs_grasped];
  s.pull_positive_fraction = p[Param::measure_pull_test_positive_fraction];
  s.pull_loose_days = p[Param::measure_pull_test_loose_telogen_days];
  s.shedding_abnormal_per_day = p[Param::measure_shedding_abnormal_per_day];
  s.breakage_max_um = p[Param::measure_breakage_diameter_um];
  s.rakowska_single_unit_ratio = p[Param::measure_rakowska_single_unit_ratio];
  s.rakowska_vellus_ratio = p[Param::measure_rakowska_vellus_ratio];
  s.rakowska_thin_share = p[Param::measure_rakowska_thin_share];
  s.rakowska_diameter_ratio = p[Param::measure_rakowska_diameter_ratio];
  s.rakowska_yellow_dot_ratio = p[Param::measure_rakowska_yellow_dot_ratio];
  return s;
}

}  // namespace trichosim::measure
