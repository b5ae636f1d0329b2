#pragma once
#include <array>
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>

namespace trichosim::scenario {

/// How a price is charged.
enum class ConsultPriceBasis : std::uint8_t { Month = 0, OneOff = 1, Session = 2 };
inline constexpr std::array<std::string_view, 3> kPriceBasisNames = {"month", "one_off", "session"};

struct ConsultPriceItem {
  ConsultPriceBasis per = ConsultPriceBasis::Month;
  double price = 0.0;  ///< in the table's currency, per `per`
  std::string note;    ///< where the default came from; edit freely
};

/// An editable price table (docs/consultation.md, "Prices"). Format kConsultPricesFormat (scenario/prices.hpp; the
/// planners' table there has another layout).
struct ConsultPriceTable {
  std::string source;
  std::string currency = "USD";
  std::map<std::string, ConsultPriceItem> items;
};

/// Parses and validates a price table; throws InputError naming the field, value and allowed range.
ConsultPriceTable parse_consult_prices(const std::string& text, const std::string& source);

/// Reads a price table file (TOML).
ConsultPriceTable load_consult_prices(const std::filesystem::path& path);

}  // namespace trichosim::scenario
