"""The notebook-style examples in examples/python/ run (shortened) without error."""

import subprocess
import sys


def test_forecast_basics_runs(root):
    out = subprocess.run([sys.executable, str(root / "examples" / "python" / "forecast_basics.py"), "--years", "1"],
                         check=True, capture_output=True, text=True, env=_env(root)).stdout
    assert "year  1.0 crown:" in out


def test_stored_runs_runs(root, tmp_path):
    db = tmp_path / "runs.db"
    out = subprocess.run([sys.executable, str(root / "examples" / "python" / "stored_runs.py"), "--db", str(db),
                          "--years", "1"], check=True, capture_output=True, text=True, env=_env(root)).stdout
    assert "stored as run 1 in" in out


def test_consultation_runs(root, tmp_path):
    db = tmp_path / "runs.db"
    out = subprocess.run([sys.executable, str(root / "examples" / "python" / "consultation.py"), "--db", str(db)],
                         check=True, capture_output=True, text=True, env=_env(root)).stdout
    assert "stored as run 1 in" in out
    assert "loaded back run 1" in out


def test_virtual_trial_runs(root):
    out = subprocess.run([sys.executable, str(root / "examples" / "python" / "virtual_trial.py"), "--seeds", "1"],
                         check=True, capture_output=True, text=True, env=_env(root)).stdout
    assert "net at 1 y:" in out
    assert "seed +1: net" in out
    assert "baseline count, 1-inch vertex circle" in out


def _env(root):
    import os

    import conftest

    env = dict(os.environ)
    env["PYTHONPATH"] = str(conftest.BUILD / "python") + os.pathsep + env.get("PYTHONPATH", "")
    return env
