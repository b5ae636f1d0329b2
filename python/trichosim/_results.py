"""Forecast results as NumPy arrays, dicts and (when pandas is installed) DataFrames.

Live forecasts and runs loaded from the SQLite store share this class: both are read from the same versioned JSON
record (format ``trichosim-forecast/1``, docs/formats.md), so a stored run reads exactly like a fresh one.
"""

import json

import numpy as np

from . import _trichosim

REGIONS = tuple(_trichosim.REGIONS) + ("whole_scalp",)
MEASURES = ("area_cm2", "follicles", "hairs", "density_per_cm2", "terminal_per_cm2", "intermediate_per_cm2",
            "vellus_per_cm2", "mean_diameter_um", "anagen_percent", "telogen_percent", "kenogen_percent",
            "shed_per_day")


def _check(name, value, allowed):
    if value not in allowed:
        raise ValueError("%s = %r: allowed values are %s" % (name, value, ", ".join(allowed)))


class Result:
    """One forecast: ``years``, ``age_years`` and, per region and measure, one value per observation."""

    def __init__(self, record, run_id=None):
        if record.get("format") != "trichosim-forecast/1":
            raise ValueError("record format = %r: this version reads 'trichosim-forecast/1'" % record.get("format"))
        self.record = record  #: the full JSON record (dict)
        self.run_id = run_id  #: id in the run store, when stored
        obs = record["observations"]
        self.years = np.array([o["years"] for o in obs], dtype=float)  #: observation times (years from start)
        self.age_years = np.array([o["age_years"] for o in obs], dtype=float)  #: the person's age at each
        self.observations = {  #: region -> measure -> NumPy array over observations
            region: {m: np.array([o["regions"][region][m] for o in obs]) for m in MEASURES} for region in REGIONS
        }

    @property
    def name(self):
        return self.record["scenario"]["name"]

    @property
    def info(self):
        """Provenance: version, git hash, registry hash, scenario hash, seed, threads."""
        return dict(self.record["provenance"])

    @property
    def person(self):
        return dict(self.record["person"])

    def series(self, measure, region="whole_scalp"):
        """One measure in one region over the observations, e.g. ``series('vellus_per_cm2', 'crown')``."""
        _check("measure", measure, MEASURES)
        _check("region", region, REGIONS)
        return self.observations[region][measure]

    def density(self, region="whole_scalp"):
        """Hairs per cm² in ``region`` at each observation (NumPy array)."""
        return self.series("density_per_cm2", region)

    def table(self):
        """Long format, one row per (observation, region): dict of column name -> NumPy array."""
        rows = [(o["years"], o["age_years"], r, o["regions"][r]) for o in self.record["observations"] for r in REGIONS]
        columns = {"years": np.array([x[0] for x in rows], dtype=float),
                   "age_years": np.array([x[1] for x in rows], dtype=float),
                   "region": np.array([x[2] for x in rows], dtype=object)}
        for m in MEASURES:
            columns[m] = np.array([x[3][m] for x in rows])
        return columns

    def to_dataframe(self):
        """The long-format table as a pandas DataFrame (needs pandas: ``apt-get install python3-pandas``)."""
        try:
            import pandas as pd
        except ImportError as e:
            raise ImportError("to_dataframe needs pandas (apt-get install python3-pandas); "
                              "use .table() for a dict of NumPy arrays") from e
        return pd.DataFrame(self.table())

    def __repr__(self):
        return "<trichosim.%s '%s': %d observations>" % (type(self).__name__, self.name, len(self.years))


class Forecast(Result):
    """A forecast just run in this process; adds the scenario, follicle-level state and saving."""

    def __init__(self, run):
        super().__init__(json.loads(run.record_json()))
        self._run = run
        self.scenario = run.scenario  #: the validated Scenario that was run

    def follicles(self, year):
        """Follicle-level state at an observation year captured by ``forecast(..., follicles=...)``: a dict of
        NumPy arrays, one entry per follicle — phase and region (indices into trichosim.PHASES / REGIONS), flags,
        cycle, size, sensitivity, x_mm, y_mm, diameter_um, length_um."""
        return self._run.follicles(float(year))

    @property
    def follicle_years(self):
        """Years whose follicle state was captured."""
        return list(self._run.snapshot_years())

    def csv(self):
        """The observations as CSV text (same as the CLI's observations.csv)."""
        return self._run.csv()

    def save(self, db):
        """Stores the run in the SQLite database ``db`` (created if needed) and returns its run id."""
        self.run_id = self._run.save(str(db))
        return self.run_id
