"""Forecasts from Python: arrays, dicts, follicle-level state, determinism, saving."""

import numpy as np
import pytest

import trichosim


def test_density_observations_and_table_agree(small_toml):
    f = trichosim.forecast(small_toml)
    assert list(f.years) == [0.0, 0.5]
    crown = f.density("crown")
    assert isinstance(crown, np.ndarray) and crown.shape == (2,)
    assert np.array_equal(crown, f.observations["crown"]["density_per_cm2"])
    # density is hairs / area, region by region (measure/region_summary.hpp)
    obs = f.observations["crown"]
    assert np.allclose(obs["density_per_cm2"], obs["hairs"] / obs["area_cm2"], rtol=1e-12)
    table = f.table()
    assert len(table["region"]) == 2 * len(trichosim.REGIONS)
    rows = (table["region"] == "crown") & (table["years"] == 0.5)
    assert table["density_per_cm2"][rows][0] == crown[1]


def test_same_seed_same_result_and_threads_do_not_matter(small_toml):
    a = trichosim.forecast(small_toml, threads=1)
    b = trichosim.forecast(small_toml, threads=2)
    c = trichosim.forecast(small_toml, seed=4)
    assert a.record["observations"] == b.record["observations"]
    assert a.record["observations"] != c.record["observations"]
    assert c.info["seed"] == 4


def test_follicle_state_on_request(small_toml):
    plain = trichosim.forecast(small_toml)
    with pytest.raises(ValueError) as e:
        plain.follicles(0.5)
    assert str(e.value) == ("follicles(0.5): no follicle state captured at that year; captured years are none "
                            "(pass follicles=True or a list of years to forecast)")
    f = trichosim.forecast(small_toml, follicles=[0.5])
    assert f.follicle_years == [0.5]
    state = f.follicles(0.5)
    n = len(state["phase"])
    assert all(len(v) == n for v in state.values())
    whole = f.observations["whole_scalp"]
    # The snapshot is the state the summary was computed from: same follicles, same hairs.
    lost = trichosim.PHASES.index("lost")
    assert np.count_nonzero(state["phase"] != lost) == whole["follicles"][1]
    has_hair = np.isin(state["phase"], [trichosim.PHASES.index(p) for p in ("anagen", "catagen", "telogen")])
    assert np.count_nonzero(has_hair) == whole["hairs"][1]
    assert np.all(state["diameter_um"][~has_hair] == 0)
    crown = trichosim.REGIONS.index("crown")
    assert np.count_nonzero(has_hair & (state["region"] == crown)) == f.observations["crown"]["hairs"][1]


def test_follicle_years_must_be_observation_years(small_toml):
    with pytest.raises(ValueError) as e:
        trichosim.forecast(small_toml, follicles=[0.25])
    assert str(e.value) == "follicles year 0.25: not an observation year; allowed values are 0, 0.5"


def test_bad_overrides_are_value_errors(small_toml):
    with pytest.raises(ValueError) as e:
        trichosim.forecast(small_toml, years=81)
    assert str(e.value) == "--years = 81: allowed range is above 0 up to 80 (year)"
    with pytest.raises(ValueError) as e:
        trichosim.forecast(small_toml, seed=-1)
    assert str(e.value) == "seed = -1: allowed range is 0 to 9007199254740991 (whole number)"
    with pytest.raises(ValueError) as e:
        trichosim.forecast(small_toml, threads=0)
    assert str(e.value) == "threads = 0: allowed range is 1 to 1024 (whole number)"
    # A bool is not a count: True was once taken as seed 1 and one thread.
    with pytest.raises(ValueError, match=r"^seed = True: allowed range"):
        trichosim.forecast(small_toml, seed=True)
    with pytest.raises(ValueError, match=r"^threads = True: allowed range"):
        trichosim.forecast(small_toml, threads=True)
    with pytest.raises(ValueError) as e:
        trichosim.forecast(small_toml).density("crwn")
    assert str(e.value).startswith("region = 'crwn': allowed values are frontal_hairline, mid_scalp, crown,")


def test_saved_run_loads_back_identically(small_toml, tmp_path):
    db = tmp_path / "runs.db"
    f = trichosim.forecast(small_toml, db=db)
    assert f.run_id == 1
    listed = trichosim.runs(db)
    assert [(r["id"], r["name"], r["seed"]) for r in listed] == [(1, "small", 3)]
    back = trichosim.load_run(db, 1)
    assert back.record == f.record
    assert np.array_equal(back.density("crown"), f.density("crown"))
    with pytest.raises(ValueError) as e:
        trichosim.load_run(db, 2)
    assert str(e.value) == "run id 2: no such run in %s" % db


def test_dataframe_when_pandas_is_present(small_toml):
    f = trichosim.forecast(small_toml)
    try:
        import pandas  # noqa: F401
    except ImportError:
        with pytest.raises(ImportError):
            f.to_dataframe()
        return
    df = f.to_dataframe()
    assert len(df) == 2 * len(trichosim.REGIONS)
    assert df[(df.region == "crown") & (df.years == 0.5)].density_per_cm2.iloc[0] == f.density("crown")[1]
