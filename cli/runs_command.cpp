#include <fmt/format.h>

#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "cli/output_files.hpp"
#include "core/input_error.hpp"
#include "storage/records.hpp"
#include "storage/run_store.hpp"

namespace trichosim::cli {
namespace {

/// Opens an existing run database; a missing file is an error rather than a new empty database.
storage::RunStore open_existing(const std::string& db) {
  if (!std::filesystem::is_regular_file(db)) {
    throw InputError("--db = " + db + ": no such run database (give the file a forecast stored its run in)");
  }
  return storage::RunStore(db);
}

}  // namespace

void add_runs_command(CLI::App& app) {
  auto db = std::make_shared<std::string>("out/demo/trichosim.db");
  auto id = std::make_shared<std::int64_t>(0);
  CLI::App* cmd = app.add_subcommand("runs", "List and show stored runs");
  cmd->footer(
      "Examples:\n  trichosim runs list --db out/demo/trichosim.db\n  trichosim runs show 1 --db "
      "out/demo/trichosim.db\n  trichosim runs export 1 --format csv --out run1.csv");
  cmd->require_subcommand(1);
  CLI::App* list = cmd->add_subcommand("list", "One line per stored run, newest first");
  list->add_option("--db", *db, "SQLite database")->capture_default_str();
  list->callback([db] {
    storage::RunStore store = open_existing(*db);
    std::cout << fmt::format("{:>5}  {:<10} {:<21} {:>12}  {:<12} {}\n", "id", "kind", "created (UTC)", "seed", "git",
                             "name");
    for (const auto& r : store.list_runs()) {
      std::cout << fmt::format("{:>5}  {:<10} {:<21} {:>12}  {:<12} {}\n", r.id, r.kind, r.created_utc, r.seed,
                               r.git_hash, r.name);
    }
  });
  CLI::App* show = cmd->add_subcommand("show", "Print a stored run's JSON record");
  show->add_option("id", *id, "Run id (from runs list)")->required()->check(CLI::PositiveNumber);
  show->add_option("--db", *db, "SQLite database")->capture_default_str();
  show->callback([db, id] {
    storage::RunStore store = open_existing(*db);
    std::cout << store.run_json(*id) << "\n";
  });
  auto format = std::make_shared<std::string>("json");
  auto out = std::make_shared<std::string>();
  CLI::App* exp = cmd->add_subcommand("export", "Write a stored run as JSON (the full record) or CSV (observations)");
  exp->add_option("id", *id, "Run id (from runs list)")->required()->check(CLI::PositiveNumber);
  exp->add_option("--format", *format, "json or csv")->check(CLI::IsMember({"json", "csv"}))->capture_default_str();
  exp->add_option("--out", *out, "Output file (default: standard output)");
  exp->add_option("--db", *db, "SQLite database")->capture_default_str();
  exp->callback([db, id, format, out] {
    storage::RunStore store(*db);
    const std::string json = store.run_json(*id);
    const std::string text = *format == "csv" ? storage::record_to_csv(nlohmann::json::parse(json))
                                              : nlohmann::json::parse(json).dump(2) + "\n";
    if (out->empty()) {
      std::cout << text;
    } else {
      write_file_atomically(*out, text);
    }
  });
}

}  // namespace trichosim::cli
