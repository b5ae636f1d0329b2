// The run store refuses files it must not touch, with a message naming the file and the problem.
#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "core/input_error.hpp"
#include "storage/run_store.hpp"

namespace trichosim {
namespace {

std::filesystem::path scratch(const std::string& name) {
  const auto dir = std::filesystem::temp_directory_path() / ("trichosim-refusals-" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  return dir / name;
}

std::string error_opening(const std::filesystem::path& path) {
  try {
    storage::RunStore store(path);
  } catch (const InputError& e) {
    return e.what();
  }
  return "(no error)";
}

TEST(StoreRefusals, AnotherProgramsDatabaseIsNotMigrated) {
  const auto path = scratch("photos.sqlite");
  std::filesystem::remove(path);
  {
    SQLite::Database other(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    other.exec("CREATE TABLE photos (id INTEGER PRIMARY KEY, file TEXT)");
  }
  EXPECT_EQ(error_opening(path), path.string() +
                                     ": not a trichosim run database (it holds other tables and no trichosim schema "
                                     "version); give a new file or a database written by trichosim");
  SQLite::Database other(path.string(), SQLite::OPEN_READONLY);
  EXPECT_EQ(other.execAndGet("SELECT group_concat(name) FROM sqlite_schema").getString(), "photos");
  EXPECT_EQ(other.execAndGet("PRAGMA user_version").getInt(), 0);
  std::filesystem::remove_all(path.parent_path());
}

TEST(StoreRefusals, ATextFileIsNotADatabase) {
  const auto path = scratch("notes.txt");
  {
    std::ofstream out(path);
    out << "These are notes, not a database. They are long enough for SQLite to read a header from them.\n";
  }
  EXPECT_EQ(error_opening(path), path.string() + ": cannot open the run database (file is not a database)");
  std::filesystem::remove_all(path.parent_path());
}

TEST(StoreRefusals, ANewerSchemaIsRefused) {
  const auto path = scratch("future.db");
  std::filesystem::remove(path);
  {
    SQLite::Database future(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    future.exec("CREATE TABLE runs (id INTEGER PRIMARY KEY); PRAGMA user_version = 99");
  }
  EXPECT_EQ(error_opening(path), path.string() +
                                     ": database schema version 99 is newer than this trichosim (4); use a newer "
                                     "trichosim");
  std::filesystem::remove_all(path.parent_path());
}

// Fuzz finding 3: a negative schema version (a damaged header) indexed the migration list out of bounds.
TEST(StoreRefusals, ANegativeSchemaVersionIsRefused) {
  const auto path = scratch("negative.db");
  std::filesystem::remove(path);
  {
    SQLite::Database damaged(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    damaged.exec("PRAGMA user_version = -9633791");
  }
  EXPECT_EQ(error_opening(path), path.string() +
                                     ": database schema version -9633791 is not one trichosim writes (0 to 4); the "
                                     "file is damaged or not a trichosim run database");
  std::filesystem::remove_all(path.parent_path());
}

}  // namespace
}  // namespace trichosim
