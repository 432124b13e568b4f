"""The same pipeline on a real Dask cluster (in-process) gives the same store as the local executor."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.ingest import ingest
from communique.store import EventQuery, MemoryStore

pytestmark = pytest.mark.slow
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def test_executor_dask_matches_local() -> None:
    pytest.importorskip("dask.distributed", reason="Dask is an extra: pip install 'communique[dask]'")
    from communique.executor import DaskExecutor, LocalExecutor

    local = MemoryStore()
    ingest([EXAMPLES], local, executor=LocalExecutor())
    dask_ex = DaskExecutor(None, processes=False)
    try:
        on_dask = MemoryStore()
        ingest([EXAMPLES], on_dask, executor=dask_ex)
    finally:
        dask_ex.close()
    def key(store: MemoryStore) -> list[dict[str, object]]:
        return [e.public() for e in store.query_events(EventQuery())]

    assert key(local) and key(local) == key(on_dask)
