#!/usr/bin/env bash
# Command 2: set everything up and run the whole test suite (what CI runs).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh dev
.venv/bin/ruff check src tests benchmarks scripts
.venv/bin/mypy src
.venv/bin/python -m pytest -q "$@"
