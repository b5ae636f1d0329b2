"""A virtual trial from Python, notebook style: finasteride against placebo in 1,000 men for a year, its results with
confidence intervals, the same design on other seeds, and one published study held against the simulation.

Run from the repository root:  /usr/bin/python3 examples/python/virtual_trial.py [--seeds 3] [--threads 2]
"""

import argparse
import pathlib

import trichosim

ROOT = pathlib.Path(__file__).resolve().parents[2]

parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
parser.add_argument("--seeds", type=int, default=3, help="further seeds to run the same design on")
parser.add_argument("--threads", type=int, default=2, help="patients simulated in parallel")
args = parser.parse_args()

# %% The trial file of `trichosim trial`: arms share their patients (common random numbers).
spec = ROOT / "examples" / "trials" / "finasteride_vs_placebo_1y.toml"
t = trichosim.trial(spec, threads=args.threads)
print(t)
for row in t.rows():
    if row["endpoint"] == "vertex_count" and row["years"] > 0:
        print("%-12s %4.2f y  change %+6.1f [%+6.1f, %+6.1f]" % (row["arm"], row["years"], row["mean_change"],
                                                                 row["ci95_low"], row["ci95_high"]))

# %% The net effect at one year, and the same design on other virtual patients: each estimate should sit inside the
# first run's 95 % CI most of the time.
net = t.visit("finasteride", "vertex_count", 1)["change_versus_control"]
print("net at 1 y: %+.1f hairs [%+.1f, %+.1f], p = %.2g" % (net["difference"], net["ci95_low"], net["ci95_high"],
                                                             net["p_value"]))
for seed in range(1, args.seeds + 1):
    other = trichosim.trial(spec, seed=t.record["provenance"]["seed"] + seed, threads=args.threads)
    d = other.visit("finasteride", "vertex_count", 1)["change_versus_control"]["difference"]
    inside = net["ci95_low"] <= d <= net["ci95_high"]
    print("seed +%d: net %+.1f (%s the first CI)" % (seed, d, "inside" if inside else "outside"))

# %% One published study against the simulation (docs/validation.md has them all).
for r in trichosim.validate(ROOT / "data" / "validation" / "kaufman_1998.toml", threads=args.threads):
    print("%-40s published %7.1f ± %-5.1f simulated %7.1f  %s" % (r["label"][:40], r["published"], r["spread"],
                                                                   r["simulated"], "within" if r["within"] else "MISS"))
