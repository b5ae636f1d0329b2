// Virtual trials and the validation suite from Python: the same readers, runners, records and store as
// `trichosim trial` and `trichosim validate --json` (one process; MPI stays with the CLI).
#include "python/trials.hpp"

#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/input_error.hpp"
#include "python/thread_bound.hpp"
#include "scenario/parameter_override.hpp"
#include "scenario/trial_spec.hpp"
#include "scenario/validation_case.hpp"
#include "storage/run_store.hpp"
#include "storage/trial_records.hpp"
#include "trial/runner.hpp"
#include "trial/streaming.hpp"
#include "validate/case_runner.hpp"
#include "validate/report.hpp"

namespace py = pybind11;

namespace trichosim::python {
namespace {

/// Runs one trial; validates the spec, its events and the database path before any simulation.
py::tuple run_trial(const std::string& text, const std::string& source, std::optional<std::uint64_t> seed, int threads,
                    const std::optional<std::filesystem::path>& db) {
  check_threads(threads);
  trial::TrialDesign design = scenario::parse_trial_spec(text, source);
  if (seed) {
    design.seed = *seed;
  }
  trial::check_interventions(design, trial::registry_interventions);
  std::optional<storage::RunStore> store;
  if (db) {
    store.emplace(*db);
  }
  std::string record;
  std::optional<std::int64_t> id;
  {
    py::gil_scoped_release release;
    trial::RunOptions options;
    options.threads = threads;
    const trial::StreamedTrial run = trial::run_trial_streaming(design, options);
    record = storage::trial_to_json(design, run.facts, run.analysis).dump();
    if (store) {
      id = store->save_trial(design, run.facts, run.analysis);
    }
  }
  return py::make_tuple(record, id);
}

/// Runs validation cases (every *.toml of `folder` when `cases` is empty); every file is read, and every registry
/// value in `parameters` checked, before any runs. With `other_seeds` K the cases run again on the K seed offsets
/// after `seed_offset`, and each row says on how many of them it was within.
std::string run_validation(const std::vector<std::filesystem::path>& cases, const std::filesystem::path& folder,
                           std::uint64_t seed_offset, std::size_t patients_scale, int threads,
                           const std::vector<std::pair<std::string, double>>& parameters, int other_seeds) {
  check_threads(threads);
  if (seed_offset > scenario::kMaxSeedOffset) {
    throw InputError("seed_offset = " + std::to_string(seed_offset) + ": allowed range is 0 to " +
                     std::to_string(scenario::kMaxSeedOffset));
  }
  if (other_seeds < 0 || other_seeds > scenario::kMaxOtherSeeds) {
    throw InputError("other_seeds = " + std::to_string(other_seeds) + ": allowed range is 0 to " +
                     std::to_string(scenario::kMaxOtherSeeds));
  }
  validate::CaseOptions options;
  for (const auto& [key, value] : parameters) {
    options.parameter_values.emplace_back(scenario::checked_parameter(key, value, "parameters[\"" + key + "\"]"),
                                          value);
  }
  const std::vector<std::filesystem::path> files = cases.empty() ? scenario::list_validation_cases(folder) : cases;
  std::vector<scenario::ValidationCase> loaded;
  loaded.reserve(files.size());
  for (const auto& f : files) {
    loaded.push_back(scenario::load_validation_case(f));
  }
  validate::check_parameter_values(loaded, options, "parameters");
  options.threads = threads;
  options.seed_offset = seed_offset;
  options.patients_scale = patients_scale;
  py::gil_scoped_release release;
  const std::vector<validate::CaseResult> results = validate::run_cases(loaded, options);
  std::vector<std::vector<validate::CaseResult>> others;
  for (int k = 1; k <= other_seeds; ++k) {
    validate::CaseOptions reseeded = options;
    reseeded.seed_offset += static_cast<std::uint64_t>(k);
    others.push_back(validate::run_cases(loaded, reseeded));
  }
  return validate::validation_to_json(results, others).dump();
}

}  // namespace

void bind_trials(py::module_& m) {
  m.def("run_trial", &run_trial, py::arg("text"), py::arg("source"), py::arg("seed") = py::none(),
        py::arg("threads") = 1, py::arg("db") = py::none(),
        "Runs a virtual trial from its TOML text; returns (record JSON, run id or None).");
  m.def("run_validation", &run_validation, py::arg("cases"), py::arg("folder"), py::arg("seed_offset") = 0,
        py::arg("patients_scale") = 1, py::arg("threads") = 1,
        py::arg("parameters") = std::vector<std::pair<std::string, double>>{}, py::arg("other_seeds") = 0,
        "Runs validation cases; returns the JSON list of `trichosim validate --json`.");
}

}  // namespace trichosim::python
