#include "storage/run_store.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

#include <cmath>
#include <nlohmann/json.hpp>

#include "app/version.hpp"
#include "core/input_error.hpp"
#include "storage/records.hpp"
#include "storage/schema.hpp"
#include "storage/trial_records.hpp"

namespace trichosim::storage {
namespace {

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
    // Wait for other connections (a web page reading, another run writing) before anything else: even the WAL
    // pragma needs a lock, and without a timeout a concurrent open fails at once with SQLITE_BUSY.
    db_->setBusyTimeout(5000);
    db_->exec("PRAGMA journal_mode = WAL");
    db_->exec("PRAGMA foreign_keys = ON");
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

std::int64_t RunStore::save_plan(const PlanRecord& r) {
  SQLite::Transaction tx(*db_);
  SQLite::Statement run(*db_,
                        "INSERT INTO runs (kind, name, seed, version, git_hash, registry_hash, scenario_hash, "
                        "scenario_toml, record_json) VALUES ('plan', ?, ?, ?, ?, ?, ?, ?, ?)");
  run.bind(1, r.name + " (" + r.plan_kind + " plan)");
  run.bind(2, static_cast<std::int64_t>(r.seed));
  run.bind(3, kVersion);
  run.bind(4, kGitHash);
  run.bind(5, kRegistryHash);
  run.bind(6, r.scenario_hash);
  run.bind(7, r.scenario_toml);
  run.bind(8, r.json);
  run.exec();
  const std::int64_t id = db_->getLastInsertRowid();
  SQLite::Statement plan(*db_, "INSERT INTO plans (run_id, plan_kind, plan_text, plan_json) VALUES (?, ?, ?, ?)");
  plan.bind(1, id);
  plan.bind(2, r.plan_kind);
  plan.bind(3, r.text);
  plan.bind(4, r.json);
  plan.exec();
  tx.commit();
  return id;
}

std::int64_t RunStore::save_consultation(const ConsultationRecord& c) {
  SQLite::Transaction tx(*db_);
  SQLite::Statement run(*db_,
                        "INSERT INTO runs (kind, name, seed, version, git_hash, registry_hash, scenario_hash, "
                        "scenario_toml, record_json) VALUES ('consultation', ?, ?, ?, ?, ?, ?, ?, ?)");
  run.bind(1, c.name);
  run.bind(2, static_cast<std::int64_t>(c.seed));
  run.bind(3, c.version);
  run.bind(4, c.git_hash);
  run.bind(5, c.registry_hash);
  run.bind(6, c.intake_hash);
  run.bind(7, c.intake_text);
  run.bind(8, c.record_json);
  run.exec();
  const std::int64_t id = db_->getLastInsertRowid();
  SQLite::Statement row(*db_, "INSERT INTO consultations VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  row.bind(1, id);
  row.bind(2, c.sex);
  row.bind(3, c.age_years);
  row.bind(4, c.top_condition);
  row.bind(5, c.top_probability);
  row.bind(6, c.red_flags);
  row.bind(7, c.confidence);
  row.bind(8, c.twin_from_history ? 1 : 0);
  row.exec();
  SQLite::Statement opt(*db_, "INSERT INTO consultation_options VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  for (const auto& o : c.options) {
    opt.reset();
    opt.bind(1, id);
    opt.bind(2, o.option_id);
    opt.bind(3, o.status);
    opt.bind(4, o.rank);
    opt.bind(5, o.years);
    if (o.density_median) {
      opt.bind(6, *o.density_median);
      opt.bind(7, *o.density_lower);
      opt.bind(8, *o.density_upper);
    } else {
      opt.bind(6);
      opt.bind(7);
      opt.bind(8);
    }
    opt.bind(9, o.cost);
    opt.exec();
  }
  tx.commit();
  return id;
}

namespace {

void bind_number(SQLite::Statement& q, int index, double v) {
  if (std::isfinite(v)) {
    q.bind(index, v);
  } else {
    q.bind(index);  // NULL: too few patients for this statistic
  }
}

}  // namespace

std::int64_t RunStore::save_trial(const trial::TrialDesign& d, const trial::RunFacts& o,
                                  const trial::TrialAnalysis& a) {
  const nlohmann::json record = trial_to_json(d, o, a);
  SQLite::Transaction tx(*db_);
  SQLite::Statement run(*db_,
                        "INSERT INTO runs (kind, name, seed, version, git_hash, registry_hash, scenario_hash, "
                        "scenario_toml, record_json) VALUES ('trial', ?, ?, ?, ?, ?, ?, ?, ?)");
  run.bind(1, d.name);
  run.bind(2, static_cast<std::int64_t>(d.seed));
  run.bind(3, record["provenance"]["version"].get<std::string>());
  run.bind(4, record["provenance"]["git_hash"].get<std::string>());
  run.bind(5, record["provenance"]["registry_hash"].get<std::string>());
  run.bind(6, record["provenance"]["trial_hash"].get<std::string>());
  run.bind(7, d.text);
  run.bind(8, record.dump());
  run.exec();
  const std::int64_t id = db_->getLastInsertRowid();
  SQLite::Statement row(*db_, "INSERT INTO trial_results VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  for (std::size_t k = 0; k < d.arms.size(); ++k) {
    for (std::size_t e = 0; e < d.endpoints.size(); ++e) {
      for (std::size_t v = 0; v < d.visit_years.size(); ++v) {
        const trial::VisitStats& s = a.arms[k][e][v];
        const trial::MeanComparison c =
            k != d.control_arm ? a.versus_control[k][e][v]
                               : trial::MeanComparison{std::nan(""), std::nan(""), std::nan(""), std::nan(""),
                                                       std::nan(""), std::nan(""), std::nan("")};
        row.reset();
        row.bind(1, id);
        row.bind(2, d.arms[k].name);
        row.bind(3, d.endpoints[e].name);
        row.bind(4, d.endpoints[e].instrument);
        row.bind(5, d.endpoints[e].site.label());
        row.bind(6, s.years);
        row.bind(7, static_cast<std::int64_t>(s.change.n));
        bind_number(row, 8, s.value.mean);
        bind_number(row, 9, s.change.mean);
        bind_number(row, 10, s.change.sd);
        bind_number(row, 11, s.change.se);
        bind_number(row, 12, s.change.ci_low);
        bind_number(row, 13, s.change.ci_high);
        bind_number(row, 14, c.difference);
        bind_number(row, 15, c.ci_low);
        bind_number(row, 16, c.ci_high);
        bind_number(row, 17, c.p_value);
        row.exec();
      }
    }
  }
  tx.commit();
  return id;
}

std::vector<StoredRun> RunStore::list_runs() const {
  return guarded(*db_, "list the runs", [&] { return select_runs(*db_); });
}

std::string RunStore::run_json(std::int64_t id) const {
  return guarded(*db_, "read the run", [&] { return select_run_json(*db_, id); });
}

}  // namespace trichosim::storage
