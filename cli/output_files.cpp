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

int default_thread_count() { return std::max(1, static_cast<int>(std::thread::hardware_concurrency())); }

}  // namespace trichosim::cli
