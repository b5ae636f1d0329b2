#pragma once
#include <pybind11/pybind11.h>

namespace trichosim::python {

/// Adds run_consultation(text, is_json, source, seed, prices, db) -> (record JSON text, run id or None) to the
/// compiled module: the intake is validated by scenario/'s reader, run by consult/, and stored like the CLI's.
void bind_consultation(pybind11::module_& m);

}  // namespace trichosim::python
