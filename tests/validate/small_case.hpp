#pragma once
#include <string>

namespace trichosim::validate {

/// A validation case small enough for unit tests: three normal 25-year-olds (predisposition 0), 10 % of the units of
/// a 200 cm² scalp, half a year, one endpoint (whole-scalp density) and one target on it at the start
/// (Loussouarn 2005's 226 ± 73 /cm²). Tests edit the text for their variant.
inline const std::string kSmallNormalCase = R"toml(
format = "trichosim-validation/1"
[study]
name = "Test normal scalp"
citation = "test"
reference = "science.md V18"
[parameters]
"scalp.area_cm2" = 200
[population]
age_min_years = 25
age_max_years = 25
predisposition = 0
[design]
duration_years = 0.5
sample_fraction = 0.1
[[arms]]
name = "untreated"
n = 3
[[endpoints]]
name = "density"
instrument = "density_per_cm2"
site = "whole_scalp"
[[targets]]
label = "whole-scalp density"
endpoint = "density"
statistic = "mean"
visit_years = 0
value = 226
spread = 73
spread_note = "SD (Loussouarn 2005)"
published_n = "511"
)toml";

}  // namespace trichosim::validate
