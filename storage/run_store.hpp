#pragma once
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/forecast.hpp"
#include "trial/analysis.hpp"

namespace SQLite {
class Database;
}

namespace trichosim::storage {

/// Schema version this build writes; older databases are migrated on open (storage/run_store.cpp).
inline constexpr int kSchemaVersion = 4;

/// One stored run, as listed by `trichosim runs list`.
struct StoredRun {
  std::int64_t id = 0;
  std::string kind;  ///< "forecast", later "trial", "plan", "consultation"
  std::string created_utc;
  std::string name;
  std::uint64_t seed = 0;
  std::string version;
  std::string git_hash;
  std::string registry_hash;
  std::string scenario_hash;
};

/// A plan to store (kind "plan" in runs, details in plans): the planner's JSON record and readable text.
struct PlanRecord {
  std::string plan_kind;  ///< "transplant" or "smp"
  std::string name;       ///< scenario name
  std::uint64_t seed = 0;
  std::string scenario_hash;
  std::string scenario_toml;
  std::string json;
  std::string text;
};

/// One option row of a stored consultation (per forecast year).
struct ConsultationOptionRow {
  std::string option_id;
  std::string status;  ///< simulated | not_simulated | advice_only
  int rank = 0;
  double years = 0.0;
  std::optional<double> density_median;  ///< hairs/cm² at the twin's site; absent when not simulated
  std::optional<double> density_lower;
  std::optional<double> density_upper;
  double cost = 0.0;
};

/// A consultation as stored: plain values, so storage/ does not depend on consult/.
struct ConsultationRecord {
  std::string name;
  std::uint64_t seed = 0;
  std::string version;
  std::string git_hash;
  std::string registry_hash;
  std::string intake_hash;
  std::string intake_text;
  std::string record_json;
  std::string sex;
  double age_years = 0.0;
  std::string top_condition;
  double top_probability = 0.0;
  std::string red_flags;  ///< comma-separated red-flag ids, empty when none
  double confidence = 0.0;
  bool twin_from_history = false;
  std::vector<ConsultationOptionRow> options;
};

/// The SQLite store behind the CLI, Python and the web page. WAL mode; each run is written in one transaction,
/// so an interrupted write leaves no partial run.
class RunStore {
 public:
  /// Opens (creating and migrating as needed) the database at `path`.
  explicit RunStore(const std::filesystem::path& path);
  ~RunStore();
  RunStore(const RunStore&) = delete;
  RunStore& operator=(const RunStore&) = delete;
  RunStore(RunStore&&) noexcept;
  RunStore& operator=(RunStore&&) noexcept;

  /// Stores a forecast (scenario text, provenance, every observation) and returns its run id.
  std::int64_t save_forecast(const app::ForecastResult& r);

  /// Stores a plan (one runs row of kind "plan" and one plans row) and returns its run id.
  std::int64_t save_plan(const PlanRecord& r);
  /// Stores a consultation (kind "consultation") and its option table in one transaction; returns the run id.
  std::int64_t save_consultation(const ConsultationRecord& c);
  /// Stores a virtual trial (kind "trial": the trial file, the JSON record, one trial_results row per arm,
  /// endpoint and visit) and returns its run id.
  std::int64_t save_trial(const trial::TrialDesign& design, const trial::RunFacts& facts,
                          const trial::TrialAnalysis& analysis);

  /// All runs, newest first.
  std::vector<StoredRun> list_runs() const;

  /// The JSON record of a stored run; throws InputError for an unknown id.
  std::string run_json(std::int64_t id) const;

  int schema_version() const;

 private:
  std::unique_ptr<SQLite::Database> db_;
};

}  // namespace trichosim::storage
