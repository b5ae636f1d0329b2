#include "scenario/calibration_spec.hpp"

#include "core/input_error.hpp"
#include "scenario/scenario.hpp"
#include "scenario/toml_fields.hpp"
#include "scenario/validation_case.hpp"

namespace trichosim::scenario {
namespace {

std::vector<std::string> texts(const toml::table& root, detail::Fields& f, const std::string& key) {
  std::vector<std::string> out;
  if (!f.has(key)) {
    return out;
  }
  const toml::array* list = root[key].as_array();
  if (list == nullptr) {
    throw InputError(f.field(key) + ": must be a list of case names");
  }
  for (const auto& item : *list) {
    const auto s = item.value<std::string>();
    if (!s) {
      throw InputError(f.field(key) + ": must be a list of case names");
    }
    out.push_back(*s);
  }
  return out;
}

}  // namespace

CalibrationSpec parse_calibration_spec(const std::string& text, const std::string& source, FreeEntries free) {
  const toml::table root = detail::parse_toml(text, source);
  detail::Fields top(&root, "", source);
  const std::string format = top.text("format", std::nullopt);
  if (format != "trichosim-calibration/1") {
    throw InputError(top.field("format") + " = \"" + format + "\": this version reads \"trichosim-calibration/1\"");
  }
  CalibrationSpec c;
  c.source = source;
  c.name = top.text("name", std::string("calibration"));
  top.text("description", std::string());
  c.algorithm = top.choice("algorithm", {"bobyqa", "neldermead"}, std::string("bobyqa"));
  c.max_evaluations = static_cast<int>(top.count("max_evaluations", 1, 10000, 30));
  c.xtol_rel = top.number("xtol_rel", 1e-8, 0.5, "relative step", 1e-3);
  c.patients_scale = top.count("patients_scale", 1, kMaxPatientsScale, 1);
  c.fit = texts(root, top, "fit");
  c.held_out = texts(root, top, "held_out");
  if (c.fit.empty()) {
    throw InputError(top.field("fit") + ": missing; name at least one validation case to fit");
  }
  const toml::array* params = top.tables("parameters");
  if (params == nullptr) {
    throw InputError(source + ": parameters: missing; give at least one [[parameters]] table");
  }
  for (std::size_t i = 0; i < params->size(); ++i) {
    detail::Fields f((*params)[i].as_table(), "parameters[" + std::to_string(i) + "]", source);
    const std::string key = f.text("key", std::nullopt);
    const auto param = find_param(key);
    if (!param) {
      throw InputError(f.field("key") + " = \"" + key + "\": unknown registry key");
    }
    const ParamInfo& info = param_info(*param);
    if (free == FreeEntries::FittedOnly && info.provenance != "fitted") {
      throw InputError(f.field("key") + " = \"" + key + "\": only registry entries marked fitted may be calibrated (" +
                       "this one is " + std::string(info.provenance) +
                       "; calibrate --explore fits it without writing)");
    }
    const double lower = f.number("lower", info.min, info.max, std::string(info.unit).c_str(), info.min);
    const double upper = f.number("upper", lower, info.max, std::string(info.unit).c_str(), info.max);
    f.refuse_unknown();
    c.parameters.push_back(*param);
    c.lower.push_back(lower);
    c.upper.push_back(upper);
  }
  top.refuse_unknown();
  return c;
}

CalibrationSpec load_calibration_spec(const std::filesystem::path& path, FreeEntries free) {
  return parse_calibration_spec(read_text_file(path, 1U << 16U), path.string(), free);
}

}  // namespace trichosim::scenario
