"""Consultations and stored plans from Python.

A consultation is run by the same intake reader, engine and store as ``trichosim consult`` and the web page's
consultation form; its result is the versioned JSON record (format ``trichosim-consultation/1``,
docs/consultation.md), wrapped for convenient reading. Decision support from a simulation, not a diagnosis.
"""

import json
import os

import numpy as np

from . import _checks, _trichosim

CONSULTATION_FORMAT = "trichosim-consultation/1"
PLAN_FORMATS = ("trichosim-transplant-plan/1", "trichosim-smp-plan/1")


class Consultation:
    """One consultation: the differential diagnosis, red flags, the virtual twin and the regimen options, each
    with its forecast (hairs/cm² at the twin's site after 1, 3 and 5 years: lower, median, upper)."""

    def __init__(self, record, run_id=None):
        if record.get("format") != CONSULTATION_FORMAT:
            raise ValueError("record format = %r: this version reads %r" % (record.get("format"), CONSULTATION_FORMAT))
        self.record = record  #: the full JSON record (dict)
        self.run_id = run_id  #: id in the run store, when stored

    @property
    def name(self):
        return self.record["name"]

    @property
    def disclaimer(self):
        return self.record["disclaimer"]

    @property
    def differential(self):
        """[(condition id, probability 0-1)], most probable first."""
        return [(s["condition"], s["probability"]) for s in self.record["differential"]["scores"]]

    @property
    def top(self):
        """The most probable condition's id, e.g. ``'aga_male'``."""
        return self.record["differential"]["scores"][0]["condition"]

    @property
    def red_flags(self):
        """Red-flag ids (e.g. ``'scarring'``); a red flag means: see a doctor first."""
        return [f["flag"] for f in self.record["differential"]["red_flags"]]

    @property
    def causes(self):
        """The intake's causes the twin carries in the natural course and every option: a list of dicts (id,
        label, event_type, start_years_ago, stop_years_ago (negative for a planned last dose) or None, one_off)."""
        return list(self.record["twin"]["causes"])

    @property
    def causes_left_out(self):
        """Causes the intake reports that the twin cannot carry, each with the reason."""
        return list(self.record["twin"]["causes_left_out"])

    @property
    def options(self):
        """The regimen options' records (id, label, status, rank, forecast, ...), ranked simulated ones first."""
        return list(self.record["regimen"]["options"])

    def option_ids(self):
        return [o["id"] for o in self.record["regimen"]["options"]]

    def forecast(self, option_id=None):
        """Forecast densities (hairs/cm²) of one option, or of no treatment (the twin's natural course) when
        ``option_id`` is None: a dict of NumPy arrays ``years``, ``lower``, ``median``, ``upper``. Options that
        were not simulated raise ValueError (their forecasts are never estimated)."""
        if option_id is None:
            rows = [(c["years"], c["twin"]) for c in self.record["twin"]["natural_course"]]
        else:
            found = [o for o in self.record["regimen"]["options"] if o["id"] == option_id]
            if not found:
                raise ValueError("option_id = %r: allowed values are %s" % (option_id, ", ".join(self.option_ids())))
            if found[0]["status"] != "simulated":
                raise ValueError("option_id = %r: not simulated (%s)" % (option_id, found[0]["status_note"]))
            rows = [(f["years"], f["density_per_cm2"]) for f in found[0]["forecast"]]
        out = {"years": np.array([y for y, _ in rows], dtype=float)}
        for k in ("lower", "median", "upper"):
            out[k] = np.array([b[k] for _, b in rows], dtype=float)
        return out

    def table(self):
        """One row per option and forecast year: option, status, rank, years, density lower/median/upper (None
        when not simulated), cumulative cost."""
        rows = []
        for o in self.record["regimen"]["options"]:
            for f in o["forecast"]:
                band = f.get("density_per_cm2") or {}
                rows.append({"option": o["id"], "status": o["status"], "rank": o["rank"], "years": f["years"],
                             "density_lower": band.get("lower"), "density_median": band.get("median"),
                             "density_upper": band.get("upper"), "cost": f["cost"]})
        return rows

    def to_dataframe(self):
        """The option table as a pandas DataFrame (requires pandas)."""
        import pandas as pd

        return pd.DataFrame(self.table())

    @property
    def patient_summary(self):
        return self.record["patient_summary"]

    @property
    def clinical_summary(self):
        return self.record["clinical_summary"]

    def __repr__(self):
        return "<trichosim.Consultation %r: top %s>" % (self.name, self.top)


def consult(intake, seed=None, prices=None, db=None):
    """Runs a consultation and returns a Consultation.

    intake: an intake file path (TOML, or JSON when it ends in .json), TOML text (a str with a newline), or a dict
    with the intake's fields (the JSON form, e.g. ``{"person": {"sex": "male", "age_years": 28}, ...}``).
    seed: overrides the intake's seed. prices: a price table file (docs/consultation.md, "Prices"); without one,
    costs are 0 and listed as missing prices. db: when given, the consultation is also stored in that SQLite
    database (Consultation.run_id), as ``trichosim consult`` stores it.
    """
    if isinstance(intake, dict):
        text, is_json, source = json.dumps(intake), True, "<dict>"
    elif isinstance(intake, str) and "\n" in intake:
        text, is_json, source = intake, False, "<text>"
    else:
        path = os.fspath(intake)
        if not os.path.exists(path):
            raise ValueError("intake = %r: no such file (give a path, TOML text or a dict)" % path)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        is_json, source = path.endswith(".json"), path
    _checks.seed(seed)
    record, run_id = _trichosim.run_consultation(text, is_json, source, seed,
                                                 None if prices is None else os.fspath(prices),
                                                 None if db is None else os.fspath(db))
    return Consultation(json.loads(record), run_id=run_id)


def load_record(db, run_id):
    """The JSON record (dict) of any stored run: forecast, plan, consultation or trial. Unknown ids raise
    ValueError."""
    if not os.path.exists(os.fspath(db)):
        raise ValueError("db = %r: no such database file" % os.fspath(db))
    return json.loads(_trichosim.RunStore(os.fspath(db)).run_json(int(run_id)))


def load_consultation(db, run_id):
    """A stored consultation (from the CLI, the web page or Python) as a Consultation."""
    record = load_record(db, run_id)
    if record.get("format") != CONSULTATION_FORMAT:
        raise ValueError("run %d: not a consultation (record format %r)" % (int(run_id), record.get("format")))
    return Consultation(record, run_id=int(run_id))


def load_plan(db, run_id):
    """A stored transplant or SMP plan's JSON record (dict; format trichosim-transplant-plan/1 or
    trichosim-smp-plan/1, docs/formats.md)."""
    record = load_record(db, run_id)
    if record.get("format") not in PLAN_FORMATS:
        raise ValueError("run %d: not a plan (record format %r)" % (int(run_id), record.get("format")))
    return record
