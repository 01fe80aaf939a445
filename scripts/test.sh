#!/usr/bin/env bash
# The test command: a virtual environment with the package and its test extras, then pytest.
# Needs ../shared (evaluation data and the seed article) beside the project: fails if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d ../shared/eval ] || [ ! -d ../shared/seed ]; then
  echo "error: ../shared (seed article and evaluation data) is missing beside the project" >&2
  exit 3
fi
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check '.[test]' 2> >(grep -v 'is ignored: it is neither' >&2)
set +e
.venv/bin/python -m pytest -q "$@"
rc=$?
set -e
if [ "$rc" -eq 5 ]; then
  echo "error: pytest collected no tests" >&2
  exit 1
fi
exit "$rc"
