"""Golden file: the whole pipeline on examples/ (regenerate with `python scripts/update_golden.py`)."""

from __future__ import annotations

import json

import pytest

from communique.ingest import ingest
from communique.store import EventQuery, MemoryStore
from tests.helpers.golden_projection import project
from tests.helpers.paths import GOLDEN_DIR, REPO

pytestmark = pytest.mark.slow
GOLDEN = GOLDEN_DIR / "examples_events.jsonl"


def test_golden_examples_whole_pipeline() -> None:
    store = MemoryStore()
    ingest([REPO / "examples"], store)
    got = sorted(project(e.public()) for e in store.query_events(EventQuery()))
    want = sorted(json.dumps(json.loads(line), ensure_ascii=False, sort_keys=True)
                  for line in GOLDEN.read_text("utf-8").splitlines() if line.strip())
    missing = [w for w in want if w not in got]
    extra = [g for g in got if g not in want]
    assert not missing and not extra, (
        "the pipeline's output on examples/ changed; if intended, run `python scripts/update_golden.py` and "
        f"review the diff.\nmissing: {missing}\nextra: {extra}")
