#pragma once
#include <string>
#include <vector>

#include "storage/run_store.hpp"

namespace trichosim::web {

/// The stored-runs page: one table row per run, newest first; every field escaped (render::html_escape, the one
/// HTML escaper of the project); links to the JSON detail.
std::string runs_page(const std::vector<storage::StoredRun>& runs, const std::string& db_label);

}  // namespace trichosim::web
