#include "trial/reading.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <numbers>

namespace trichosim::trial {
namespace {

constexpr double kMmPerCm = 10.0;

struct Circle {
  MapPoint centre;
  double radius2_mm2;
};

Circle circle_of(const ScalpGeometry& geometry, const Site& site) {
  const MapPoint centre =
      site.region ? geometry.region_centre()[region_index(*site.region)] : MapPoint{0.0, 0.5 * geometry.length_mm()};
  const double radius_mm = std::sqrt(site.circle_cm2 / std::numbers::pi) * kMmPerCm;
  return {centre, radius_mm * radius_mm};
}

bool inside(const Circle& c, MapPoint p) {
  const double dx = p.x_mm - c.centre.x_mm;
  const double dy = p.y_mm - c.centre.y_mm;
  return dx * dx + dy * dy <= c.radius2_mm2;
}

// Which circles each follicular unit lies in (units do not move; a follicle takes its unit's): bit k % 32 of word
// u * words + k / 32, with words = ceil(circles / 32).
struct CircleMasks {
  std::size_t words = 0;
  std::vector<std::uint32_t> bits;
};

CircleMasks circle_masks(const FollicleStore& s, std::span<const Circle> circles) {
  CircleMasks m;
  m.words = (circles.size() + 31) / 32;
  m.bits.assign(s.unit_count() * m.words, 0U);
  for (std::size_t u = 0; m.words > 0 && u < s.unit_count(); ++u) {
    const MapPoint pos = s.unit_position(u);
    for (std::size_t k = 0; k < circles.size(); ++k) {
      m.bits[u * m.words + k / 32] |= inside(circles[k], pos) ? 1U << (k % 32) : 0U;
    }
  }
  return m;
}

}  // namespace

const SiteTally& ScalpReading::at(const Site& site) const {
  if (site.circle_cm2 > 0.0) {
    for (std::size_t k = 0; k < circle_sites.size(); ++k) {
      if (circle_sites[k] == site) {
        return circles[k];
      }
    }
    assert(false && "a circle site must be requested from read_scalp before it is looked up");
  }
  return regions[site.region ? region_index(*site.region) : kRegionCount];
}

ScalpReading read_scalp(const Simulation& sim, std::span<const Site> circles, const UnitFilter& units) {
  ScalpReading out;
  out.age_years = sim.age_years();
  out.pigment = read_pigment(sim);
  out.circle_sites.assign(circles.begin(), circles.end());
  out.circles.resize(circles.size());
  for (std::size_t r = 0; r < kRegionCount; ++r) {
    out.androgen_drive[r] = sim.modifiers().region[r].androgen_drive;
  }
  std::vector<Circle> shapes;
  for (const Site& s : circles) {
    shapes.push_back(circle_of(sim.geometry(), s));
  }
  const Parameters& p = sim.parameters();
  const double vellus_max = p[Param::shaft_vellus_max_diameter_um];
  const double terminal_min = p[Param::shaft_terminal_min_diameter_um];
  const double ceptg_min = p[Param::measure_ceptg_min_diameter_um];
  const FollicleStore& s = sim.follicles();
  std::vector<std::array<double, kRegionCount>> circle_by_region(circles.size());

  const double w = 1.0 / sim.sample_fraction();
  auto add = [w, ceptg_min](SiteTally& t, Phase ph, bool hair, const Shaft& shaft, double vmax, double tmin) {
    t.follicles += w;
    if (!hair) {
      return;
    }
    t.hairs += w;
    const bool nonvellus = shaft.diameter_um >= vmax;
    t.nonvellus += nonvellus ? w : 0.0;
    t.terminal += shaft.diameter_um >= tmin ? w : 0.0;
    t.diameter_sum_um += w * shaft.diameter_um;
    const bool ceptg_counted = shaft.diameter_um >= ceptg_min;
    t.nano += ceptg_counted ? 0.0 : w;
    (ph == Phase::Anagen ? t.ceptg_anagen : t.ceptg_resting) += ceptg_counted ? w : 0.0;
    if (ph == Phase::Anagen) {
      t.anagen += w;
      t.nonvellus_anagen += nonvellus ? w : 0.0;
      t.mass_rate += w * shaft.diameter_um * shaft.diameter_um * shaft.growth_um_per_day;
    }
    t.telogen += ph == Phase::Telogen ? w : 0.0;
  };

  const CircleMasks in_circles = circle_masks(s, shapes);
  std::vector<std::uint8_t> unit_read;  // with `units`: 1 for the units read (a unit's region is its follicles')
  if (units) {
    constexpr std::uint8_t kUnknown = 2;
    unit_read.assign(s.unit_count(), kUnknown);
    for (std::size_t i = 0; i < s.follicle_count(); ++i) {
      std::uint8_t& read = unit_read[s.unit[i]];
      if (read == kUnknown) {
        read = units(s.position(i), s.region[i]) ? 1 : 0;
      }
    }
  }
  GraftCounter grafts(sim);  // in the same pass: graft survival needs the lost follicles too
  auto read = [&](std::size_t i) { return unit_read.empty() || unit_read[s.unit[i]] != 0; };
  sim.for_each_shaft_where(read, [&](std::size_t i, const Shaft& shaft) {  // all zero for a follicle without a hair
    grafts.add(i);
    const Phase ph = s.phase[i];
    if (ph == Phase::Lost) {
      return;
    }
    const bool hair = sim.holds_hair(i);  // a broken anagen shaft (chemotherapy) is no hair until it regrows
    const std::size_t r = region_index(s.region[i]);
    add(out.regions[r], ph, hair, shaft, vellus_max, terminal_min);
    add(out.regions[kRegionCount], ph, hair, shaft, vellus_max, terminal_min);
    for (std::size_t word = 0; word < in_circles.words; ++word) {
      std::uint32_t mask = in_circles.bits[s.unit[i] * in_circles.words + word];
      for (std::size_t k = 32 * word; mask != 0; mask >>= 1U, ++k) {
        if ((mask & 1U) != 0) {
          add(out.circles[k], ph, hair, shaft, vellus_max, terminal_min);
          circle_by_region[k][r] += w;
        }
      }
    }
  });
  out.grafts = grafts.tally();
  // Areas and shedding: regions from the geometry and the engine's tally; circles take their share of each
  // region's shedding in proportion to the follicles they hold.
  const ShedTally& shed = sim.shed_tally();
  double shed_total = 0.0;
  for (std::size_t r = 0; r < kRegionCount; ++r) {
    out.regions[r].area_cm2 = sim.geometry().region_area_cm2()[r];
    out.regions[r].shed_per_day = sim.shed_rate(w * static_cast<double>(shed[r]));
    shed_total += out.regions[r].shed_per_day;
  }
  out.regions[kRegionCount].area_cm2 = sim.geometry().area_cm2();
  out.regions[kRegionCount].shed_per_day = shed_total;
  for (std::size_t k = 0; k < circles.size(); ++k) {
    out.circles[k].area_cm2 = circles[k].circle_cm2;
    for (std::size_t r = 0; r < kRegionCount; ++r) {
      if (out.regions[r].follicles > 0) {
        out.circles[k].shed_per_day += out.regions[r].shed_per_day * circle_by_region[k][r] / out.regions[r].follicles;
      }
    }
  }
  return out;
}

UnitFilter units_read(const ScalpGeometry& geometry, std::span<const Site> sites, RegionMask regions) {
  std::vector<Circle> circles;
  for (const Site& s : sites) {
    if (s.circle_cm2 > 0.0) {
      circles.push_back(circle_of(geometry, s));
    } else if (s.region) {
      regions = regions.with(*s.region);
    } else {
      return [](MapPoint, Region) { return true; };  // the whole scalp
    }
  }
  return [circles, regions](MapPoint at, Region r) {
    return regions.contains(r) ||
           std::any_of(circles.begin(), circles.end(), [at](const Circle& c) { return inside(c, at); });
  };
}

std::size_t follicles_in_circle(const Simulation& sim, const Site& site) {
  const Circle c = circle_of(sim.geometry(), site);
  const FollicleStore& s = sim.follicles();
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.follicle_count(); ++i) {  // simulated follicles, not scaled by the sample fraction
    if (s.phase[i] != Phase::Lost && inside(c, s.position(i))) {
      ++n;
    }
  }
  return n;
}

}  // namespace trichosim::trial
