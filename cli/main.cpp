// trichosim — the command line. Parses arguments and calls the library; holds no model logic.
#include <CLI/CLI.hpp>
#include <iostream>

#include "app/version.hpp"
#include "cli/commands.hpp"
#include "core/input_error.hpp"

int main(int argc, char** argv) {
  CLI::App app("trichosim: a follicle-by-follicle simulator of the human scalp", "trichosim");
  app.footer(
      "Example:\n  trichosim forecast examples/man_25_strong_family_history.toml --out out/man\n"
      "Run 'trichosim COMMAND --help' for each command. Decision support, not a diagnosis by a doctor.");
  app.set_version_flag("--version", std::string(trichosim::kVersion) + " (" + trichosim::kGitHash + ")");
  app.require_subcommand(1);
  trichosim::cli::add_forecast_command(app);
  trichosim::cli::add_runs_command(app);
  trichosim::cli::add_params_command(app);
  trichosim::cli::add_measure_command(app);
  trichosim::cli::add_serve_command(app);
  trichosim::cli::add_plan_command(app);
  trichosim::cli::add_consult_command(app);
  trichosim::cli::add_trial_command(app);
  trichosim::cli::add_validate_command(app);
  trichosim::cli::add_calibrate_command(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  } catch (const trichosim::InputError& e) {
    std::cerr << "error: " << e.what() << "\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "internal error: " << e.what() << "\n";
    return 3;
  }
  return 0;
}
