#include "scenario/prices.hpp"

#include <toml++/toml.h>

#include <cmath>
#include <sstream>

#include "core/input_error.hpp"
#include "scenario/scenario.hpp"

namespace trichosim::scenario {

double PriceTable::amount(const std::string& key) const {
  const auto it = items.find(key);
  if (it == items.end()) {
    throw InputError(where + ": " + key + ": missing price");
  }
  return it->second.amount;
}

PriceTable parse_prices(const std::string& text, const std::string& source) {
  toml::table root;
  try {
    root = toml::parse(text, source);
  } catch (const toml::parse_error& e) {
    std::ostringstream os;
    os << source << ":" << e.source().begin.line << ":" << e.source().begin.column
       << ": not valid TOML: " << e.description();
    throw InputError(os.str());
  }
  PriceTable t;
  t.where = source;
  if (root["format"].value<std::string>() != std::optional<std::string>("trichosim-prices/1")) {
    throw InputError(source + ": format: must be \"trichosim-prices/1\"");
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
    Price p;
    const auto amount = (*item)["amount"].value<double>();
    if (!amount || (*item)["amount"].is_boolean() || !std::isfinite(*amount) || *amount < 0.0 || *amount > 1e7) {
      throw InputError(source + ": " + key + ".amount: must be a number from 0 to 10000000");
    }
    p.amount = *amount;
    p.per = (*item)["per"].value_or(std::string());
    p.source = (*item)["source"].value_or(std::string());
    if (p.per.empty() || p.source.empty()) {
      throw InputError(source + ": " + key + ": needs per (what one amount buys) and source (or \"assumption: ...\")");
    }
    for (const auto& [field, v] : *item) {
      const std::string f(field.str());
      if (f != "amount" && f != "per" && f != "source") {
        throw InputError(source + ": " + key + "." + f + ": unknown key; accepted keys here are amount, per, source");
      }
    }
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
