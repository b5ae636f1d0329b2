// Rendering a full scalp: the top view, the hairline view, a trichoscopy field and PNG encoding, on the
// registry's default scalp (about 120,000 follicles) of a 25-year-old man without predisposition (a full head).
#include <benchmark/benchmark.h>

#include <vector>

#include "core/simulation.hpp"
#include "render/scalp_view.hpp"
#include "render/trichoscopy.hpp"

namespace {

using namespace trichosim;

const Simulation& full_scalp() {
  static const Simulation sim = [] {
    Person p;
    p.sex = Sex::Male;
    p.age_years = 25.0;
    Simulation s(p, Parameters{}, {42, 1});
    const std::vector<Day> days = {0.0};
    s.run(days, 7.0, [](const Simulation&, Day) {});
    return s;
  }();
  return sim;
}

void BM_TopView800(benchmark::State& state) {
  const Simulation& sim = full_scalp();
  const render::ScalpStyle style;
  for (auto _ : state) {
    benchmark::DoNotOptimize(render::render_top_view(sim, style));
  }
  state.counters["follicles"] = static_cast<double>(sim.follicles().follicle_count());
}
BENCHMARK(BM_TopView800)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_TopView800WithPng(benchmark::State& state) {
  const Simulation& sim = full_scalp();
  const render::ScalpStyle style;
  for (auto _ : state) {
    benchmark::DoNotOptimize(render::encode_png(render::render_top_view(sim, style)));
  }
}
BENCHMARK(BM_TopView800WithPng)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_FrontView800(benchmark::State& state) {
  const Simulation& sim = full_scalp();
  const render::ScalpStyle style;
  for (auto _ : state) {
    benchmark::DoNotOptimize(render::render_front_view(sim, style));
  }
}
BENCHMARK(BM_FrontView800)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_TrichoscopyField(benchmark::State& state) {
  const Simulation& sim = full_scalp();
  const render::TrichoscopyStyle style;
  const MapPoint crown = sim.geometry().region_centre()[region_index(Region::Crown)];
  for (auto _ : state) {
    benchmark::DoNotOptimize(render::render_trichoscopy(sim, crown, style, "Crown"));
  }
}
BENCHMARK(BM_TrichoscopyField)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
