#include "treat/transplant.hpp"

#include <algorithm>
#include <cmath>
#include <sstream>

#include "core/input_error.hpp"

namespace trichosim::treat {

Transplant::Transplant(const EventSpec& spec, const Parameters& p) {
  method_ = spec.choice("method", {"fue", "fut"}, "fue") == "fut" ? TransplantMethod::Fut : TransplantMethod::Fue;
  session_limit_ = spec.choice("harvest", {"grafts", "session_limit"}, "grafts") == "session_limit";
  if (session_limit_) {
    if (spec.has("grafts")) {
      throw InputError(spec.where() +
                       ".grafts: not allowed with harvest = \"session_limit\" (the graft count is then the donor's "
                       "safe per-session extraction limit); remove grafts or use harvest = \"grafts\"");
    }
    grafts_ = 0;
  } else {
    const double max_grafts = p[Param::transplant_max_grafts_per_session];
    if (!spec.has("grafts")) {
      std::ostringstream os;
      os << spec.where() << ".grafts: missing; give a number from 1 to " << max_grafts
         << " (follicular units), or harvest = \"session_limit\"";
      throw InputError(os.str());
    }
    grafts_ =
        static_cast<std::size_t>(std::lround(spec.required_number("grafts", 1.0, max_grafts, "follicular units")));
  }
  if (!spec.has("recipient")) {
    spec.regions("recipient", RegionMask::all());
    throw InputError(spec.where() +
                     ".recipient: missing; give a list of recipient regions, e.g. [\"frontal_hairline\"]");
  }
  recipient_ = spec.regions("recipient", RegionMask::all());
  if (recipient_.contains(Region::Occipital)) {
    throw InputError(spec.where() + ".recipient contains \"occipital\": the occipital region is the donor region");
  }
  day_ = spec.start_day();
  fu_per_cm2_ = spec.number("density_fu_per_cm2", 10.0, 60.0, "follicular units per cm2",
                            p[Param::transplant_recipient_fu_per_cm2]);
  init(p);
}

Transplant::Transplant(TransplantMethod method, std::size_t grafts, RegionMask recipient, Day day, double fu_per_cm2,
                       const Parameters& p)
    : method_(method), grafts_(grafts), recipient_(recipient), day_(day), fu_per_cm2_(fu_per_cm2) {
  init(p);
}

void Transplant::init(const Parameters& p) {
  survival_ = method_ == TransplantMethod::Fut ? p[Param::transplant_survival_fut] : p[Param::transplant_survival_fue];
  shed_ = {p[Param::transplant_shed_min_days],
           std::max(p[Param::transplant_shed_min_days], p[Param::transplant_shed_max_days])};
  dormancy_scale_ = p[Param::transplant_dormancy_kenogen_probability_scale];
  shock_share_ = p[Param::transplant_shock_loss_share];
  session_fraction_ = p[Param::transplant_donor_session_extraction_fraction];
  max_grafts_per_session_ = p[Param::transplant_max_grafts_per_session];
  report_.day = day_;
  report_.grafts_requested = grafts_;
}

std::vector<Param> Transplant::registry_keys() const {
  return {Param::transplant_survival_fut,
          Param::transplant_survival_fue,
          Param::transplant_shed_min_days,
          Param::transplant_shed_max_days,
          Param::transplant_dormancy_kenogen_probability_scale,
          Param::transplant_shock_loss_share,
          Param::transplant_max_grafts_per_session,
          Param::transplant_donor_session_extraction_fraction,
          Param::transplant_recipient_fu_per_cm2};
}

std::vector<Day> Transplant::change_days() const { return {day_, day_ + shed_.max_days + 1.0}; }

void Transplant::modify(Day t, const Person&, RegionalModifiers& m) const {
  // Until the last implanted shaft has shed, shedding in the recipient area is followed by a resting phase.
  if (t >= day_ && t < day_ + shed_.max_days + 1.0) {
    m.for_each(recipient_, [&](Modifiers& r) { r.kenogen_probability_scale *= dormancy_scale_; });
  }
}

void Transplant::act(Day, std::uint16_t action_id, ScalpEditor& editor) const {
  report_.shock_loss_follicles = editor.end_phase_now(Phase::Anagen, shock_share_, recipient_, action_id);
  const ExtractionPattern pattern =
      method_ == TransplantMethod::Fut ? ExtractionPattern::Strip : ExtractionPattern::Scattered;
  // Graft counts and recipient density are whole-scalp numbers; in target-area mode (sample fraction f) the
  // simulated scalp holds f of the units, so a session moves f of the grafts at f of the density, over the same
  // area, and readings (which weight each follicle 1/f) see the whole-scalp result. The session limit is the
  // planner's per-session budget: the donor's safe share, at most the largest session.
  const double f = editor.sample_fraction();
  const auto largest_session = static_cast<std::size_t>(std::lround(max_grafts_per_session_ * f));
  const std::size_t count = session_limit_
                                ? std::min(donor_session_limit(editor.follicles(), session_fraction_), largest_session)
                                : static_cast<std::size_t>(std::lround(static_cast<double>(grafts_) * f));
  report_.grafts_requested = count;
  const std::vector<GraftUnit> grafts =
      editor.extract_units(RegionMask::of(Region::Occipital), count, pattern, action_id);
  const std::vector<MapPoint> sites = recipient_sites(editor.geometry(), recipient_, grafts.size(), fu_per_cm2_ * f);
  const std::size_t n = std::min(sites.size(), grafts.size());
  report_.grafts_extracted = grafts.size();
  report_.follicles_implanted = 0;
  for (std::size_t k = 0; k < n; ++k) {
    report_.follicles_implanted += grafts[k].follicles.size();
  }
  report_.follicles_surviving =
      editor.implant_units(std::span(sites).first(n), std::span(grafts).first(n), survival_, shed_, action_id);
}

std::vector<MapPoint> recipient_sites(const ScalpGeometry& geometry, RegionMask recipient, std::size_t count,
                                      double fu_per_cm2) {
  const double spacing = std::sqrt(kMm2PerCm2 / fu_per_cm2);  // mm between sites on a square lattice
  const double hw = geometry.half_width_mm();
  std::vector<MapPoint> out;
  // Lattice k is offset by a quarter-spacing step so later lattices interleave with earlier ones.
  constexpr int kMaxLattices = 4;
  for (int lattice = 0; lattice < kMaxLattices && out.size() < count; ++lattice) {
    const int odd = lattice % 2;
    const int second_pair = lattice / 2;
    const double off = 0.5 * spacing * odd + 0.25 * spacing * second_pair;
    std::vector<MapPoint> layer;
    for (double y = off + 0.5 * spacing; y < geometry.length_mm(); y += spacing) {
      for (double x = -hw + off + 0.5 * spacing; x < hw; x += spacing) {
        const MapPoint p{x, y};
        if (geometry.contains(p) && recipient.contains(geometry.region_of(p))) {
          layer.push_back(p);
        }
      }
    }
    // Front to back (the frontal frame first), then left to right within a row.
    std::stable_sort(layer.begin(), layer.end(), [](const MapPoint& a, const MapPoint& b) { return a.y_mm < b.y_mm; });
    for (const MapPoint& p : layer) {
      if (out.size() == count) {
        break;
      }
      out.push_back(p);
    }
  }
  return out;
}

std::size_t donor_session_limit(const FollicleStore& s, double fraction) {
  // A unit can be harvested when it lies in the donor region, holds a living follicle and was never harvested
  // (the units ScalpEditor::extract_units may choose).
  std::vector<std::uint8_t> alive(s.unit_count(), 0);
  std::vector<std::uint8_t> harvested(s.unit_count(), 0);
  std::vector<std::uint8_t> donor(s.unit_count(), 0);
  for (std::size_t i = 0; i < s.follicle_count(); ++i) {
    const std::uint32_t u = s.unit[i];
    alive[u] = static_cast<std::uint8_t>(alive[u] | (s.phase[i] != Phase::Lost ? 1U : 0U));
    harvested[u] = static_cast<std::uint8_t>(harvested[u] | ((s.flags[i] & kExtracted) != 0U ? 1U : 0U));
    donor[u] = s.region[i] == Region::Occipital ? 1 : donor[u];
  }
  std::size_t eligible = 0;
  for (std::size_t u = 0; u < s.unit_count(); ++u) {
    eligible += donor[u] != 0 && alive[u] != 0 && harvested[u] == 0 ? 1U : 0U;
  }
  return static_cast<std::size_t>(std::lround(fraction * static_cast<double>(eligible)));
}

}  // namespace trichosim::treat
