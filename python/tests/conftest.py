"""pytest set-up: import the module built in this checkout (build/default/python, or $TRICHOSIM_BUILD_DIR/python)
ahead of any other copy on sys.path, and give tests the repository paths and a small fast scenario."""

import os
import pathlib
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
BUILD = pathlib.Path(os.environ.get("TRICHOSIM_BUILD_DIR", ROOT / "build" / "default"))
sys.path.insert(0, str(BUILD / "python"))

# A 200 cm² scalp (the registry's smallest) over half a year: ~50,000 follicles, well under a second.
SMALL = """name = "small"
seed = 3
[person]
sex = "male"
age_years = 20
[simulation]
horizon_years = 0.5
observe_every_years = 0.5
[parameters]
"scalp.area_cm2" = 200
"""


@pytest.fixture
def root():
    return ROOT


@pytest.fixture
def trichosim_bin():
    path = BUILD / "cli" / "trichosim"
    if not path.exists():
        pytest.fail("no trichosim binary at %s: build first (scripts/build)" % path)
    return path


@pytest.fixture
def small_toml():
    return SMALL
