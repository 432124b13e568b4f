#!/usr/bin/env bash
# Command 1: set everything up and run the main job on the bundled examples.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
DB="${COMMUNIQUE_DB:-examples.duckdb}"
.venv/bin/communique ingest examples/ --db "$DB"
.venv/bin/communique events --db "$DB" --format table
echo
echo "Store: $DB   Try: .venv/bin/communique events --db $DB --format jsonl | head -1"
