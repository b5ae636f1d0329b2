#include "storage/schema.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

#include <iterator>
#include <string>

#include "core/input_error.hpp"

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
    // 2: plans (issue 7).
    R"sql(
CREATE TABLE plans (
  run_id    INTEGER PRIMARY KEY REFERENCES runs(id) ON DELETE CASCADE,
  plan_kind TEXT NOT NULL,
  plan_text TEXT NOT NULL,
  plan_json TEXT NOT NULL
);
)sql",
    // 3: consultations (issue 8). The run row holds the intake text in scenario_toml and the full record.
    R"sql(
CREATE TABLE consultations (
  run_id          INTEGER PRIMARY KEY REFERENCES runs(id) ON DELETE CASCADE,
  sex             TEXT NOT NULL,
  age_years       REAL NOT NULL,
  top_condition   TEXT NOT NULL,
  top_probability REAL NOT NULL,
  red_flags       TEXT NOT NULL,
  confidence      REAL NOT NULL,
  twin_from_history INTEGER NOT NULL
);
CREATE TABLE consultation_options (
  run_id          INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  option_id       TEXT NOT NULL,
  status          TEXT NOT NULL,
  rank            INTEGER NOT NULL,
  years           REAL NOT NULL,
  density_median  REAL,
  density_lower   REAL,
  density_upper   REAL,
  cost            REAL NOT NULL,
  PRIMARY KEY (run_id, option_id, years)
);
)sql",
    // 4: virtual-trial results, one row per (arm, endpoint, visit) (issue 5).
    R"sql(
CREATE TABLE trial_results (
  run_id             INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  arm                TEXT NOT NULL,
  endpoint           TEXT NOT NULL,
  instrument         TEXT NOT NULL,
  site               TEXT NOT NULL,
  years              REAL NOT NULL,
  n                  INTEGER NOT NULL,
  mean_value         REAL,
  mean_change        REAL,
  sd_change          REAL,
  se_change          REAL,
  ci95_low           REAL,
  ci95_high          REAL,
  difference         REAL,
  difference_ci_low  REAL,
  difference_ci_high REAL,
  p_value            REAL,
  PRIMARY KEY (run_id, arm, endpoint, years)
);
)sql",
};

}  // namespace

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

}  // namespace trichosim::storage
