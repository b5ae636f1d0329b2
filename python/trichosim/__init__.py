"""trichosim: a follicle-by-follicle simulator of the human scalp, from Python.

>>> import trichosim
>>> f = trichosim.forecast("examples/man_25_strong_family_history.toml", years=5)
>>> f.density("crown")            # hairs/cm² at each observation (NumPy array)
>>> f.observations["occipital"]["mean_diameter_um"]
>>> f.to_dataframe()              # when pandas is installed
>>> trichosim.runs("out/demo/trichosim.db")   # runs stored by the CLI, the web page or Python
>>> c = trichosim.consult("data/vignettes/male_aga_kaufman.toml")   # or an intake dict or TOML text
>>> c.top, c.forecast("minoxidil_topical")["median"]
>>> trichosim.load_plan("out/plan/trichosim.db", 1)    # a stored transplant or SMP plan (dict)
>>> t = trichosim.trial("examples/trials/finasteride_vs_placebo_1y.toml", threads=2)   # a virtual trial
>>> t.visit("finasteride", "vertex_count", 1.0)["change_versus_control"]
>>> trichosim.validate(["data/validation/kaufman_1998.toml"])   # published targets, simulated

Bad input raises ValueError naming the field, the value and the allowed range. Decision support, not a diagnosis.
"""

import os

from . import _checks, _trichosim
from ._consultations import Consultation, consult, load_consultation, load_plan, load_record
from ._results import MEASURES, REGIONS, Forecast, Result
from ._scenarios import Scenario, as_scenario, scenario, scenario_toml
from ._trials import Trial, trial, validate

__version__ = _trichosim.__version__
git_hash = _trichosim.git_hash
PHASES = tuple(_trichosim.PHASES)  #: follicle phase names, indexed by follicles(year)["phase"]

__all__ = ["MEASURES", "PHASES", "REGIONS", "Consultation", "Forecast", "Result", "Scenario", "Trial", "consult",
           "forecast", "load_consultation", "load_plan", "load_record", "load_run", "runs", "scenario", "scenario_toml",
           "trial", "validate"]


def forecast(path_or_scenario, years=None, seed=None, threads=1, follicles=False, db=None):
    """Runs a forecast and returns a Forecast.

    path_or_scenario: a scenario file path, TOML text (a str with a newline) or a trichosim.Scenario.
    years: horizon override (0 < years <= 80); seed: seed override; threads: worker threads (1-1024; results do
    not depend on it). follicles: True to keep follicle-level state at every observation, or a list of observation
    years. db: when given, the run is also stored in that SQLite database (Forecast.run_id).
    """
    s = as_scenario(path_or_scenario)
    _checks.seed(seed)
    _checks.threads(threads)
    every = follicles is True
    follicle_years = [] if follicles is None or isinstance(follicles, bool) else [float(y) for y in follicles]
    run = _trichosim.run_forecast(s, None if years is None else float(years), seed, int(threads), follicle_years,
                                  every)
    result = Forecast(run)
    if db is not None:
        result.save(db)
    return result


def runs(db):
    """The runs stored in the SQLite database ``db``, newest first: a list of dicts (id, kind, created_utc, name,
    seed, version, git_hash, registry_hash, scenario_hash)."""
    _require_file(db)
    return _trichosim.RunStore(os.fspath(db)).list_runs()


def load_run(db, run_id):
    """A stored run as a Result (same arrays as a fresh Forecast). Unknown ids raise ValueError."""
    import json

    _require_file(db)
    return Result(json.loads(_trichosim.RunStore(os.fspath(db)).run_json(int(run_id))), run_id=int(run_id))


def _require_file(db):
    # Opening a store creates it; reading a store that does not exist is a mistake worth naming.
    if not os.path.exists(os.fspath(db)):
        raise ValueError("db = %r: no such database file" % os.fspath(db))
