#include "cli/price_lookup.hpp"

#include <filesystem>

#include "core/input_error.hpp"

namespace trichosim::cli {

scenario::ConsultPriceTable find_consult_prices(const std::string& given, std::string& note) {
  if (!given.empty()) {
    return scenario::load_consult_prices(given);
  }
  if (std::filesystem::exists("data/consult_prices.toml")) {
    return scenario::load_consult_prices("data/consult_prices.toml");
  }
  note += "no price table found (give --prices FILE); costs are left at 0 and marked missing\n";
  return {};
}

}  // namespace trichosim::cli
