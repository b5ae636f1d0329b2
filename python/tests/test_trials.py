"""Virtual trials and validation from Python: the same reader (same field-named errors), runner, record and store as
`trichosim trial` and `trichosim validate --json`."""

import json
import subprocess

import pytest

import trichosim

# Two arms sharing 12 men, 2 % of the units, half a year: a second or two.
SMALL_TRIAL = """format = "trichosim-trial/1"
name = "small finasteride trial"
seed = 7
[population]
sex = "male"
age_min_years = 25
age_max_years = 40
[[screening]]
instrument = "relative_density"
site = "crown"
circle_cm2 = 5.07
max = 0.85
[design]
duration_years = 0.5
visit_years = [0.5]
n_total = 24
control_arm = "placebo"
sample_fraction = 0.02
[[arms]]
name = "finasteride"
ratio = 1
[[arms.events]]
type = "finasteride"
start_years = 0
dose_mg = 1
[[arms]]
name = "placebo"
ratio = 1
[[endpoints]]
name = "crown"
instrument = "density_per_cm2"
site = "crown"
circle_cm2 = 5.07
primary = true
"""


def test_a_trial_from_text_matches_the_cli_and_is_stored(tmp_path, trichosim_bin):
    spec = tmp_path / "small.toml"
    spec.write_text(SMALL_TRIAL)
    out = tmp_path / "cli"
    subprocess.run([str(trichosim_bin), "trial", str(spec), "--out", str(out), "--threads", "1", "--quiet"],
                   check=True, capture_output=True)
    cli = json.loads((out / "trial.json").read_text())
    db = tmp_path / "py.db"
    t = trichosim.trial(SMALL_TRIAL, threads=2, db=db)
    assert t.arms == ["finasteride", "placebo"]
    assert t.enrolled == 12 and t.screened >= 12  # every patient is in both arms (common random numbers)
    assert t.record["arms"] == cli["arms"]  # same numbers whatever the thread count and the caller
    assert t.run_id is not None
    assert json.loads(json.dumps(trichosim.load_record(db, t.run_id)["arms"])) == t.record["arms"]
    v = t.visit("finasteride", "crown", 0.5)
    assert v["change"]["n"] == 12
    d = v["change_versus_control"]
    assert d["ci95_low"] <= d["difference"] <= d["ci95_high"]
    assert 0.0 <= d["p_value"] <= 1.0
    rows = t.rows()
    assert [(r["arm"], r["years"]) for r in rows] == [("finasteride", 0), ("finasteride", 0.5), ("placebo", 0),
                                                      ("placebo", 0.5)]  # the baseline visit comes first
    assert rows[1]["difference"] == d["difference"] and rows[3]["difference"] is None


def test_a_trial_with_another_seed_draws_other_patients():
    a = trichosim.trial(SMALL_TRIAL, seed=8)
    b = trichosim.trial(SMALL_TRIAL, seed=8)
    c = trichosim.trial(SMALL_TRIAL)
    assert a.record["arms"] == b.record["arms"]
    assert a.record["arms"] != c.record["arms"]
    assert a.record["provenance"]["seed"] == 8


def test_bad_trial_input_names_the_field():
    with pytest.raises(ValueError, match=r"n_total = 0"):
        trichosim.trial(SMALL_TRIAL.replace("n_total = 24", "n_total = 0"))
    with pytest.raises(ValueError, match=r"seed = -1: allowed range"):
        trichosim.trial(SMALL_TRIAL, seed=-1)
    with pytest.raises(ValueError, match=r"threads = 0: allowed range is 1 to 1024"):
        trichosim.trial(SMALL_TRIAL, threads=0)
    with pytest.raises(ValueError, match=r"no such file"):
        trichosim.trial("no/such/trial.toml")
    t = trichosim.trial(SMALL_TRIAL)
    with pytest.raises(ValueError, match=r"arm = 'dutasteride': the trial has \['finasteride', 'placebo'\]"):
        t.visit("dutasteride", "crown", 0.5)


def test_validate_gives_the_cli_json_and_takes_the_seed_and_patient_options(root, trichosim_bin):
    case = root / "data" / "validation" / "barman_1965.toml"
    cli = json.loads(subprocess.run([str(trichosim_bin), "validate", str(case), "--json", "--threads", "1"],
                                    check=True, capture_output=True, text=True).stdout)
    py = trichosim.validate([case], threads=2)
    assert py == cli
    assert py[0]["study"].startswith("Barman 1965") and isinstance(py[0]["within"], bool)
    scaled = trichosim.validate(case, patients_scale=2)
    assert scaled[0]["simulated_n"] == 2 * py[0]["simulated_n"]
    assert trichosim.validate(case, seed_offset=1)[0]["simulated"] != py[0]["simulated"]
    with pytest.raises(ValueError, match=r"patients_scale = 21: allowed range is 1 to 20"):
        trichosim.validate(case, patients_scale=21)
    with pytest.raises(ValueError, match=r"seed_offset = -1"):
        trichosim.validate(case, seed_offset=-1)
    with pytest.raises(ValueError, match=r"no such file"):
        trichosim.validate(["data/validation/no_such_case.toml"])


def test_validate_takes_registry_values_and_other_seeds_like_the_cli(root, trichosim_bin):
    case = root / "data" / "validation" / "barman_1965.toml"
    cli = json.loads(subprocess.run([str(trichosim_bin), "validate", str(case), "--json", "--threads", "1",
                                     "--set", "cycle.telogen_mean_days=150"],
                                    check=True, capture_output=True, text=True).stdout)
    py = trichosim.validate(case, parameters={"cycle.telogen_mean_days": 150})
    assert py == cli
    assert py[0]["simulated"] != trichosim.validate(case)[0]["simulated"]
    with pytest.raises(ValueError, match=r'parameters\["cycle.telogen_mean_day"\]: unknown registry key'):
        trichosim.validate(case, parameters={"cycle.telogen_mean_day": 150})
    with pytest.raises(ValueError, match=r'parameters\["cycle.telogen_mean_days"\] = 5: allowed range is 20 to 365'):
        trichosim.validate(case, parameters={"cycle.telogen_mean_days": 5})
    with pytest.raises(ValueError,
                       match=r'with parameters: parameters."shaft.vellus_max_diameter_um" = 50: must not exceed'):
        trichosim.validate(case, parameters={"shaft.vellus_max_diameter_um": 50, "shaft.terminal_min_diameter_um": 40})
    with pytest.raises(ValueError, match=r"parameters\['cycle.telogen_mean_days'\] = 'long': give a number"):
        trichosim.validate(case, parameters={"cycle.telogen_mean_days": "long"})
    with pytest.raises(ValueError, match=r"parameters = \['cycle.telogen_mean_days=150'\]: give a dict"):
        trichosim.validate(case, parameters=["cycle.telogen_mean_days=150"])
    seeded = trichosim.validate(case, other_seeds=2)
    next_two = [trichosim.validate(case, seed_offset=k) for k in (1, 2)]
    for i, row in enumerate(seeded):
        assert row["other_seeds"] == 2
        assert row["within_other_seeds"] == sum(int(run[i]["within"]) for run in next_two)
    with pytest.raises(ValueError, match=r"other_seeds = 21: allowed range is 0 to 20"):
        trichosim.validate(case, other_seeds=21)
