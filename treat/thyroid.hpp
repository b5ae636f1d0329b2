#pragma once
#include <memory>

#include "core/intervention.hpp"
#include "treat/event_spec.hpp"

namespace trichosim::treat {

/// `type = "hypothyroidism"` or `"hyperthyroidism"`: diffuse telogen-type loss while the disorder is untreated
/// (procedures.md 5.5: only when severe or prolonged); start_years, stop_years = euthyroid again. Anagen is
/// shortened by thyroid.anagen_scale from the start to the stop.
std::unique_ptr<Intervention> make_thyroid_disorder(const EventSpec& spec, const Parameters& p);

}  // namespace trichosim::treat
