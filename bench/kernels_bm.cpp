// Google Benchmark kernels: one keyed draw, one lognormal duration, advancing a small scalp, one observation.
#include <benchmark/benchmark.h>

#include "core/rng.hpp"
#include "core/simulation.hpp"
#include "measure/region_summary.hpp"

namespace {

void BM_PhiloxDraw(benchmark::State& state) {
  std::uint32_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(trichosim::philox_words(1, {1, i++, 0, trichosim::DrawSite::AnagenDuration, 0}));
  }
}
BENCHMARK(BM_PhiloxDraw);

void BM_LognormalDuration(benchmark::State& state) {
  std::uint32_t i = 0;
  for (auto _ : state) {
    const trichosim::Draw d(1, {1, i++, 0, trichosim::DrawSite::AnagenDuration, 0});
    benchmark::DoNotOptimize(trichosim::lognormal_from_normal(d.normal01(), 1000.0, 0.3));
  }
}
BENCHMARK(BM_LognormalDuration);

trichosim::Parameters small_scalp() {
  trichosim::Parameters p;
  p.set(trichosim::Param::scalp_area_cm2, 200.0);
  return p;
}

void BM_AdvanceOneYear(benchmark::State& state) {
  trichosim::Person man;
  man.age_years = 30.0;
  man.predisposition = 0.8;
  for (auto _ : state) {
    state.PauseTiming();
    trichosim::Simulation sim(man, small_scalp(), {3, 1});
    sim.advance_to(0.0);
    state.ResumeTiming();
    sim.advance_to(trichosim::kDaysPerYear);
    state.counters["follicles"] = static_cast<double>(sim.follicles().follicle_count());
  }
}
BENCHMARK(BM_AdvanceOneYear)->Unit(benchmark::kMillisecond);

void BM_Summarise(benchmark::State& state) {
  trichosim::Person man;
  man.age_years = 30.0;
  trichosim::Simulation sim(man, small_scalp(), {3, 1});
  sim.advance_to(0.0);
  for (auto _ : state) {
    benchmark::DoNotOptimize(trichosim::measure::summarise(sim));
  }
}
BENCHMARK(BM_Summarise)->Unit(benchmark::kMillisecond);

}  // namespace
