#pragma once
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/person.hpp"
#include "trial/design.hpp"

namespace trichosim::scenario {

/// What a validation target compares with the published number.
enum class TargetStatistic {
  Mean,              ///< mean reading of `arm` at the visit (e.g. prevalence % for a 0/100 proxy)
  Change,            ///< mean change from baseline in `arm`
  PercentChange,     ///< mean percent change from baseline in `arm`
  NetChange,         ///< mean change in `arm` minus mean change in `reference_arm`
  NetPercentChange,  ///< mean percent change in `arm` minus that in `reference_arm`
  ResponderRate,     ///< % of `arm` whose change >= `threshold`
  SdChange,  ///< SD of the changes from baseline in `arm` (n - 1 denominator): the spread a power calculation uses
};
/// Largest multiple of a case's arm sizes that validate --patients-scale and a calibration file's patients_scale
/// accept.
inline constexpr std::size_t kMaxPatientsScale = 20;
/// Most further seed offsets `validate --other-seeds` (and Python's validate(other_seeds=)) runs.
inline constexpr int kMaxOtherSeeds = 20;
/// Largest offset `validate --seed-offset` (and Python's validate(seed_offset=)) adds to every case's seed.
inline constexpr std::uint64_t kMaxSeedOffset = 1000000;

inline constexpr std::array<std::string_view, 7> kTargetStatisticNames = {
    "mean", "change", "percent_change", "net_change", "net_percent_change", "responder_rate", "sd_change"};

/// One published number a case must reproduce: within when |simulated - value| <= spread.
struct ValidationTarget {
  std::string label;     ///< e.g. "net change, 12 months"
  std::string endpoint;  ///< name of one of the trial's endpoints
  TargetStatistic statistic = TargetStatistic::Change;
  std::size_t arm = 0;  ///< index into the trial's arms
  std::size_t reference_arm = 0;
  std::size_t visit = 0;                ///< index into the trial's visits
  double value = 0.0;                   ///< the published number, in the endpoint's unit (or %)
  double spread = 0.0;                  ///< the tolerance: published SD/SE/CI half-width or a stated assumption
  std::string spread_note;              ///< what `spread` is, e.g. "SD of the change (published)"
  std::string published_n;              ///< the study's N, as published ("139 analysed")
  double threshold = 0.0;               ///< responder threshold (ResponderRate)
  std::optional<double> age_min_years;  ///< subgroup: patients with baseline age in [min, max)
  std::optional<double> age_max_years;
  std::optional<Sex> sex;  ///< subgroup by sex
};

/// One published study: its citation, its design as a virtual trial, and its published numbers.
struct ValidationCase {
  std::string id;         ///< file stem, e.g. "kaufman_1998"
  std::string source;     ///< file path, for messages
  std::string study;      ///< "Kaufman 1998"
  std::string citation;   ///< authors, year, journal, where the numbers were read
  std::string reference;  ///< where in /work/shared/reference, e.g. "science.md V1"
  std::string note;       ///< how the design maps onto the model, what N is simulated
  std::string pending;    ///< non-empty: the case cannot be expressed yet (the reason); no trial then
  std::optional<trial::TrialDesign> design;
  std::vector<ValidationTarget> targets;
};

/// Parses and validates a validation case ("trichosim-validation/1", docs/validation.md).
ValidationCase parse_validation_case(const std::string& text, const std::string& source);

/// Reads a case file.
ValidationCase load_validation_case(const std::filesystem::path& path);

/// Every *.toml case under `folder`, sorted by file name.
std::vector<std::filesystem::path> list_validation_cases(const std::filesystem::path& folder);

}  // namespace trichosim::scenario
