#pragma once
#include <string>

#include "scenario/consult_prices.hpp"

namespace trichosim::cli {

/// The consultation's price table, as `trichosim consult` and `trichosim serve` find it: the file `given`
/// (--prices) when not empty, else data/consult_prices.toml (the documented defaults), else an empty table (costs
/// then reported as missing). data/prices.toml is the planners' table, in another format.
/// Appends to `note` what the user should know about the choice. Throws InputError for a bad --prices file.
scenario::ConsultPriceTable find_consult_prices(const std::string& given, std::string& note);

}  // namespace trichosim::cli
