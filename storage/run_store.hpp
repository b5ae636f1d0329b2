#pragma once
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "app/forecast.hpp"
#include "trial/analysis.hpp"

namespace SQLite {
class Database;
}

namespace trichosim::storage {

/// Schema version this build writes; older databases are migrated on open (storage/run_store.cpp).
inline constexpr int kSchemaVersion = 2;

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

  /// Stores a virtual trial (kind "trial": the trial file, the JSON record, one trial_results row per arm,
  /// endpoint and visit) and returns its run id.
  std::int64_t save_trial(const trial::TrialDesign& design, const trial::TrialOutcome& outcome,
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
