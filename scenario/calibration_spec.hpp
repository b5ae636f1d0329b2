#pragma once
#include <filesystem>
#include <string>
#include <vector>

#include "core/parameters.hpp"

namespace trichosim::scenario {

/// A calibration: which registry entries (marked fitted) to fit, within which bounds, to which validation cases,
/// and which cases to hold out and report as validation (format "trichosim-calibration/1", docs/validation.md).
struct CalibrationSpec {
  std::string name;
  std::string source;
  std::vector<Param> parameters;
  std::vector<double> lower;  ///< per parameter, within the registry range
  std::vector<double> upper;
  std::vector<std::string> fit;       ///< case ids (file stems in the cases folder) the objective sums over
  std::vector<std::string> held_out;  ///< case ids run once at the fitted values and reported separately
  std::string algorithm = "bobyqa";   ///< bobyqa | neldermead
  int max_evaluations = 30;
  double xtol_rel = 1e-3;
  /// Every fit and held-out case runs with this many times its arms' N (validate::CaseOptions::patients_scale): the
  /// objective then reads the model more than one sample of patients.
  std::size_t patients_scale = 1;
};

/// Which registry entries a calibration may free: only those marked fitted (the default, and the only ones
/// `calibrate --write` may change), or any entry (`calibrate --explore`: an experiment whose values are printed,
/// never written, so that trying a sourced or assumed value needs no registry edit and rebuild).
enum class FreeEntries { FittedOnly, Any };

/// Parses and validates a calibration file; throws InputError naming the field, value and allowed values.
CalibrationSpec parse_calibration_spec(const std::string& text, const std::string& source,
                                       FreeEntries free = FreeEntries::FittedOnly);

/// Reads a calibration file.
CalibrationSpec load_calibration_spec(const std::filesystem::path& path, FreeEntries free = FreeEntries::FittedOnly);

}  // namespace trichosim::scenario
