#include <fmt/format.h>

#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>

#include "app/forecast.hpp"
#include "cli/commands.hpp"
#include "cli/output_files.hpp"
#include "plan/plan_output.hpp"
#include "scenario/prices.hpp"
#include "storage/run_store.hpp"

namespace trichosim::cli {
namespace {

struct PlanArgs {
  std::string scenario;
  std::string prices = "data/prices.toml";
  std::string out = "out/plan";
  std::string db;
  bool quiet = false;
};

void run_plan(const PlanArgs& a, const std::string& kind) {
  // Validate everything (scenario, events, prices) before any work or any file is written.
  const scenario::Scenario s = scenario::load_scenario(a.scenario);
  app::build_interventions(s);
  const scenario::PriceTable prices = scenario::load_prices(a.prices);
  std::string json;
  std::string text;
  if (kind == "transplant") {
    const plan::TransplantPlan p = plan::plan_transplant(s, prices);
    json = plan::transplant_plan_to_json(p).dump(2);
    text = plan::transplant_plan_to_text(p);
  } else {
    const plan::SmpPlan p = plan::plan_smp(s, prices);
    json = plan::smp_plan_to_json(p).dump(2);
    text = plan::smp_plan_to_text(p);
  }
  const std::filesystem::path out(a.out);
  write_file_atomically(out / (kind + "_plan.json"), json + "\n");
  write_file_atomically(out / (kind + "_plan.txt"), text);
  const std::filesystem::path db = a.db.empty() ? out / "trichosim.db" : std::filesystem::path(a.db);
  storage::RunStore store(db);
  const std::int64_t id = store.save_plan(
      {kind, s.name, s.seed, app::fnv1a_hex(s.text + "\nseed=" + std::to_string(s.seed)), s.text, json, text});
  if (!a.quiet) {
    std::cout << text;
  }
  std::cout << fmt::format("\nwrote {}/{}_plan.json, {}/{}_plan.txt; stored as run {} in {}\n", out.string(), kind,
                           out.string(), kind, id, db.string());
}

void add_kind(CLI::App* plan, const std::string& kind, const std::string& help, const std::string& example) {
  auto args = std::make_shared<PlanArgs>();
  CLI::App* cmd = plan->add_subcommand(kind, help);
  cmd->footer("Example:\n  " + example + "\nWrites OUT/" + kind + "_plan.json and OUT/" + kind +
              "_plan.txt and stores the plan in OUT/trichosim.db (or --db).");
  cmd->add_option("scenario", args->scenario, "Scenario file with a [plan." + kind + "] table")->required();
  cmd->add_option("--prices", args->prices, "Price table (TOML, data/prices.toml format)")->capture_default_str();
  cmd->add_option("--out", args->out, "Output folder")->capture_default_str();
  cmd->add_option("--db", args->db, "SQLite database (default OUT/trichosim.db)");
  cmd->add_flag("--quiet", args->quiet, "Print only where the outputs went");
  cmd->callback([args, kind] { run_plan(*args, kind); });
}

}  // namespace

void add_plan_command(CLI::App& app) {
  CLI::App* plan = app.add_subcommand("plan", "Plan a procedure: hair transplant or scalp micropigmentation");
  plan->require_subcommand(1);
  add_kind(plan, "transplant", "Donor budget, graft allocation by session and the natural look at +10/+20 years",
           "trichosim plan transplant examples/procedures/transplant_man_45.toml --out out/tx");
  add_kind(plan, "smp", "Micropigmentation sessions light to dark, expected look and touch-up date",
           "trichosim plan smp examples/procedures/smp_norwood_6.toml --out out/smp");
}

}  // namespace trichosim::cli
