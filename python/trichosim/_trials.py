"""Virtual trials and the validation suite from Python.

A trial runs through the same reader, runner and store as ``trichosim trial`` (one process; MPI stays with the
CLI); its result is the versioned JSON record (format ``trichosim-trial-result/1``, docs/trials.md), wrapped for
reading. ``validate`` gives the list of ``trichosim validate --json``: one dict per published target.
"""

import collections.abc
import json
import numbers
import os

from . import _checks, _trichosim

TRIAL_FORMAT = "trichosim-trial-result/1"


class Trial:
    """One virtual trial: per arm, endpoint and visit the mean value, change and percent change (n, mean, sd, se,
    95 % CI), responder rates and the difference from the control arm (with its CI and p-value)."""

    def __init__(self, record, run_id=None):
        if record.get("format") != TRIAL_FORMAT:
            raise ValueError("record format = %r: this version reads %r" % (record.get("format"), TRIAL_FORMAT))
        self.record = record  #: the full JSON record (dict)
        self.run_id = run_id  #: id in the run store, when stored

    @property
    def name(self):
        return self.record["trial"]["name"]

    @property
    def arms(self):
        return [a["name"] for a in self.record["arms"]]

    @property
    def screened(self):
        return self.record["screening"]["screened"]

    @property
    def enrolled(self):
        return self.record["screening"]["enrolled"]

    def visit(self, arm, endpoint, years):
        """The visit dict of one arm and endpoint at ``years`` (as listed in the trial's visit_years)."""
        a = _named(self.record["arms"], arm, "arm")
        e = _named(a["endpoints"], endpoint, "endpoint")
        for v in e["visits"]:
            if v["years"] == years:
                return v
        raise ValueError("years = %r: the trial's visits are %r" % (years, [v["years"] for v in e["visits"]]))

    def rows(self):
        """One flat dict per arm, endpoint and visit: the change from baseline and the difference from control."""
        out = []
        for a in self.record["arms"]:
            for e in a["endpoints"]:
                for v in e["visits"]:
                    c = v["change"]
                    d = v.get("change_versus_control") or {}
                    out.append({"arm": a["name"], "endpoint": e["name"], "years": v["years"], "n": c["n"],
                                "mean_change": c["mean"], "ci95_low": c["ci95_low"], "ci95_high": c["ci95_high"],
                                "difference": d.get("difference"), "difference_ci95_low": d.get("ci95_low"),
                                "difference_ci95_high": d.get("ci95_high"), "p_value": d.get("p_value")})
        return out

    def to_dataframe(self):
        """rows() as a pandas DataFrame (needs pandas)."""
        import pandas as pd

        return pd.DataFrame(self.rows())

    def __repr__(self):
        return "Trial(%r, arms=%r, enrolled=%d, run_id=%r)" % (self.name, self.arms, self.enrolled, self.run_id)


def _named(items, name, what):
    for item in items:
        if item["name"] == name:
            return item
    raise ValueError("%s = %r: the trial has %r" % (what, name, [i["name"] for i in items]))


def trial(spec, seed=None, threads=1, db=None):
    """Runs a virtual trial and returns a Trial.

    spec: a trial file path or TOML text (a str with a newline; format ``trichosim-trial/1``). seed: overrides the
    file's seed (0 to 2^53 - 1). threads: patients simulated in parallel (1-1024; results do not depend on it).
    db: when given, the trial is also stored in that SQLite database (Trial.run_id), as ``trichosim trial`` does.
    """
    if isinstance(spec, str) and "\n" in spec:
        text, source = spec, "<text>"
    else:
        path = os.fspath(spec)
        if not os.path.exists(path):
            raise ValueError("spec = %r: no such file (give a path or TOML text)" % path)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        source = path
    _checks.seed(seed)
    _checks.threads(threads)
    record, run_id = _trichosim.run_trial(text, source, seed, int(threads), None if db is None else os.fspath(db))
    return Trial(json.loads(record), run_id=run_id)


def validate(cases=None, folder="data/validation", seed_offset=0, patients_scale=1, threads=1, parameters=None,
             other_seeds=0):
    """Runs validation cases and returns one dict per published target (study, case, endpoint, label, statistic,
    unit, published, spread, spread_note, published_n, simulated, simulated_n, within, reason), as
    ``trichosim validate --json``.

    cases: case file paths (default: every *.toml in ``folder``). seed_offset (0-1,000,000) draws other virtual
    patients for the same designs; patients_scale (1-20) runs every arm with that many times its N. parameters: a
    dict of registry values laid over every case's own (``--set KEY=VALUE``), e.g.
    ``{"minoxidil.size_gain_per_cycle": 0.2}``. other_seeds (0-20): run the cases again on that many further seed
    offsets; each dict then also holds other_seeds and within_other_seeds (``--other-seeds``).
    """
    _checks.whole("seed_offset", seed_offset, 0, _trichosim.MAX_SEED_OFFSET)
    _checks.whole("patients_scale", patients_scale, 1, _trichosim.MAX_PATIENTS_SCALE)
    _checks.whole("other_seeds", other_seeds, 0, _trichosim.MAX_OTHER_SEEDS)
    _checks.threads(threads)
    if parameters is not None and not isinstance(parameters, collections.abc.Mapping):
        raise ValueError("parameters = %r: give a dict of registry key -> value, e.g. "
                         "{\"cycle.anagen_mean_days\": 1000}" % (parameters,))
    values = []
    for key, value in (parameters or {}).items():
        if not isinstance(key, str):
            raise ValueError("parameters: key %r: give the registry key as a string, e.g. \"cycle.anagen_mean_days\""
                             % (key,))
        if isinstance(value, bool) or not isinstance(value, numbers.Real):
            raise ValueError("parameters[%r] = %r: give a number" % (key, value))
        values.append((key, float(value)))
    paths = [] if cases is None else [os.fspath(c) for c in ([cases] if isinstance(cases, (str, os.PathLike))
                                                             else cases)]
    for p in paths:
        if not os.path.exists(p):
            raise ValueError("cases: %r: no such file" % p)
    return json.loads(_trichosim.run_validation(paths, os.fspath(folder), int(seed_offset), int(patients_scale),
                                                int(threads), values, int(other_seeds)))
