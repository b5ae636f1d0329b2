#pragma once
#include <filesystem>
#include <string>

namespace trichosim::cli {

/// Writes `content` to `path` through a temporary file and a rename, so a crash never leaves a half-written file
/// in place of a good one. Creates the parent folder.
void write_file_atomically(const std::filesystem::path& path, const std::string& content);

/// Number of hardware threads (at least 1).
int default_thread_count();

}  // namespace trichosim::cli
