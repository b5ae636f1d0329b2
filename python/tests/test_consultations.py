"""Consultations and plans from Python: the same intake reader (same field-named errors), engine, record and store as
`trichosim consult` and `trichosim plan`; stored ones load back unchanged."""

import json
import subprocess

import numpy as np
import pytest

import trichosim

# data/vignettes/male_aga_kaufman.toml as a dict (the JSON form of the intake), without its [vignette] table.
KAUFMAN = {
    "format": "trichosim-intake/1", "name": "Man, 28, vertex thinning for 4 years", "seed": 11,
    "recent_events": [], "medications": [],
    "person": {"sex": "male", "age_years": 28, "ethnicity": "caucasian", "family_history": "one_side"},
    "complaint": {"onset": "gradual", "duration_months": 48, "pattern": ["hairline", "crown"]},
    "shedding": {"hairs_per_day": 60, "pull_test_percent": 4},
    "conditions": {"thyroid": "none"},
    "scalp": {"scarring": False},
}


def test_consultation_from_a_dict_matches_the_cli_on_the_same_intake_file(tmp_path, root, trichosim_bin):
    db = tmp_path / "shared.db"
    out = tmp_path / "cli"
    subprocess.run([str(trichosim_bin), "consult", str(root / "data" / "vignettes" / "male_aga_kaufman.toml"),
                    "--out", str(out), "--db", str(db), "--prices", str(root / "data" / "consult_prices.toml"),
                    "--quiet"], check=True, capture_output=True)
    cli = json.loads((out / "consultation.json").read_text())

    c = trichosim.consult(KAUFMAN, prices=root / "data" / "consult_prices.toml", db=db)
    assert c.run_id == 2
    assert c.top == "aga_male"  # the vignette's expected top condition
    assert c.red_flags == []
    # Same fields, same seed: the same differential, twin and option forecasts as the CLI's.
    assert c.record["differential"] == cli["differential"]
    assert c.record["twin"] == cli["twin"]
    assert c.record["regimen"] == cli["regimen"]
    assert abs(sum(p for _, p in c.differential) - 1.0) < 1e-9  # softmax over the conditions

    simulated = [o["id"] for o in c.options if o["status"] == "simulated"]
    assert simulated, c.option_ids()
    f = c.forecast(simulated[0])
    assert list(f["years"]) == [1.0, 3.0, 5.0]
    assert np.all(f["lower"] <= f["median"]) and np.all(f["median"] <= f["upper"])
    natural = c.forecast()
    assert natural["median"].shape == (3,)
    rows = c.table()
    assert len(rows) == 3 * len(c.options)
    assert {r["option"] for r in rows if r["density_median"] is None} == \
        {o["id"] for o in c.options if o["status"] != "simulated"}

    # Both consultations are in the store and load back unchanged.
    assert [(r["id"], r["kind"]) for r in trichosim.runs(db)] == [(2, "consultation"), (1, "consultation")]
    assert trichosim.load_consultation(db, 1).record == cli
    assert trichosim.load_consultation(db, 2).record == c.record


def test_the_twin_carries_the_intakes_causes_and_the_correction_is_simulated(tmp_path):
    intake = dict(KAUFMAN, name="Woman, 34, ferritin 12", seed=5,
                  person={"sex": "female", "age_years": 34},
                  complaint={"duration_months": 4, "pattern": ["diffuse"]},
                  shedding={"pull_test_percent": 12},
                  labs={"ferritin_ng_per_ml": 12},
                  medications=[{"class": "anticonvulsant", "months_since_start": 5}])
    c = trichosim.consult(intake, db=tmp_path / "c.db")
    assert [(x["id"], x["event_type"], x["start_years_ago"]) for x in c.causes] == \
        [("iron_deficiency", "iron_deficiency", pytest.approx(4 / 12))]
    assert c.causes_left_out == ["anticonvulsant (no plug-in models it as a cause of shedding)"]
    iron = c.forecast("iron_supplement")
    assert iron["median"][-1] > c.forecast()["median"][-1]  # correcting it gains density over the natural course


def test_bad_intake_names_the_field_and_stores_nothing(tmp_path):
    db = tmp_path / "never.db"
    bad = dict(KAUFMAN, person=dict(KAUFMAN["person"], age_years=140))
    with pytest.raises(ValueError, match=r"^<dict>: person\.age_years = 140: allowed range is 0 to 110 \(year\)$"):
        trichosim.consult(bad, db=db)
    text = 'format = "trichosim-intake/1"\n[person]\nsex = "male"\nage_years = 30\n[complaint]\npattern = ["nape"]\n'
    with pytest.raises(ValueError, match=r'^<text>: complaint\.pattern\[0\] = "nape": allowed values are hairline, '
                                         r'crown, top, diffuse, patchy, whole_scalp$'):
        trichosim.consult(text, db=db)
    with pytest.raises(ValueError, match=r"^seed = -1: allowed range is 0 to 9007199254740991 \(whole number\)$"):
        trichosim.consult(KAUFMAN, seed=-1, db=db)
    assert not db.exists()


def test_stored_plan_loads_and_kinds_are_checked(tmp_path, root, trichosim_bin):
    out = tmp_path / "plan"
    subprocess.run([str(trichosim_bin), "plan", "smp", str(root / "examples" / "procedures" / "smp_norwood_6.toml"),
                    "--prices", str(root / "data" / "prices.toml"), "--out", str(out), "--quiet"], check=True,
                   capture_output=True)
    db = out / "trichosim.db"
    plan = trichosim.load_plan(db, 1)
    assert plan == json.loads((out / "smp_plan.json").read_text())
    assert plan["format"] == "trichosim-smp-plan/1"
    assert trichosim.load_record(db, 1) == plan
    with pytest.raises(ValueError, match=r"^run 1: not a consultation \(record format 'trichosim-smp-plan/1'\)$"):
        trichosim.load_consultation(db, 1)
