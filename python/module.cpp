// The compiled half of `import trichosim`: scenarios, forecasts, follicle snapshots, consultations
// (consultation.cpp), trials and validation (trials.cpp) and the run store, over the same library as the CLI. The
// Python half (trichosim/__init__.py) shapes results into NumPy arrays, dicts and DataFrames. InputError becomes
// ValueError with the same message.
#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include <cmath>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>

#include "app/forecast.hpp"
#include "app/version.hpp"
#include "core/input_error.hpp"
#include "python/consultation.hpp"
#include "python/follicle_snapshot.hpp"
#include "python/thread_bound.hpp"
#include "python/trials.hpp"
#include "scenario/limits.hpp"
#include "scenario/validation_case.hpp"
#include "storage/records.hpp"
#include "storage/run_store.hpp"

namespace py = pybind11;

namespace trichosim::python {
namespace {

/// A finished forecast and the follicle snapshots asked for.
struct ForecastRun {
  app::ForecastResult result;
  std::vector<FollicleSnapshot> snapshots;
};

template <typename T>
py::array_t<T> to_numpy(const std::vector<T>& v) {
  return py::array_t<T>(static_cast<py::ssize_t>(v.size()), v.data());
}

std::string years_list(const std::vector<double>& years) {
  std::ostringstream os;
  for (std::size_t i = 0; i < years.size(); ++i) {
    os << (i == 0 ? "" : ", ") << years[i];
  }
  return os.str();
}

py::dict person_dict(const Person& p) {
  py::dict d;
  d["sex"] = std::string(kSexNames[static_cast<std::size_t>(p.sex)]);
  d["age_years"] = p.age_years;
  d["ethnicity"] = std::string(kEthnicityNames[static_cast<std::size_t>(p.ethnicity)]);
  d["predisposition"] = p.predisposition;
  d["androgen_level"] = p.androgen_level;
  d["menopause_age_years"] = p.menopause_age_years;
  return d;
}

ForecastRun run(scenario::Scenario s, std::optional<double> years, std::optional<std::uint64_t> seed, int threads,
                const std::vector<double>& follicle_years, bool every_follicle_year) {
  check_threads(threads);
  app::ForecastOptions options;
  options.threads = threads;
  options.seed = seed;
  options.years = years;
  // Validate everything before the run, as the CLI does.
  app::apply_overrides(s, options);
  app::build_interventions(s);
  options.seed.reset();
  options.years.reset();
  std::vector<Day> wanted;
  for (double y : every_follicle_year ? s.observe_years : follicle_years) {
    bool found = false;
    for (double o : s.observe_years) {
      found = found || o == y;
    }
    if (!std::isfinite(y) || !found) {
      std::ostringstream os;
      os << "follicles year " << y << ": not an observation year; allowed values are " << years_list(s.observe_years);
      throw InputError(os.str());
    }
    wanted.push_back(years_to_days(y));
  }
  ForecastRun out;
  if (!wanted.empty()) {
    options.on_observation = [&out, &wanted](const Simulation& sim, Day day) {
      for (Day w : wanted) {
        if (w == day) {
          out.snapshots.push_back(take_snapshot(sim, days_to_years(day)));
          return;
        }
      }
    };
  }
  py::gil_scoped_release release;
  out.result = app::run_forecast(std::move(s), options);
  return out;
}

py::dict snapshot_dict(const ForecastRun& r, double years) {
  for (const auto& s : r.snapshots) {
    if (s.years == years) {
      py::dict d;
      d["phase"] = to_numpy(s.phase);
      d["region"] = to_numpy(s.region);
      d["flags"] = to_numpy(s.flags);
      d["cycle"] = to_numpy(s.cycle);
      d["size"] = to_numpy(s.size);
      d["sensitivity"] = to_numpy(s.sensitivity);
      d["x_mm"] = to_numpy(s.x_mm);
      d["y_mm"] = to_numpy(s.y_mm);
      d["diameter_um"] = to_numpy(s.diameter_um);
      d["length_um"] = to_numpy(s.length_um);
      return d;
    }
  }
  std::vector<double> have;
  for (const auto& s : r.snapshots) {
    have.push_back(s.years);
  }
  std::ostringstream os;
  os << "follicles(" << years << "): no follicle state captured at that year; captured years are "
     << (have.empty() ? "none (pass follicles=True or a list of years to forecast)" : years_list(have));
  throw InputError(os.str());
}

py::dict stored_run_dict(const storage::StoredRun& r) {
  py::dict d;
  d["id"] = r.id;
  d["kind"] = r.kind;
  d["created_utc"] = r.created_utc;
  d["name"] = r.name;
  d["seed"] = r.seed;
  d["version"] = r.version;
  d["git_hash"] = r.git_hash;
  d["registry_hash"] = r.registry_hash;
  d["scenario_hash"] = r.scenario_hash;
  return d;
}

}  // namespace
}  // namespace trichosim::python

PYBIND11_MODULE(_trichosim, m) {
  using namespace trichosim;
  using python::ForecastRun;
  m.doc() = "trichosim's compiled core: use the `trichosim` package, not this module directly.";
  m.attr("__version__") = kVersion;
  m.attr("git_hash") = kGitHash;
  py::tuple regions(kRegionCount);
  for (std::size_t i = 0; i < kRegionCount; ++i) {
    regions[i] = std::string(kRegionNames[i]);
  }
  m.attr("REGIONS") = regions;
  py::tuple phases(kPhaseNames.size());
  for (std::size_t i = 0; i < kPhaseNames.size(); ++i) {
    phases[i] = std::string(kPhaseNames[i]);
  }
  m.attr("PHASES") = phases;
  // The input bounds the wrappers check by name, from the same constants as the readers and the CLI.
  m.attr("MAX_SEED") = scenario::kMaxSeed;
  m.attr("MAX_THREADS") = python::kMaxThreads;
  m.attr("MAX_SEED_OFFSET") = scenario::kMaxSeedOffset;
  m.attr("MAX_PATIENTS_SCALE") = scenario::kMaxPatientsScale;
  m.attr("MAX_OTHER_SEEDS") = scenario::kMaxOtherSeeds;

  // pybind11 requires exactly void(*)(std::exception_ptr), so the pointer is taken by value.
  // NOLINTNEXTLINE(performance-unnecessary-value-param)
  py::register_exception_translator([](std::exception_ptr p) {
    try {
      if (p) {
        std::rethrow_exception(p);
      }
    } catch (const InputError& e) {
      PyErr_SetString(PyExc_ValueError, e.what());
    }
  });

  py::class_<scenario::Scenario>(m, "Scenario", "A validated scenario (docs/formats.md).")
      .def_readonly("name", &scenario::Scenario::name)
      .def_readonly("source", &scenario::Scenario::source)
      .def_readonly("text", &scenario::Scenario::text, "the TOML as given")
      .def_readonly("seed", &scenario::Scenario::seed)
      .def_readonly("horizon_years", &scenario::Scenario::horizon_years, "years simulated")
      .def_readonly("observe_years", &scenario::Scenario::observe_years, "observation times (years from start)")
      .def_readonly("overridden", &scenario::Scenario::overridden, "registry keys the scenario overrides")
      .def_property_readonly("person", [](const scenario::Scenario& s) { return python::person_dict(s.person); })
      .def("__repr__", [](const scenario::Scenario& s) { return "<trichosim.Scenario '" + s.name + "'>"; });

  m.def("load_scenario", &scenario::load_scenario, py::arg("path"), "Reads and validates a scenario file.");
  m.def("parse_scenario", &scenario::parse_scenario, py::arg("text"), py::arg("source") = "<text>",
        "Parses and validates a scenario from TOML text.");

  py::class_<ForecastRun>(m, "ForecastRun", "A finished forecast (wrapped by trichosim.Forecast).")
      .def_property_readonly("scenario", [](const ForecastRun& r) { return r.result.scenario; })
      .def("record_json", [](const ForecastRun& r) { return storage::forecast_to_json(r.result).dump(); })
      .def("csv", [](const ForecastRun& r) { return storage::forecast_to_csv(r.result); })
      .def("snapshot_years",
           [](const ForecastRun& r) {
             std::vector<double> y;
             for (const auto& s : r.snapshots) {
               y.push_back(s.years);
             }
             return y;
           })
      .def("follicles", &python::snapshot_dict, py::arg("years"))
      .def(
          "save",
          [](const ForecastRun& r, const std::filesystem::path& db) {
            storage::RunStore store(db);
            return store.save_forecast(r.result);
          },
          py::arg("db"));

  m.def("run_forecast", &python::run, py::arg("scenario"), py::arg("years") = py::none(), py::arg("seed") = py::none(),
        py::arg("threads") = 1, py::arg("follicle_years") = std::vector<double>{},
        py::arg("every_follicle_year") = false,
        "Runs a forecast; follicle state is kept at follicle_years (or every observation year).");

  py::class_<storage::RunStore>(m, "RunStore", "The SQLite run store shared with the CLI and the web page.")
      .def(py::init<const std::filesystem::path&>(), py::arg("path"))
      .def("list_runs",
           [](const storage::RunStore& s) {
             py::list out;
             for (const auto& r : s.list_runs()) {
               out.append(python::stored_run_dict(r));
             }
             return out;
           })
      .def("run_json", &storage::RunStore::run_json, py::arg("id"))
      .def_property_readonly("schema_version", &storage::RunStore::schema_version);

  python::bind_consultation(m);
  python::bind_trials(m);
}
