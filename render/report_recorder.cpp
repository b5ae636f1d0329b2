#include "render/report_recorder.hpp"

#include <algorithm>
#include <cmath>

#include "core/input_error.hpp"
#include "render/scalp_view.hpp"

namespace trichosim::render {

DiameterHistogram diameter_histogram(const Simulation& sim, double bin_um, std::size_t bins) {
  if (!(bin_um > 0.0) || bins == 0) {
    throw InputError("diameter histogram: bin_um must be above 0 and bins at least 1");
  }
  DiameterHistogram h;
  h.bin_um = bin_um;
  h.counts.assign(bins, 0);
  const FollicleStore& s = sim.follicles();
  for (std::size_t i = 0; i < s.follicle_count(); ++i) {
    if (!sim.holds_hair(i)) {
      continue;
    }
    const double d = sim.shaft(i).diameter_um;
    const auto k = std::min(bins - 1, static_cast<std::size_t>(std::max(0.0, d / bin_um)));
    ++h.counts[k];
  }
  return h;
}

ReportRecorder::ReportRecorder(ReportOptions options, std::vector<Day> detail_days)
    : options_(options), detail_days_(std::move(detail_days)) {
  validate(options_.style);
  validate(options_.trichoscopy);
  ScalpStyle slider = options_.style;
  slider.size_px = options_.slider_px;
  validate(slider, "report.slider_");
  if (options_.thumb_px < 32 || options_.thumb_px > 2000) {
    throw InputError("report.thumb_px = " + std::to_string(options_.thumb_px) +
                     ": allowed range is 32 to 2000 (pixel)");
  }
}

void ReportRecorder::observe(const Simulation& sim, Day day) {
  ObservationPictures o;
  o.day = day;
  o.age_years = sim.age_years();
  ScalpStyle top_style = options_.style;
  top_style.size_px = options_.slider_px;
  const Image top = render_top_view(sim, top_style);
  o.top_png = encode_png(top);
  o.top_thumb = scale_to_width(top, options_.thumb_px);
  o.histogram = diameter_histogram(sim);
  const bool detail =
      std::any_of(detail_days_.begin(), detail_days_.end(), [day](Day d) { return std::abs(d - day) < 1e-6; });
  if (detail) {
    o.front_png = encode_png(render_front_view(sim, options_.style));
    const auto& centres = sim.geometry().region_centre();
    for (const auto& [title, region] : {std::pair{"Crown", Region::Crown}, std::pair{"Occiput", Region::Occipital}}) {
      TrichoscopyField f = render_trichoscopy(sim, centres[region_index(region)], options_.trichoscopy, title);
      o.fields.push_back({title, encode_png(f.image), f.numbers});
    }
  }
  observations_.push_back(std::move(o));
}

std::vector<Frame> ReportRecorder::frames() const {
  std::vector<Frame> out;
  out.reserve(observations_.size());
  for (const auto& o : observations_) {
    out.push_back({o.age_years, days_to_years(o.day), o.top_thumb});
  }
  return out;
}

}  // namespace trichosim::render
