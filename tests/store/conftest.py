"""Store fixtures: every store test runs on both back ends."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from communique.store import DuckDBStore, MemoryStore, Store


@pytest.fixture(params=["duckdb", "memory"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """A DuckDB store in a temporary folder, then a MemoryStore: the same test on both."""
    s: Store = DuckDBStore(tmp_path / "s.duckdb") if request.param == "duckdb" else MemoryStore()
    with s:
        yield s
