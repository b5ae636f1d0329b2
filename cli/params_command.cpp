#include <fmt/format.h>

#include <iostream>

#include "cli/commands.hpp"
#include "core/parameters.hpp"

namespace trichosim::cli {

void add_params_command(CLI::App& app) {
  CLI::App* cmd = app.add_subcommand("params", "List the parameter registry: key, value, unit, range, provenance");
  cmd->footer("Example:\n  trichosim params | grep cycle.\nOverride any of them in a scenario's [parameters] table.");
  cmd->callback([] {
    std::cout << fmt::format("registry {}\n", kRegistryHash);
    for (const auto& p : kParamTable) {
      std::cout << fmt::format("{:<48} {:>10g} {:<9} [{:g}, {:g}]  {}\n", p.key, p.default_value, p.unit, p.min, p.max,
                               p.provenance);
    }
  });
}

}  // namespace trichosim::cli
