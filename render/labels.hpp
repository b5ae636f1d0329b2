#pragma once
#include <string>

namespace trichosim::render {

/// Years (an age, or the time since the start) as a picture's label shows them: whole years as "3", any other time
/// to one decimal ("0.5", "42.3"), so that frames half a year apart are not all labelled with the same year.
std::string years_text(double years);

}  // namespace trichosim::render
