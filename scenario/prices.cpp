#include "scenario/prices.hpp"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <optional>
#include <string>

#include "core/input_error.hpp"
#include "scenario/scenario.hpp"
#include "scenario/toml_fields.hpp"

namespace trichosim::scenario {

double PriceTable::amount(const std::string& key) const {
  const auto it = items.find(key);
  if (it == items.end()) {
    throw InputError(where + ": " + key + ": missing price");
  }
  return it->second.amount;
}

PriceTable parse_prices(const std::string& text, const std::string& source) {
  const toml::table root = detail::parse_toml(text, source);
  PriceTable t;
  t.where = source;
  const auto format = root["format"].value<std::string>();
  if (format == kConsultPricesFormat) {
    throw InputError(fmt::format(
        "{}: format = \"{}\": that is the consultation's price table (docs/consultation.md); the planners read "
        "\"{}\" (docs/formats.md)",
        source, kConsultPricesFormat, kPlannerPricesFormat));
  }
  if (format != kPlannerPricesFormat) {
    throw InputError(fmt::format("{}: format: must be \"{}\"", source, kPlannerPricesFormat));
  }
  const auto currency = root["currency"].value<std::string>();
  if (!currency || currency->empty()) {
    throw InputError(source + ": currency: missing; give a currency code such as \"USD\"");
  }
  t.currency = *currency;
  for (const auto& [k, node] : root) {
    const std::string key(k.str());
    if (key == "format" || key == "currency") {
      continue;
    }
    const toml::table* item = node.as_table();
    if (item == nullptr) {
      throw InputError(source + ": " + key + ": must be a table with amount, per and source");
    }
    detail::Fields f(item, key, source);
    constexpr double kMaxAmount = 1e7;
    Price p;
    p.amount = f.number("amount", 0.0, kMaxAmount, t.currency.c_str(), std::nullopt);
    p.per = f.text("per", std::string());
    p.source = f.text("source", std::string());
    if (p.per.empty() || p.source.empty()) {
      throw InputError(source + ": " + key + ": needs per (what one amount buys) and source (or \"assumption: ...\")");
    }
    f.refuse_unknown();
    t.items.emplace(key, std::move(p));
  }
  for (const char* required : kRequiredPriceKeys) {
    if (!t.items.contains(required)) {
      throw InputError(source + ": " + required + ": missing price (every table needs it; see data/prices.toml)");
    }
  }
  return t;
}

PriceTable load_prices(const std::filesystem::path& path) {
  constexpr std::uintmax_t kMaxBytes = 1U << 16U;
  return parse_prices(read_text_file(path, kMaxBytes), path.string());
}

}  // namespace trichosim::scenario
