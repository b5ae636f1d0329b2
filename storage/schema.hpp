#pragma once

namespace SQLite {
class Database;
}

namespace trichosim::storage {

/// The schema version stored in the database header (PRAGMA user_version); 0 for a new file.
int read_user_version(SQLite::Database& db);

/// Brings the database to the newest schema, one transaction per migration step. Refuses a foreign SQLite file
/// (tables but no trichosim version), a damaged version and a version newer than this build, naming the file.
void migrate(SQLite::Database& db);

}  // namespace trichosim::storage
