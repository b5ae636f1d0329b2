"""One store behind the CLI, the web page and Python: a run started from the CLI is listed by the web server and
loads in Python with the same numbers; `runs export` writes the same CSV as the forecast did."""

import json
import subprocess
import urllib.request

import numpy as np

import trichosim


def test_cli_run_is_visible_on_the_web_and_loadable_from_python(tmp_path, root, trichosim_bin):
    db = tmp_path / "shared.db"
    out = tmp_path / "cli"
    subprocess.run([str(trichosim_bin), "forecast", str(root / "examples" / "person_30_no_predisposition.toml"),
                    "--years", "1", "--out", str(out), "--db", str(db), "--quiet"], check=True, capture_output=True)
    cli_record = json.loads((out / "forecast.json").read_text())

    # Python
    runs = trichosim.runs(db)
    assert [(r["id"], r["name"]) for r in runs] == [(1, "Man, 30, no predisposition")]
    stored = trichosim.load_run(db, 1)
    assert stored.record == cli_record
    assert np.array_equal(stored.density("crown"),
                          [o["regions"]["crown"]["density_per_cm2"] for o in cli_record["observations"]])

    # Web
    server = subprocess.Popen([str(trichosim_bin), "serve", "--port", "0", "--db", str(db)], stdout=subprocess.PIPE,
                              text=True)
    try:
        banner = server.stdout.readline()
        assert banner.startswith("trichosim serve: http://127.0.0.1:"), banner
        base = banner.split()[2].rstrip("/")
        listed = json.loads(urllib.request.urlopen(base + "/api/runs", timeout=30).read())
        assert [(r["id"], r["name"]) for r in listed] == [(1, "Man, 30, no predisposition")]
        page = urllib.request.urlopen(base + "/runs", timeout=30).read().decode()
        assert "<td>Man, 30, no predisposition</td>" in page
        detail = json.loads(urllib.request.urlopen(base + "/api/runs/1", timeout=30).read())
        assert detail == cli_record
    finally:
        server.terminate()
        assert server.wait(timeout=30) == 0


def test_runs_export_csv_equals_the_forecasts_csv(tmp_path, root, trichosim_bin):
    out = tmp_path / "cli"
    subprocess.run([str(trichosim_bin), "forecast", str(root / "examples" / "woman_50_postmenopause.toml"),
                    "--years", "1", "--out", str(out), "--quiet"], check=True, capture_output=True)
    db = out / "trichosim.db"
    csv = subprocess.run([str(trichosim_bin), "runs", "export", "1", "--format", "csv", "--db", str(db)],
                         check=True, capture_output=True, text=True).stdout
    assert csv == (out / "observations.csv").read_text()
    exported = tmp_path / "run1.json"
    subprocess.run([str(trichosim_bin), "runs", "export", "1", "--db", str(db), "--out", str(exported)], check=True)
    assert json.loads(exported.read_text()) == json.loads((out / "forecast.json").read_text())
    assert trichosim.load_run(db, 1).record == json.loads(exported.read_text())
