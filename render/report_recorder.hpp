#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/simulation.hpp"
#include "render/frames.hpp"
#include "render/style.hpp"
#include "render/trichoscopy.hpp"

namespace trichosim::render {

/// Shaft diameters of the hairs present, in bins of `bin_um` from 0 (the last bin holds everything above).
struct DiameterHistogram {
  double bin_um = 5.0;
  std::vector<std::uint32_t> counts;
};

/// Histogram of the current shaft diameters: `bins` bins of `bin_um` (> 0) micrometres.
DiameterHistogram diameter_histogram(const Simulation& sim, double bin_um = 5.0, std::size_t bins = 24);

/// A trichoscopy close-up kept for the report.
struct FieldPicture {
  std::string title;  ///< where it was taken, e.g. "Crown"
  std::string png;
  TrichoscopyNumbers numbers;
};

/// What the report shows of one observation. Pictures must be taken while the run is live (follicle state is
/// not stored), so the recorder renders them in the forecast's observation callback.
struct ObservationPictures {
  double day = 0.0;
  double age_years = 0.0;
  std::string top_png;               ///< top view, for the slider
  Image top_thumb;                   ///< small top view, for the frame strip
  std::string front_png;             ///< hairline view (detail observations only, else empty)
  std::vector<FieldPicture> fields;  ///< crown and occipital close-ups (detail observations only)
  DiameterHistogram histogram;
};

/// Options of the report's pictures.
struct ReportOptions {
  ScalpStyle style;              ///< top and hairline views (size_px: the hairline view's size)
  int slider_px = 560;           ///< top views in the slider, 64-4096 pixels (smaller keeps the file small)
  TrichoscopyStyle trichoscopy;  ///< close-ups
  int thumb_px = 150;            ///< frame-strip thumbnails, 32-2000 pixels
};

/// Renders the pictures of each observation as a forecast runs: pass `recorder.observe` as
/// app::ForecastOptions::on_observation. Top views at every observation; the hairline view and the close-ups
/// only on `detail_days` (e.g. the first and last observation) to keep the report small.
class ReportRecorder {
 public:
  /// Throws InputError for a bad style.
  ReportRecorder(ReportOptions options, std::vector<Day> detail_days);

  void observe(const Simulation& sim, Day day);

  const std::vector<ObservationPictures>& observations() const { return observations_; }
  const ReportOptions& options() const { return options_; }
  /// The top-view thumbnails as a time-lapse.
  std::vector<Frame> frames() const;

 private:
  ReportOptions options_;
  std::vector<Day> detail_days_;
  std::vector<ObservationPictures> observations_;
};

}  // namespace trichosim::render
