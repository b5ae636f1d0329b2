#pragma once
#include <filesystem>
#include <map>
#include <string>
#include <string_view>

namespace trichosim::scenario {

/// The two price tables' format tags: the planners' (this file) and the consultation's (consult_prices.hpp); each
/// reader names the other's when handed the wrong table.
inline constexpr std::string_view kPlannerPricesFormat = "trichosim-prices/1";
inline constexpr std::string_view kConsultPricesFormat = "trichosim-consult-prices/1";

/// One price: an amount in the table's currency per unit, with where the default came from.
struct Price {
  double amount = 0.0;
  std::string per;     ///< what one amount buys, e.g. "graft", "session", "treatment"
  std::string source;  ///< source of the default, or "assumption: ..." (the user edits the file)
};

/// The user-editable price table (data/prices.toml, docs/formats.md).
struct PriceTable {
  std::string currency;
  std::map<std::string, Price> items;

  /// Amount of `key`; throws InputError naming the file's missing key.
  double amount(const std::string& key) const;
  std::string where;  ///< file name, for messages
};

/// Keys every price table must hold (the planners read them).
inline constexpr const char* kRequiredPriceKeys[] = {
    "transplant_fue_per_graft", "transplant_fut_per_graft",     "smp_full_scalp_treatment",  "smp_scar_treatment",
    "smp_touch_up_share",       "microneedling_clinic_session", "microneedling_home_roller", "laser_home_device"};

/// Parses and validates a price table; throws InputError naming the key, value and what is allowed.
PriceTable parse_prices(const std::string& text, const std::string& source);

/// Reads a price table file.
PriceTable load_prices(const std::filesystem::path& path);

}  // namespace trichosim::scenario
