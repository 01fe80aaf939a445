#!/usr/bin/env bash
# The main job: a virtual environment, the package, the bundled demo corpus ingested into
# demo.db, the stories listed, and one article analysed.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check . 2> >(grep -v 'is ignored: it is neither' >&2)
.venv/bin/newsprism ingest --demo --db demo.db
echo
echo "== stories in demo.db (newest first) =="
.venv/bin/newsprism stories --db demo.db
echo
echo "== one article, analysed =="
.venv/bin/newsprism analyze src/newsprism/data/demo/sample-article.txt --published 2024-03-14 --outlet "The Harbour Ledger"
