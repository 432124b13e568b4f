"""Regenerate tests/golden/examples_events.jsonl: the whole pipeline's output on examples/.

Run after an intended change in behaviour, read the diff, and commit it with the change.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "helpers"))

from golden_projection import project  # noqa: E402

from communique.ingest import ingest  # noqa: E402
from communique.store import EventQuery, MemoryStore  # noqa: E402


def main() -> None:
    store = MemoryStore()
    ingest([REPO / "examples"], store)
    rows = sorted(project(e.public()) for e in store.query_events(EventQuery()))
    out = REPO / "tests" / "golden" / "examples_events.jsonl"
    out.write_text("".join(json.dumps(json.loads(r), ensure_ascii=False) + "\n" for r in rows), "utf-8")
    print(f"wrote {len(rows)} events to {out}")


if __name__ == "__main__":
    main()
