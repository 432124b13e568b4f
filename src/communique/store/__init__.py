"""Stores: where documents, events and user KB entries live.

``open_store(path)`` opens (or creates) a DuckDB store file; ``open_store(":memory:")`` gives an in-memory one.
"""

from __future__ import annotations

from pathlib import Path

from .base import SCHEMA_VERSION, ActorRole, ActorSummary, EventQuery, Store
from .duckdb import DuckDBStore
from .memory import MemoryStore


def open_store(path: str | Path, read_only: bool = False, wait: float = 0.0) -> DuckDBStore:
    """Open the DuckDB store at ``path`` (created when missing unless ``read_only``); while another process
    writes it (an ingest between two batches lets readers in), retry for up to ``wait`` seconds.

    Raises StoreError (not a store, in use, missing when read-only) or SchemaMismatch (written by an
    incompatible version), each with the fix.
    """
    return DuckDBStore(path, read_only=read_only, wait=wait)


__all__ = [
    "SCHEMA_VERSION", "ActorRole", "ActorSummary", "DuckDBStore", "EventQuery", "MemoryStore", "Store",
    "open_store",
]
