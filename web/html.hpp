#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "storage/run_store.hpp"

namespace trichosim::web {

/// Escapes text for HTML element content and quoted attribute values: & < > " ' become entities.
/// Every piece of user text the server puts into HTML goes through this.
std::string html_escape(std::string_view text);

/// The stored-runs page: one table row per run, newest first; every field escaped; links to the JSON detail.
std::string runs_page(const std::vector<storage::StoredRun>& runs, const std::string& db_label);

}  // namespace trichosim::web
