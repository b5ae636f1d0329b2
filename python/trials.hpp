#pragma once
#include <pybind11/pybind11.h>

namespace trichosim::python {

/// Adds run_trial(text, source, seed, threads, db) -> (record JSON text, run id or None) and
/// run_validation(cases, folder, seed_offset, patients_scale, threads) -> JSON text to the compiled module: the same
/// trial reader, runner, record and store as `trichosim trial`, and the same cases and JSON as `trichosim validate
/// --json`.
void bind_trials(pybind11::module_& m);

}  // namespace trichosim::python
