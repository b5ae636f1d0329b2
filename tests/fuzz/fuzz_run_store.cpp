// Fuzz target: the SQLite run store opening a damaged database file. The input is written as the database file
// (optionally followed, after the 8-byte marker "WAL-PART", by a write-ahead log); then the store is opened,
// listed and every run's JSON read. The only acceptable failure is an InputError with a message; a crash, a
// sanitizer report or any other exception is a finding. Files live in $TMPDIR (scripts/fuzz-smoke uses /dev/shm).
#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include "core/input_error.hpp"
#include "storage/run_store.hpp"

namespace {

void write(const std::filesystem::path& path, std::string_view bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::filesystem::path db =
      std::filesystem::temp_directory_path() / ("trichosim-fuzz-store-" + std::to_string(getpid()) + ".db");
  const std::filesystem::path wal = db.string() + "-wal";
  const std::filesystem::path shm = db.string() + "-shm";
  std::filesystem::remove(wal);
  std::filesystem::remove(shm);
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  constexpr std::string_view kMarker = "WAL-PART";
  const auto split = input.find(kMarker);
  write(db, input.substr(0, split));
  if (split != std::string_view::npos) {
    write(wal, input.substr(split + kMarker.size()));
  }
  try {
    trichosim::storage::RunStore store(db);
    for (const auto& run : store.list_runs()) {
      (void)store.run_json(run.id);
    }
  } catch (const trichosim::InputError&) {
    // A clear refusal ("not a database", "damaged"): the expected outcome for most inputs.
  }
  std::filesystem::remove(db);
  std::filesystem::remove(wal);
  std::filesystem::remove(shm);
  return 0;
}
