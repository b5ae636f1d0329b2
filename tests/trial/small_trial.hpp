#pragma once
// A small two-arm trial on 200 cm2 scalps with a test-only treatment, shared by the trial tests.
#include <memory>
#include <string_view>
#include <vector>

#include "tests/support/family_history.hpp"
#include "tests/support/small_scalp.hpp"
#include "trial/runner.hpp"

namespace trichosim::trial {

// Test-only treatment: from its start, shortens kenogen and gives miniaturised follicles size back at each new
// anagen — the shape of a hair-growth drug, without its numbers.
class TestRegrowth final : public Intervention {
 public:
  std::string_view name() const override { return "test_regrowth"; }
  std::vector<Param> registry_keys() const override { return {}; }
  std::vector<Day> change_days() const override { return {0.0}; }
  void modify(Day t, const Person&, RegionalModifiers& m) const override {
    if (t >= 0.0) {
      m.for_each(RegionMask::all(), [](Modifiers& r) {
        r.duration_scale[3] *= 0.2;
        r.size_gain_per_cycle += 0.3;
      });
    }
  }
};

inline std::vector<std::unique_ptr<Intervention>> test_factory(const Arm& arm, const Parameters&) {
  std::vector<std::unique_ptr<Intervention>> out;
  if (arm.name == "treated") {
    out.push_back(std::make_unique<TestRegrowth>());
  }
  return out;
}

inline TrialDesign small_trial() {
  TrialDesign d;
  d.name = "test";
  d.source = "<test>";
  d.seed = 17;
  d.parameters = testing::params_with_area(200.0);
  d.population.age_min_years = 20.0;
  d.population.age_max_years = 30.0;
  d.population.predisposition = testing::strong_family_history(d.parameters);
  d.arms = {Arm{"placebo", {}, 6, 1.0}, Arm{"treated", {}, 6, 1.0}};
  d.duration_years = 1.0;
  d.visit_years = {0.0, 0.5, 1.0};
  d.sample_fraction = 0.1;
  EndpointSpec count;
  count.name = "vertex_count";
  count.instrument = "hair_count";
  count.site = Site{Region::Crown, 5.07};
  count.primary = true;
  count.responder_thresholds = {0.0};
  EndpointSpec density;
  density.name = "crown_density";
  density.instrument = "nonvellus_per_cm2";
  density.site = Site{Region::Crown, 0.0};
  d.endpoints = {count, density};
  return d;
}

inline RunOptions options(int threads) {
  RunOptions o;
  o.threads = threads;
  o.interventions = test_factory;
  return o;
}

}  // namespace trichosim::trial
