"""Scenarios from a file, a TOML string and keyword arguments; bad input is a ValueError naming the field."""

import pytest

import trichosim


def test_a_file_a_toml_string_and_keywords_give_the_same_scenario(root):
    path = root / "examples" / "man_25_strong_family_history.toml"
    from_file = trichosim.scenario(path)
    from_text = trichosim.scenario(toml=path.read_text())
    from_keywords = trichosim.scenario(name="Man, 25, strong family history", seed=42, sex="male", age_years=25,
                                       ethnicity="caucasian", family_history="strong", horizon_years=20,
                                       observe_every_years=1)
    for s in (from_text, from_keywords):
        assert s.name == from_file.name
        assert s.seed == from_file.seed == 42
        assert s.person == from_file.person
        assert s.observe_years == from_file.observe_years == [float(y) for y in range(21)]


def test_keyword_errors_name_the_field_the_value_and_the_range():
    with pytest.raises(ValueError) as e:
        trichosim.scenario(sex="male", age_years=140)
    assert str(e.value) == "<keywords>: person.age_years = 140: allowed range is 0 to 110 (year)"
    with pytest.raises(ValueError) as e:
        trichosim.scenario(sex="male", age_years=30, horizon_years=float("nan"))
    assert str(e.value) == "<keywords>: simulation.horizon_years = nan: allowed range is 0.0833333 to 80 (year)"
    with pytest.raises(ValueError) as e:
        trichosim.scenario(sex="male", age_yeers=30)
    assert str(e.value).startswith("age_yeers: unknown keyword; accepted keywords are name, description, seed, sex,")


def test_keyword_text_cannot_inject_toml():
    s = trichosim.scenario(name='x"\n[person]\nsex = "female', sex="male", age_years=30)
    assert s.name == 'x"\n[person]\nsex = "female'
    assert s.person["sex"] == "male"


def test_input_error_is_value_error_with_the_clis_message(tmp_path, trichosim_bin):
    import subprocess

    bad = tmp_path / "bad.toml"
    bad.write_text('[person]\nsex = "male"\nage_years = 30\nandrogen_level = 9\n')
    cli = subprocess.run([str(trichosim_bin), "forecast", str(bad), "--out", str(tmp_path / "out")],
                         capture_output=True, text=True)
    assert cli.returncode == 2
    with pytest.raises(ValueError) as e:
        trichosim.forecast(bad)
    assert cli.stderr == "error: %s\n" % e.value
    assert str(e.value) == "%s: person.androgen_level = 9: allowed range is 0 to 3 (ratio to typical for sex)" % bad
    assert not (tmp_path / "out").exists()
