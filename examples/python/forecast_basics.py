"""A forecast from Python, notebook style: run the demo scenario, read densities as NumPy arrays, and look at
follicle-level state (shaft diameters) at the start and the end.

Run from the repository root after scripts/build:  /usr/bin/python3 examples/python/forecast_basics.py [--years N]
"""

import argparse
import pathlib

import numpy as np

import trichosim

ROOT = pathlib.Path(__file__).resolve().parents[2]

parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
parser.add_argument("--years", type=float, default=20.0, help="horizon in years (0-80]")
args = parser.parse_args()

# %% Run the README's demo scenario: a 25-year-old man with a strong family history.
scenario = trichosim.scenario(ROOT / "examples" / "man_25_strong_family_history.toml")
forecast = trichosim.forecast(scenario, years=args.years, follicles=[0.0, args.years])
print(forecast)

# %% Density by region over time (hairs/cm²): the crown and hairline thin, the occiput holds.
print("%6s %10s %10s %10s %10s" % ("year", "whole", "crown", "frontal", "occipital"))
for i, year in enumerate(forecast.years):
    print("%6.1f %10.1f %10.1f %10.1f %10.1f" % (year, forecast.density()[i], forecast.density("crown")[i],
                                                 forecast.density("frontal_hairline")[i],
                                                 forecast.density("occipital")[i]))

# %% Follicle-level state: shaft diameters of the hairs present in the crown, first and last observation.
crown = trichosim.REGIONS.index("crown")
for year in (0.0, args.years):
    state = forecast.follicles(year)
    hairs = (state["region"] == crown) & (state["diameter_um"] > 0)
    d = state["diameter_um"][hairs]
    print("year %4.1f crown: %5d hairs, diameter median %.0f um, share under 30 um (vellus) %.1f%%"
          % (year, d.size, np.median(d), 100.0 * np.mean(d < 30.0)))

# %% A pandas DataFrame, when pandas is installed (apt-get install python3-pandas).
try:
    df = forecast.to_dataframe()
    print(df[df.region == "crown"][["years", "density_per_cm2", "vellus_per_cm2", "mean_diameter_um"]].tail(3))
except ImportError as e:
    print("(no pandas: %s)" % e)
