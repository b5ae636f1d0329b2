#pragma once
#include <array>
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>

namespace trichosim::scenario {

/// How a price is charged.
enum class PriceBasis : std::uint8_t { Month = 0, OneOff = 1, Session = 2 };
inline constexpr std::array<std::string_view, 3> kPriceBasisNames = {"month", "one_off", "session"};

struct PriceItem {
  PriceBasis per = PriceBasis::Month;
  double price = 0.0;  ///< in the table's currency, per `per`
  std::string note;    ///< where the default came from; edit freely
};

/// An editable price table (docs/consultation.md, "Prices"). Format "trichosim-prices/1".
struct PriceTable {
  std::string source;
  std::string currency = "USD";
  std::map<std::string, PriceItem> items;
};

/// Parses and validates a price table; throws InputError naming the field, value and allowed range.
PriceTable parse_prices(const std::string& text, const std::string& source);

/// Reads a price table file (TOML).
PriceTable load_prices(const std::filesystem::path& path);

}  // namespace trichosim::scenario
