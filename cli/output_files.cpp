#include "cli/output_files.hpp"

#include <fstream>
#include <thread>

#include "core/input_error.hpp"

namespace trichosim::cli {

void write_file_atomically(const std::filesystem::path& path, const std::string& content) {
  std::error_code ec;
  if (path.has_parent_path()) {
    std::filesystem::create_directories(path.parent_path(), ec);
    if (ec) {
      throw InputError(path.parent_path().string() + ": cannot create the folder (" + ec.message() + ")");
    }
  }
  std::filesystem::path tmp = path;
  tmp += ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out << content;
    out.flush();
    if (!out) {
      throw InputError(tmp.string() + ": cannot write the file");
    }
  }
  std::filesystem::rename(tmp, path, ec);
  if (ec) {
    throw InputError(path.string() + ": cannot replace the file (" + ec.message() + ")");
  }
}

bool prepare_output_folder(const std::filesystem::path& folder, const std::string& option) {
  std::error_code ec;
  const std::string where = option + " = " + folder.string();
  if (std::filesystem::exists(folder, ec) && !std::filesystem::is_directory(folder, ec)) {
    throw InputError(where + ": exists and is not a folder; give a folder for the outputs");
  }
  const bool created = std::filesystem::create_directories(folder, ec);
  if (ec) {
    throw InputError(where + ": cannot create the folder (" + ec.message() + ")");
  }
  const std::filesystem::path probe = folder / ".trichosim-write-probe";
  {
    std::ofstream out(probe, std::ios::binary | std::ios::trunc);
    out << "probe";
    out.flush();
    if (!out) {
      std::filesystem::remove(probe, ec);
      if (created) {
        remove_if_empty(folder);
      }
      throw InputError(where + ": the folder is not writable");
    }
  }
  std::filesystem::remove(probe, ec);
  return created;
}

void remove_if_empty(const std::filesystem::path& folder) {
  std::error_code ec;
  if (std::filesystem::is_empty(folder, ec) && !ec) {
    std::filesystem::remove(folder, ec);
  }
}

int default_thread_count() { return std::max(1, static_cast<int>(std::thread::hardware_concurrency())); }

}  // namespace trichosim::cli
