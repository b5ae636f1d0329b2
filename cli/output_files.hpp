#pragma once
#include <filesystem>
#include <string>

namespace trichosim::cli {

/// Writes `content` to `path` through a temporary file and a rename, so a crash never leaves a half-written file
/// in place of a good one. Creates the parent folder.
void write_file_atomically(const std::filesystem::path& path, const std::string& content);

/// Makes sure `folder` can take the outputs before any long work starts: creates it (and its parents) and writes
/// and removes a probe file. Throws InputError naming `option` and the folder when it exists as a file, cannot
/// be created or is not writable. Returns true when the folder was created by this call.
bool prepare_output_folder(const std::filesystem::path& folder, const std::string& option);

/// Removes `folder` if it is empty (undoes prepare_output_folder after a failure); errors are ignored.
void remove_if_empty(const std::filesystem::path& folder);

/// Number of hardware threads (at least 1).
int default_thread_count();

}  // namespace trichosim::cli
