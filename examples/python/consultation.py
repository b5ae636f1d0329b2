"""A consultation from Python, notebook style: an intake as a dict, the differential diagnosis, the regimen
options with their forecasts on the virtual twin, stored and loaded back. Decision support, not a diagnosis.

Run from the repository root:  /usr/bin/python3 examples/python/consultation.py [--db out/python/trichosim.db]
"""

import argparse
import pathlib

import trichosim

ROOT = pathlib.Path(__file__).resolve().parents[2]

parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
parser.add_argument("--db", default=str(ROOT / "out" / "python" / "trichosim.db"), help="SQLite run database")
args = parser.parse_args()

# %% The intake as a dict: the JSON form of an intake file (docs/consultation.md). Unknown fields are left out.
intake = {
    "name": "Woman, 52, diffuse thinning on top",
    "seed": 5,
    "person": {"sex": "female", "age_years": 52, "family_history": "one_side"},
    "complaint": {"onset": "gradual", "duration_months": 30, "pattern": ["top", "diffuse"]},
    "shedding": {"pull_test_percent": 5},
    "conditions": {"menopause": True, "thyroid": "none"},
    "labs": {"ferritin_ng_per_ml": 60},
    "scalp": {"scarring": False},
}
c = trichosim.consult(intake, prices=ROOT / "data" / "consult_prices.toml", db=args.db)
print(c.disclaimer)
print("stored as run", c.run_id, "in", args.db)

# %% The differential diagnosis, most probable first.
for condition, probability in c.differential[:4]:
    print("%-22s %5.1f %%" % (condition, 100 * probability))
print("red flags:", ", ".join(c.red_flags) or "none")

# %% Each simulated option's forecast (hairs/cm² at the twin's site) against no treatment.
natural = c.forecast()
print("%-40s %s" % ("no treatment", "  ".join("%5.1f y %6.1f" % p for p in zip(natural["years"], natural["median"]))))
for option in c.options:
    if option["status"] == "simulated":
        f = c.forecast(option["id"])
        print("%-40s %s" % (option["label"][:40], "  ".join("%5.1f y %6.1f" % p for p in zip(f["years"], f["median"]))))

# %% Loaded back from the store, the record is the same.
assert trichosim.load_consultation(args.db, c.run_id).record == c.record
print("loaded back run", c.run_id)
