#pragma once
#include <string>

#include "consult/consultation.hpp"
#include "storage/run_store.hpp"

namespace trichosim::storage {

/// The stored form of a consultation (RunStore::save_consultation): provenance of this build, the intake text
/// and its hash (with the seed), the top condition, red flags, and one option row per option and forecast year
/// (densities in hairs/cm² at the twin's site, absent when not simulated; cumulative cost). `record_json` is the
/// consultation's JSON record (consult::consultation_to_json) as stored text. Shared by the CLI, the web page
/// and Python, so a consultation is stored the same way from each.
ConsultationRecord consultation_record(const consult::Consultation& c, const std::string& record_json);

}  // namespace trichosim::storage
