// Crash safety of the run store (storage/run_store.cpp): a writer process is killed with SIGKILL at seeded random
// moments while it stores runs; afterwards every run it reported committed is present and intact (JSON parses,
// all observation rows present with the right values), nothing torn is visible, PRAGMA integrity_check is ok and
// a new writer carries on cleanly. Readers listing runs while a writer writes never see a partial run.
#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "core/input_error.hpp"
#include "storage/run_store.hpp"
#include "tests/reliability/synthetic_run.hpp"

extern char** environ;

namespace trichosim {
namespace {

constexpr int kObservations = 60;  // 60 x 9 = 540 observation rows per run: a transaction worth tearing
constexpr std::size_t kRowsPerRun = kObservations * (kRegionCount + 1);

std::filesystem::path fresh_db(const std::string& name) {
  const auto dir = std::filesystem::temp_directory_path() / ("trichosim-" + name + "-" + std::to_string(getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir / "runs.db";
}

/// A running store_writer with its stdout on a pipe.
class Writer {
 public:
  pid_t pid = -1;
  int out = -1;

  Writer(const std::filesystem::path& db, int first, int count) {
    int fds[2];
    EXPECT_EQ(pipe(fds), 0);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, fds[0]);
    const std::string first_s = std::to_string(first);
    const std::string count_s = std::to_string(count);
    const std::string obs_s = std::to_string(kObservations);
    std::vector<std::string> args = {STORE_WRITER, db.string(), first_s, count_s, obs_s};
    std::vector<char*> argv;
    for (auto& a : args) {
      argv.push_back(a.data());
    }
    argv.push_back(nullptr);
    EXPECT_EQ(posix_spawn(&pid, STORE_WRITER, &actions, nullptr, argv.data(), environ), 0);
    posix_spawn_file_actions_destroy(&actions);
    close(fds[1]);
    out = fds[0];
  }

  /// Reads the writer's reports until it has committed `runs` runs (or ended); returns the runs reported.
  std::set<int> wait_for_commits(std::size_t runs) {
    while (reported.size() < runs) {
      char buffer[256];
      const ssize_t n = read(out, buffer, sizeof(buffer));
      if (n <= 0) {
        break;
      }
      take(std::string(buffer, static_cast<std::size_t>(n)));
    }
    return reported;
  }

  /// Waits for the process (after an optional SIGKILL) and returns the runs it reported committed.
  std::set<int> finish(bool kill_it, int* exit_code = nullptr) {
    if (kill_it) {
      kill(pid, SIGKILL);
    }
    char buffer[4096];
    for (ssize_t n; (n = read(out, buffer, sizeof(buffer))) > 0;) {
      take(std::string(buffer, static_cast<std::size_t>(n)));
    }
    close(out);
    int status = 0;
    waitpid(pid, &status, 0);
    if (exit_code != nullptr) {
      *exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
    }
    return reported;
  }

 private:
  void take(const std::string& bytes) {
    pending += bytes;
    for (std::size_t end; (end = pending.find('\n')) != std::string::npos; pending.erase(0, end + 1)) {
      std::istringstream line(pending.substr(0, end));
      std::string word;
      int run = 0;
      if (line >> word >> run && word == "committed") {
        reported.insert(run);
      }
    }
  }
  std::string pending;
  std::set<int> reported;
};

/// Checks every stored run and returns the synthetic run numbers present.
std::set<int> check_store(const std::filesystem::path& path) {
  std::set<int> present;
  {
    SQLite::Database raw(path.string(), SQLite::OPEN_READWRITE);
    EXPECT_EQ(raw.execAndGet("PRAGMA integrity_check").getString(), "ok");
  }
  storage::RunStore store(path);
  SQLite::Database raw(path.string(), SQLite::OPEN_READONLY);
  for (const auto& run : store.list_runs()) {
    const nlohmann::json record = nlohmann::json::parse(store.run_json(run.id));  // throws if torn
    const int number = std::stoi(run.name.substr(std::string("synthetic run ").size()));
    EXPECT_TRUE(present.insert(number).second) << "run " << number << " stored twice";
    EXPECT_EQ(record["observations"].size(), static_cast<std::size_t>(kObservations)) << run.name;
    SQLite::Statement rows(raw, "SELECT years, region, density_per_cm2 FROM observations WHERE run_id = ?");
    rows.bind(1, run.id);
    std::size_t count = 0;
    while (rows.executeStep()) {
      const int obs = static_cast<int>(std::lround(rows.getColumn(0).getDouble()));
      const std::string region = rows.getColumn(1).getString();
      std::size_t k = kRegionCount;
      for (std::size_t i = 0; i < kRegionCount; ++i) {
        k = kRegionNames[i] == region ? i : k;
      }
      EXPECT_DOUBLE_EQ(rows.getColumn(2).getDouble(), testing::synthetic_density(number, obs, k)) << run.name;
      ++count;
    }
    EXPECT_EQ(count, kRowsPerRun) << run.name << " has a partial set of observations";
  }
  return present;
}

TEST(CrashSafeStore, SigkillAtRandomMomentsLosesNoCommittedRunAndTearsNone) {
  const auto db = fresh_db("sigkill");
  // Each kill comes after a seeded number of commits (0-4; 0 = during open, migration or the first run) plus a
  // seeded delay of 0-120 ms, i.e. at a random point of the next run's transaction or its commit. A run takes
  // ~75 ms here (540 rows), so most kills land inside a transaction.
  std::mt19937 rng(20261123);
  std::uniform_int_distribution<std::size_t> commits_before(0, 4);
  std::uniform_int_distribution<int> delay_ms(0, 120);
  constexpr int kKills = 20;
  std::set<int> committed;
  int next = 0;
  for (int i = 0; i < kKills; ++i) {
    Writer w(db, next, 100000);
    w.wait_for_commits(commits_before(rng));
    std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms(rng)));
    int exit_code = 0;
    const std::set<int> reported = w.finish(true, &exit_code);
    EXPECT_EQ(exit_code, -SIGKILL) << "the writer ended before it was killed";
    committed.insert(reported.begin(), reported.end());
    const std::set<int> present = check_store(db);
    for (int run : committed) {
      EXPECT_TRUE(present.contains(run)) << "committed run " << run << " lost after kill " << i;
    }
    next = present.empty() ? 0 : *present.rbegin() + 1;
  }
  EXPECT_GE(committed.size(), 20U) << "the kills should interrupt a long sequence of commits";
  int exit_code = -1;
  Writer rerun(db, next, 3);
  const std::set<int> last = rerun.finish(false, &exit_code);
  EXPECT_EQ(exit_code, 0);
  EXPECT_EQ(last, (std::set<int>{next, next + 1, next + 2}));
  const std::set<int> present = check_store(db);
  EXPECT_TRUE(present.contains(next + 2));
  std::filesystem::remove_all(db.parent_path());
}

TEST(CrashSafeStore, ReadersNeverSeeAPartialRun) {
  const auto db = fresh_db("readers");
  { storage::RunStore create(db); }
  Writer w(db, 0, 40);
  std::atomic<bool> writing = true;
  int reads = 0;
  int reads_with_runs = 0;
  std::thread reader([&] {
    while (writing) {
      SQLite::Database raw(db.string(), SQLite::OPEN_READONLY);
      raw.setBusyTimeout(5000);
      SQLite::Statement q(raw,
                          "SELECT r.name, (SELECT count(*) FROM observations o WHERE o.run_id = r.id) FROM runs r");
      int runs = 0;
      while (q.executeStep()) {
        EXPECT_EQ(static_cast<std::size_t>(q.getColumn(1).getInt64()), kRowsPerRun) << q.getColumn(0).getString();
        ++runs;
      }
      storage::RunStore store(db);
      for (const auto& run : store.list_runs()) {
        EXPECT_EQ(nlohmann::json::parse(store.run_json(run.id))["observations"].size(),
                  static_cast<std::size_t>(kObservations));
      }
      ++reads;
      reads_with_runs += runs > 0 ? 1 : 0;
    }
  });
  int exit_code = -1;
  const std::set<int> committed = w.finish(false, &exit_code);
  writing = false;
  reader.join();
  EXPECT_EQ(exit_code, 0);
  EXPECT_EQ(committed.size(), 40U);
  EXPECT_GT(reads_with_runs, 0) << "the reader never overlapped the writer (" << reads << " reads)";
  EXPECT_EQ(check_store(db).size(), 40U);
  std::filesystem::remove_all(db.parent_path());
}

}  // namespace
}  // namespace trichosim
