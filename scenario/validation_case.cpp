#include "scenario/validation_case.hpp"

#include <algorithm>

#include "core/input_error.hpp"
#include "scenario/scenario.hpp"
#include "scenario/trial_reader.hpp"
#include "scenario/trial_spec.hpp"

namespace trichosim::scenario {
namespace {

using detail::Fields;
using detail::num;

std::size_t arm_index(Fields& f, const std::string& key, const trial::TrialDesign& d, std::optional<std::size_t> fb) {
  if (!f.has(key) && fb) {
    return *fb;
  }
  const std::string name = f.text(key, std::nullopt);
  std::string known;
  for (std::size_t i = 0; i < d.arms.size(); ++i) {
    if (d.arms[i].name == name) {
      return i;
    }
    known += (known.empty() ? "" : ", ") + d.arms[i].name;
  }
  throw InputError(f.field(key) + " = \"" + name + "\": no such arm; arms are " + known);
}

ValidationTarget read_target(Fields& f, const std::optional<trial::TrialDesign>& design) {
  ValidationTarget t;
  t.label = f.text("label", std::nullopt);
  t.endpoint = f.text("endpoint", std::nullopt);
  t.statistic = f.choice_of<TargetStatistic>("statistic", kTargetStatisticNames, std::nullopt);
  t.value = f.number("value", -1e9, 1e9, "endpoint unit", std::nullopt);
  t.spread = f.number("spread", 1e-9, 1e9, "endpoint unit", std::nullopt);
  t.spread_note = f.text("spread_note", std::nullopt);
  t.published_n = f.text("published_n", std::string("n.r."));
  t.threshold = f.number("threshold", -1e9, 1e9, "endpoint unit", 0.0);
  if (f.has("age_min_years")) {
    t.age_min_years = f.number("age_min_years", 0.0, 110.0, "year", std::nullopt);
  }
  if (f.has("age_max_years")) {
    t.age_max_years = f.number("age_max_years", 0.0, 111.0, "year", std::nullopt);
  }
  const std::string sex = f.choice("sex", {"any", "male", "female"}, std::string("any"));
  if (sex != "any") {
    t.sex = sex == "male" ? Sex::Male : Sex::Female;
  }
  const double visit_years = f.number("visit_years", 0.0, 30.0, "year", std::nullopt);
  if (!design) {
    // A pending case keeps its published numbers; arms and visits are checked once it has a trial.
    f.text("arm", std::string());
    f.text("reference_arm", std::string());
    return t;
  }
  const trial::TrialDesign& d = *design;
  const auto ep =
      std::find_if(d.endpoints.begin(), d.endpoints.end(), [&](const auto& e) { return e.name == t.endpoint; });
  if (ep == d.endpoints.end()) {
    throw InputError(f.field("endpoint") + " = \"" + t.endpoint + "\": no endpoint of the trial has that name");
  }
  t.arm = arm_index(f, "arm", d, 0);
  const bool net = t.statistic == TargetStatistic::NetChange || t.statistic == TargetStatistic::NetPercentChange;
  t.reference_arm = net ? arm_index(f, "reference_arm", d, d.control_arm) : t.arm;
  if (!net && f.has("reference_arm")) {
    throw InputError(f.field("reference_arm") + ": only for statistic = \"net_change\" or \"net_percent_change\"");
  }
  const auto v = std::find(d.visit_years.begin(), d.visit_years.end(), visit_years);
  if (v == d.visit_years.end()) {
    std::string visits;
    for (double y : d.visit_years) {
      visits += (visits.empty() ? "" : ", ") + num(y);
    }
    throw InputError(f.field("visit_years") + " = " + num(visit_years) + ": not a visit of the trial (" + visits + ")");
  }
  t.visit = static_cast<std::size_t>(v - d.visit_years.begin());
  return t;
}

}  // namespace

ValidationCase parse_validation_case(const std::string& text, const std::string& source) {
  const toml::table root = detail::parse_toml(text, source);
  Fields top(&root, "", source);
  const std::string format = top.text("format", std::nullopt);
  if (format != "trichosim-validation/1") {
    throw InputError(top.field("format") + " = \"" + format + "\": this version reads \"trichosim-validation/1\"");
  }
  ValidationCase c;
  c.source = source;
  c.id = std::filesystem::path(source).stem().string();
  Fields study(top.table("study"), "study", source);
  c.study = study.text("name", std::nullopt);
  c.citation = study.text("citation", std::nullopt);
  c.reference = study.text("reference", std::nullopt);
  c.note = study.text("note", std::string());
  c.pending = study.text("pending", std::string());
  study.refuse_unknown();
  if (c.pending.empty()) {
    c.design = detail::read_trial_design(top, text, source, /*lenient_instruments=*/true);
    if (c.design->name == "unnamed trial") {
      c.design->name = c.study;
    }
  }
  const toml::array* targets = top.tables("targets");
  if (targets == nullptr) {
    throw InputError(source + ": targets: missing; give at least one [[targets]] table");
  }
  for (std::size_t i = 0; i < targets->size(); ++i) {
    Fields f((*targets)[i].as_table(), "targets[" + std::to_string(i) + "]", source);
    c.targets.push_back(read_target(f, c.design));
    f.refuse_unknown();
  }
  top.refuse_unknown();
  return c;
}

ValidationCase load_validation_case(const std::filesystem::path& path) {
  return parse_validation_case(read_text_file(path, kMaxTrialBytes), path.string());
}

std::vector<std::filesystem::path> list_validation_cases(const std::filesystem::path& folder) {
  std::vector<std::filesystem::path> out;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
    if (entry.path().extension() == ".toml") {
      out.push_back(entry.path());
    }
  }
  if (ec) {
    throw InputError(folder.string() + ": cannot list the validation cases (" + ec.message() + ")");
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace trichosim::scenario
