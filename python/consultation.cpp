// The consultation from Python: the same intake reader, engine, record and store as `trichosim consult`.
#include "python/consultation.hpp"

#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include <nlohmann/json.hpp>
#include <optional>

#include "consult/consultation.hpp"
#include "consult/report.hpp"
#include "scenario/consult_prices.hpp"
#include "scenario/intake.hpp"
#include "storage/consultation_records.hpp"
#include "storage/run_store.hpp"

namespace py = pybind11;

namespace trichosim::python {
namespace {

/// Runs one consultation; validates the intake, the price table and the database path before any work.
py::tuple run_consultation(const std::string& text, bool is_json, const std::string& source,
                           std::optional<std::uint64_t> seed, const std::optional<std::filesystem::path>& prices,
                           const std::optional<std::filesystem::path>& db) {
  scenario::Intake intake =
      is_json ? scenario::parse_intake_json(text, source) : scenario::parse_intake_toml(text, source);
  consult::ConsultationOptions options;
  options.seed = seed;
  if (prices) {
    options.prices = scenario::load_consult_prices(*prices);
  }
  std::optional<storage::RunStore> store;
  if (db) {
    store.emplace(*db);
  }
  std::string record;
  std::optional<std::int64_t> id;
  {
    py::gil_scoped_release release;
    const consult::Consultation c = consult::run_consultation(std::move(intake), Parameters{}, options);
    record = consult::consultation_to_json(c).dump();
    if (store) {
      id = store->save_consultation(storage::consultation_record(c, record));
    }
  }
  return py::make_tuple(record, id);
}

}  // namespace

void bind_consultation(py::module_& m) {
  m.def("run_consultation", &run_consultation, py::arg("text"), py::arg("is_json"), py::arg("source"),
        py::arg("seed") = py::none(), py::arg("prices") = py::none(), py::arg("db") = py::none(),
        "Runs a consultation on an intake (TOML or JSON text); returns (record JSON, run id or None).");
}

}  // namespace trichosim::python
