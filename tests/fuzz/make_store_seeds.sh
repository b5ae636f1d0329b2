#!/usr/bin/env bash
# Writes the seed databases of the run_store fuzz target (tests/fuzz/corpus/run_store/) with the store_writer test
# helper of the default build: a 2-run database (4 KiB pages), the same with 512-byte pages, and one with its
# write-ahead log attached after the "WAL-PART" marker (the format fuzz_run_store.cpp reads).
# Usage: tests/fuzz/make_store_seeds.sh   (after cmake --build --preset default --target store_writer)
set -euo pipefail
cd "$(dirname "$0")/../.."
out=tests/fuzz/corpus/run_store
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
build/default/tests/reliability/store_writer "$work/two_runs.db" 0 2 1 > /dev/null
cp "$work/two_runs.db" "$out/two_runs_4k.db"
cp "$work/two_runs.db" "$work/small.db"
sqlite3 "$work/small.db" "PRAGMA journal_mode=DELETE; PRAGMA page_size=512; VACUUM;" > /dev/null
cp "$work/small.db" "$out/two_runs_512.db"
/usr/bin/python3 - "$work/small.db" "$out/with_wal_512" <<'PY'
import shutil, sqlite3, sys
db, target = sys.argv[1], sys.argv[2]
con = sqlite3.connect(db)
con.execute("PRAGMA journal_mode=WAL")
con.execute("PRAGMA wal_autocheckpoint=0")
con.execute("UPDATE runs SET name = name || ' (renamed)' WHERE id = 1")
con.commit()
with open(target, "wb") as out:
    out.write(open(db, "rb").read() + b"WAL-PART" + open(db + "-wal", "rb").read())
con.close()
PY
ls -l "$out"
