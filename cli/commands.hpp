#pragma once
#include <CLI/CLI.hpp>

namespace trichosim::cli {

/// Each command registers its options on the app and a callback that does the work; the callbacks return
/// through exceptions (InputError -> exit code 2 with the message).
void add_forecast_command(CLI::App& app);
void add_runs_command(CLI::App& app);
void add_params_command(CLI::App& app);
void add_measure_command(CLI::App& app);
void add_serve_command(CLI::App& app);
void add_plan_command(CLI::App& app);
void add_consult_command(CLI::App& app);
void add_trial_command(CLI::App& app);
void add_validate_command(CLI::App& app);
void add_calibrate_command(CLI::App& app);

}  // namespace trichosim::cli
