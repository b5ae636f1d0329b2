"""The run store from Python, notebook style: save a forecast, list the runs (including those started from the
command line or the web page with the same --db), and load one back with the same arrays.

Run from the repository root:  /usr/bin/python3 examples/python/stored_runs.py [--db out/python/trichosim.db]
"""

import argparse
import pathlib

import numpy as np

import trichosim

ROOT = pathlib.Path(__file__).resolve().parents[2]

parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
parser.add_argument("--db", default=str(ROOT / "out" / "python" / "trichosim.db"), help="SQLite run database")
parser.add_argument("--years", type=float, default=5.0, help="horizon in years (0-80]")
args = parser.parse_args()

# %% A woman of 50 after menopause, built from keywords, stored in the database.
scenario = trichosim.scenario(name="Woman, 50, from Python", seed=7, sex="female", age_years=50,
                              family_history="both_sides", menopause_age_years=49, horizon_years=args.years)
forecast = trichosim.forecast(scenario, db=args.db)
print("stored as run", forecast.run_id, "in", args.db)

# %% Every run in the store, newest first.
for run in trichosim.runs(args.db)[:5]:
    print("%4d  %-10s %s  seed %-6d %s" % (run["id"], run["kind"], run["created_utc"], run["seed"], run["name"]))

# %% Load it back: the same numbers as the fresh forecast.
back = trichosim.load_run(args.db, forecast.run_id)
assert np.array_equal(back.density("mid_scalp"), forecast.density("mid_scalp"))
print("mid-scalp density by year:", np.round(back.density("mid_scalp"), 1))
