#include "storage/run_store.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

#include <nlohmann/json.hpp>

#include "core/input_error.hpp"
#include "storage/records.hpp"

namespace trichosim::storage {
namespace {

// Migration i takes the schema from version i to i + 1. Append only; never edit a released step.
constexpr const char* kMigrations[] = {
    R"sql(
CREATE TABLE runs (
  id            INTEGER PRIMARY KEY,
  kind          TEXT NOT NULL,
  created_utc   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  name          TEXT NOT NULL,
  seed          INTEGER NOT NULL,
  version       TEXT NOT NULL,
  git_hash      TEXT NOT NULL,
  registry_hash TEXT NOT NULL,
  scenario_hash TEXT NOT NULL,
  scenario_toml TEXT NOT NULL,
  record_json   TEXT NOT NULL
);
CREATE TABLE observations (
  run_id               INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  years                REAL NOT NULL,
  age_years            REAL NOT NULL,
  region               TEXT NOT NULL,
  follicles            INTEGER NOT NULL,
  hairs                INTEGER NOT NULL,
  density_per_cm2      REAL NOT NULL,
  terminal_per_cm2     REAL NOT NULL,
  intermediate_per_cm2 REAL NOT NULL,
  vellus_per_cm2       REAL NOT NULL,
  mean_diameter_um     REAL NOT NULL,
  anagen_percent       REAL NOT NULL,
  telogen_percent      REAL NOT NULL,
  kenogen_percent      REAL NOT NULL,
  shed_per_day         REAL NOT NULL,
  PRIMARY KEY (run_id, years, region)
);
)sql",
};

int read_user_version(SQLite::Database& db) { return db.execAndGet("PRAGMA user_version").getInt(); }

void migrate(SQLite::Database& db) {
  const int have = read_user_version(db);
  constexpr int kSteps = static_cast<int>(std::size(kMigrations));
  if (have == 0 && db.execAndGet("SELECT count(*) FROM sqlite_schema").getInt() > 0) {
    // Someone else's SQLite file: never add our tables to it.
    throw InputError(db.getFilename() +
                     ": not a trichosim run database (it holds other tables and no trichosim "
                     "schema version); give a new file or a database written by trichosim");
  }
  if (have < 0) {  // fuzz finding 3: a damaged header indexed kMigrations out of bounds
    throw InputError(db.getFilename() + ": database schema version " + std::to_string(have) +
                     " is not one trichosim writes (0 to " + std::to_string(kSteps) +
                     "); the file is damaged or "
                     "not a trichosim run database");
  }
  if (have > kSteps) {
    throw InputError(db.getFilename() + ": database schema version " + std::to_string(have) +
                     " is newer than this trichosim (" + std::to_string(kSteps) + "); use a newer trichosim");
  }
  for (int v = have; v < kSteps; ++v) {
    SQLite::Transaction tx(db);
    db.exec(kMigrations[v]);
    db.exec("PRAGMA user_version = " + std::to_string(v + 1));
    tx.commit();
  }
}

/// Runs `f`, turning an SQLite failure (a damaged file, a full disk) into an InputError naming the database.
template <typename F>
auto guarded(const SQLite::Database& db, const char* what, F&& f) {
  try {
    return f();
  } catch (const SQLite::Exception& e) {
    throw InputError(db.getFilename() + ": cannot " + what + " (" + e.what() +
                     "); the run database may be damaged (check it with: sqlite3 FILE 'PRAGMA integrity_check')");
  }
}

std::int64_t insert_forecast(SQLite::Database& db, const app::ForecastResult& r) {
  SQLite::Transaction tx(db);
  SQLite::Statement run(db,
                        "INSERT INTO runs (kind, name, seed, version, git_hash, registry_hash, scenario_hash, "
                        "scenario_toml, record_json) VALUES ('forecast', ?, ?, ?, ?, ?, ?, ?, ?)");
  run.bind(1, r.scenario.name);
  run.bind(2, static_cast<std::int64_t>(r.info.seed));
  run.bind(3, r.info.version);
  run.bind(4, r.info.git_hash);
  run.bind(5, r.info.registry_hash);
  run.bind(6, r.info.scenario_hash);
  run.bind(7, r.scenario.text);
  run.bind(8, forecast_to_json(r).dump());
  run.exec();
  const std::int64_t id = db.getLastInsertRowid();
  SQLite::Statement obs(db, "INSERT INTO observations VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  for (const auto& o : r.observations) {
    for (std::size_t k = 0; k <= kRegionCount; ++k) {
      const auto& s = o.regions[k];
      obs.reset();
      obs.bind(1, id);
      obs.bind(2, o.day / kDaysPerYear);
      obs.bind(3, o.age_years);
      obs.bind(4, k < kRegionCount ? std::string(kRegionNames[k]) : std::string("whole_scalp"));
      obs.bind(5, static_cast<std::int64_t>(s.follicles));
      obs.bind(6, static_cast<std::int64_t>(s.hairs));
      obs.bind(7, s.density_per_cm2);
      obs.bind(8, s.terminal_per_cm2);
      obs.bind(9, s.intermediate_per_cm2);
      obs.bind(10, s.vellus_per_cm2);
      obs.bind(11, s.mean_diameter_um);
      obs.bind(12, s.anagen_percent);
      obs.bind(13, s.telogen_percent);
      obs.bind(14, s.kenogen_percent);
      obs.bind(15, s.shed_per_day);
      obs.exec();
    }
  }
  tx.commit();
  return id;
}

std::vector<StoredRun> select_runs(SQLite::Database& db) {
  SQLite::Statement q(db,
                      "SELECT id, kind, created_utc, name, seed, version, git_hash, registry_hash, scenario_hash "
                      "FROM runs ORDER BY id DESC");
  std::vector<StoredRun> out;
  while (q.executeStep()) {
    StoredRun r;
    r.id = q.getColumn(0).getInt64();
    r.kind = q.getColumn(1).getString();
    r.created_utc = q.getColumn(2).getString();
    r.name = q.getColumn(3).getString();
    r.seed = static_cast<std::uint64_t>(q.getColumn(4).getInt64());
    r.version = q.getColumn(5).getString();
    r.git_hash = q.getColumn(6).getString();
    r.registry_hash = q.getColumn(7).getString();
    r.scenario_hash = q.getColumn(8).getString();
    out.push_back(std::move(r));
  }
  return out;
}

std::string select_run_json(SQLite::Database& db, std::int64_t id) {
  SQLite::Statement q(db, "SELECT record_json FROM runs WHERE id = ?");
  q.bind(1, id);
  if (!q.executeStep()) {
    throw InputError("run id " + std::to_string(id) + ": no such run in " + db.getFilename());
  }
  return q.getColumn(0).getString();
}

}  // namespace

RunStore::RunStore(const std::filesystem::path& path) {
  try {
    if (path.has_parent_path()) {
      std::filesystem::create_directories(path.parent_path());
    }
    db_ = std::make_unique<SQLite::Database>(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db_->exec("PRAGMA journal_mode = WAL");
    db_->exec("PRAGMA foreign_keys = ON");
    db_->setBusyTimeout(5000);
    migrate(*db_);
  } catch (const SQLite::Exception& e) {
    throw InputError(path.string() + ": cannot open the run database (" + e.what() + ")");
  } catch (const std::filesystem::filesystem_error& e) {
    throw InputError(path.string() + ": cannot create the folder of the run database (" + e.code().message() + ")");
  }
}

RunStore::~RunStore() = default;
RunStore::RunStore(RunStore&&) noexcept = default;
RunStore& RunStore::operator=(RunStore&&) noexcept = default;

int RunStore::schema_version() const {
  return guarded(*db_, "read the schema version", [&] { return read_user_version(*db_); });
}

std::int64_t RunStore::save_forecast(const app::ForecastResult& r) {
  return guarded(*db_, "store the run", [&] { return insert_forecast(*db_, r); });
}

std::vector<StoredRun> RunStore::list_runs() const {
  return guarded(*db_, "list the runs", [&] { return select_runs(*db_); });
}

std::string RunStore::run_json(std::int64_t id) const {
  return guarded(*db_, "read the run", [&] { return select_run_json(*db_, id); });
}

}  // namespace trichosim::storage
