"""Exports: the events of a query written as analysis-ready files.

``export_events(store, query, fmt, path, table="events") -> ExportReport``

Formats: ``parquet``, ``csv``, ``jsonl`` (one table: ``events``, ``dyads`` or ``mentions``), ``polecat`` and
``icews`` (tab-separated dyads under those datasets' published column names), ``graphml`` (the actor network, for
networkx, Gephi, igraph...) and ``sqlite`` (every table in one file). Columns: docs/EXPORT.md.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import __version__
from ..errors import ExportError, MissingExtra
from ..records import gc_paused
from ..store.base import EventQuery, Store
from .layouts import LAYOUT_COLUMNS, LAYOUT_ROW
from .rows import ALL_TABLES, TABLE_COLUMNS, Row, Tables, build_tables, event_row, trigger_in
from .writers import (
    build_graph,
    write_csv,
    write_graphml,
    write_jsonl,
    write_parquet,
    write_sqlite,
    write_tsv,
)

FORMATS: tuple[str, ...] = ("parquet", "csv", "jsonl", "polecat", "icews", "graphml", "sqlite")
TABLES: tuple[str, ...] = ("events", "dyads", "mentions")
SINGLE_TABLE_FORMATS = ("parquet", "csv", "jsonl")
SUFFIXES = {"parquet": ".parquet", "csv": ".csv", "jsonl": ".jsonl", "polecat": ".tsv", "icews": ".tsv",
            "graphml": ".graphml", "sqlite": ".sqlite"}


@dataclass(frozen=True)
class ExportReport:
    """What was written: the file, its format, and rows per table (for graphml: ``nodes`` and ``edges``)."""

    path: str
    fmt: str
    events: int
    rows: dict[str, int] = field(default_factory=dict)


def _first_reports(tables: Tables) -> dict[str, dict[str, Any]]:
    """event id -> its first report (``doc_id``, ``source``): the story POLECAT and ICEWS rows point to."""
    first: dict[str, dict[str, Any]] = {}
    for m in sorted(tables.mentions, key=lambda m: (m["published"] or "~", m["position"])):
        first.setdefault(m["event_id"], {"doc_id": m["doc_id"], "source": m["source"]})
    return first


def _check(fmt: str, table: str, path: Path) -> None:
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}", f"Choose one of {', '.join(FORMATS)}")
    if table not in TABLES:
        raise ExportError(f"unknown table {table!r}", f"Choose one of {', '.join(TABLES)}")
    if table != "events" and fmt not in SINGLE_TABLE_FORMATS:
        raise ExportError(f"--table {table} applies to {', '.join(SINGLE_TABLE_FORMATS)} only",
                          f"Leave it out: {fmt} has its own layout" + (" with every table" if fmt == "sqlite" else ""))
    if path.is_dir():
        raise ExportError(f"{path} is a folder", f"Give a file name, e.g. {path / ('events' + SUFFIXES[fmt])}")
    if not path.parent.exists():
        raise ExportError(f"no folder {path.parent} to write {path.name} into", "Create it first, or pick another -o")


def _needed(fmt: str, table: str) -> tuple[str, ...]:
    """The tables a format writes from: one for a single-table format, the dyads and their first reports for
    POLECAT and ICEWS, the actors and dyads for GraphML, every table for SQLite."""
    if fmt in SINGLE_TABLE_FORMATS:
        return (table,)
    if fmt in LAYOUT_COLUMNS:
        return ("dyads", "mentions")
    return ("dyads", "actors") if fmt == "graphml" else ALL_TABLES


def _write(tables: Tables, fmt: str, path: Path, table: str, query: EventQuery) -> dict[str, int]:
    if fmt in SINGLE_TABLE_FORMATS:
        rows = tables.table(table)
        {"parquet": write_parquet, "csv": write_csv, "jsonl": write_jsonl}[fmt](rows, TABLE_COLUMNS[table], path)
        return {table: len(rows)}
    if fmt in LAYOUT_COLUMNS:
        first = _first_reports(tables)
        make = LAYOUT_ROW[fmt]
        rows_out = [make(d, first.get(d["event_id"], {})) for d in tables.dyads]
        write_tsv(rows_out, LAYOUT_COLUMNS[fmt], path)
        return {"dyads": len(rows_out)}
    if fmt == "graphml":
        try:
            graph = build_graph(tables)
        except ImportError as exc:
            raise MissingExtra("GraphML export needs networkx",
                               "Install it: pip install 'communique[export]' (or pip install networkx)") from exc
        write_graphml(graph, path)
        return {"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges()}
    meta = {"communique_version": __version__, "exported_at": dt.datetime.now(dt.timezone.utc).isoformat(),
            "query": repr(query)}
    names = ("events", "dyads", "mentions", "actors")
    write_sqlite(tables, {n: TABLE_COLUMNS[n] for n in names}, path, meta)
    return {n: len(tables.table(n)) for n in names}


def export_events(store: Store, query: EventQuery, fmt: str, path: str | Path, table: str = "events") -> ExportReport:
    """Write the events matching ``query`` to ``path`` in ``fmt``; raises ExportError (with the fix) on bad input
    or an unwritable file, MissingExtra when the format's library is not installed. Only the tables the format
    writes are built, and the reports' documents are read in one look-up (one per document took a month's export
    of a million-event store over a minute)."""
    target = Path(path)
    _check(fmt, table, target)
    needed = _needed(fmt, table)
    events = list(store.query_events(query))
    found = store.get_documents({m.doc_id for ev in events for m in ev.mentions}) if "mentions" in needed else {}
    with gc_paused():  # rows by the ten thousand, no cycles among them: see records.gc_paused
        tables = build_tables(events, found.get, needed)
        try:
            rows = _write(tables, fmt, target, table, query)
        except OSError as exc:
            raise ExportError(f"could not write {target} ({exc.strerror or exc})",
                              "Check the folder's permissions and free space") from exc
    return ExportReport(str(target), fmt, len(events), rows)


__all__ = [
    "FORMATS", "SUFFIXES", "TABLES", "ExportReport", "Row", "Tables", "build_tables", "event_row", "export_events",
    "trigger_in", "write_graphml",
]
