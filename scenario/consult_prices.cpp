#include "scenario/consult_prices.hpp"

#include <fmt/format.h>

#include "scenario/prices.hpp"
#include "scenario/scenario.hpp"
#include "scenario/strict_table.hpp"

namespace trichosim::scenario {

ConsultPriceTable parse_consult_prices(const std::string& text, const std::string& source) {
  const toml::table root = detail::parse_toml(text, source);
  detail::StrictTable top(&root, "", source);
  const std::string format = top.text("format").value_or("");
  if (format == kPlannerPricesFormat) {
    throw InputError(fmt::format(
        "{} = \"{}\": that is the planners' price table (amount, per; docs/formats.md); the consultation reads "
        "\"{}\" ([items.<id>] per, price; docs/consultation.md, \"Prices\")",
        top.field("format"), format, kConsultPricesFormat));
  }
  if (format != kConsultPricesFormat) {
    throw InputError(
        fmt::format("{} = \"{}\": this version reads \"{}\"", top.field("format"), format, kConsultPricesFormat));
  }
  ConsultPriceTable table;
  table.source = source;
  table.currency = top.text("currency").value_or("USD");
  const toml::table* items = top.subtable("items");
  top.refuse_unknown();
  if (items == nullptr) {
    return table;
  }
  for (const auto& [k, node] : *items) {
    const std::string key(k.str());
    const toml::table* t = node.as_table();
    if (t == nullptr) {
      throw InputError(source + ": items." + key + ": must be a table ([items." + key + "])");
    }
    detail::StrictTable r(t, "items." + key, source);
    ConsultPriceItem item;
    constexpr double kMaxPrice = 1.0e7;
    item.price = r.required_number("price", 0.0, kMaxPrice, "currency units");
    const auto per = r.choice<ConsultPriceBasis>("per", kPriceBasisNames);
    if (!per) {
      throw InputError(r.field("per") + ": missing; allowed values are month, one_off, session");
    }
    item.per = *per;
    item.note = r.text("note").value_or("");
    r.refuse_unknown();
    table.items.emplace(key, std::move(item));
  }
  return table;
}

ConsultPriceTable load_consult_prices(const std::filesystem::path& path) {
  constexpr std::uintmax_t kMaxBytes = 1U << 20U;
  return parse_consult_prices(read_text_file(path, kMaxBytes), path.string());
}

}  // namespace trichosim::scenario
