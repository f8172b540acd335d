#!/usr/bin/env bash
# Set up a virtual environment with eventkit[dev] and run the whole test suite:
# lint (ruff), types (mypy), tests (pytest, including the gold evaluation when
# ../shared/eval exists) and the documentation build (mkdocs --strict).
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${EVENTKIT_VENV:-.venv}"
PYTHON="${PYTHON:-python3}"
if [ ! -x "$VENV/bin/python" ]; then
  "$PYTHON" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install --quiet --upgrade pip
"$VENV/bin/python" -m pip install --quiet -e '.[dev]'
echo "== ruff"
"$VENV/bin/ruff" check --no-cache src tests benchmarks
"$VENV/bin/ruff" format --no-cache --check src tests benchmarks
echo "== mypy"
"$VENV/bin/mypy"
echo "== mkdocs"
"$VENV/bin/mkdocs" build --strict --quiet --site-dir "$(mktemp -d)"
echo "== pytest"
"$VENV/bin/python" -m pytest -q "$@"
