#include "render/hair_sample.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "core/rng.hpp"

namespace trichosim::render {
namespace {

// Drawing convention: from above a hair is seen between 55 % and 100 % of its length (it leaves the skin at an
// angle and curves over).
constexpr double kMinLie = 0.55;

}  // namespace

HairClass classify(const Parameters& p, double diameter_um) {
  if (diameter_um < p[Param::shaft_vellus_max_diameter_um]) {
    return HairClass::Vellus;
  }
  if (diameter_um < p[Param::shaft_terminal_min_diameter_um]) {
    return HairClass::Intermediate;
  }
  return HairClass::Terminal;
}

std::vector<HairSample> sample_hairs(const Simulation& sim, const ScalpStyle& style, bool combed_back) {
  const FollicleStore& store = sim.follicles();
  const HairFlow flow(sim.geometry());
  const double jitter_rad = style.angle_jitter_deg * std::numbers::pi / 180.0;
  std::vector<HairSample> out;
  out.reserve(store.follicle_count());
  for (std::size_t i = 0; i < store.follicle_count(); ++i) {
    if (!sim.holds_hair(i)) {
      continue;
    }
    const Shaft shaft = sim.shaft(i);
    if (shaft.diameter_um <= 0.0) {
      continue;
    }
    const auto fid = static_cast<std::uint32_t>(i);
    const Draw d(sim.seed(), {sim.person().id, fid, 0, DrawSite::RenderHair, 0});
    HairSample h;
    h.follicle = fid;
    h.root = store.position(i);
    const Direction base = combed_back ? Direction{0.0, 1.0} : flow.at(h.root);
    const double angle = std::atan2(base.dy, base.dx) + jitter_rad * d.normal01();
    h.direction = {std::cos(angle), std::sin(angle)};
    h.length_mm = std::min(style.cut_length_mm, shaft.length_um / kUmPerMm);
    h.lie = kMinLie + (1.0 - kMinLie) * d.uniform(2);
    h.diameter_um = shaft.diameter_um;
    h.hair_class = classify(sim.parameters(), shaft.diameter_um);
    h.grey = d.uniform(3) < style.grey_fraction;
    out.push_back(h);
  }
  return out;
}

}  // namespace trichosim::render
