#pragma once
#include <nlohmann/json_fwd.hpp>
#include <string>

#include "consult/consultation.hpp"

namespace trichosim::consult {

/// Version tag of the consultation JSON record (docs/consultation.md).
inline constexpr const char* kConsultationRecordFormat = "trichosim-consultation/1";

/// A summary a patient can read: what is likely, what to do first, the options in plain words.
std::string patient_summary(const Consultation& c);

/// A summary for the practitioner: scores with their findings, red flags, twin fit, option table.
std::string clinical_summary(const Consultation& c);

/// The option table as CSV: one row per option and forecast year.
std::string options_csv(const Consultation& c);

/// The whole consultation as a versioned JSON record.
nlohmann::json consultation_to_json(const Consultation& c);

}  // namespace trichosim::consult
