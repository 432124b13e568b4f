"""Writers, one per format, each using the library made for it: DuckDB's COPY for Parquet, networkx for GraphML,
the standard library's csv, json and sqlite3 for the rest. Each takes rows and their declared column types."""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import duckdb

from .rows import ACTOR_COLUMNS, Row, Tables

_DUCKDB_TYPES = {"str": "VARCHAR", "int": "BIGINT", "float": "DOUBLE", "list": "VARCHAR[]"}
_SQLITE_TYPES = {"str": "TEXT", "int": "INTEGER", "float": "REAL", "list": "TEXT"}


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _flat(value: Any) -> Any:
    """A cell for a text format: lists joined with "; " (positions kept: a missing item stays an empty slot)."""
    if isinstance(value, list):
        return "; ".join("" if v is None else str(v) for v in value)
    return "" if value is None else value


def write_parquet(rows: Sequence[Row], columns: dict[str, str], path: Path) -> None:
    """Parquet through DuckDB's own COPY, with typed columns (lists stay lists)."""
    con = duckdb.connect(":memory:")
    try:
        cols = ", ".join(f"{_quote(c)} {_DUCKDB_TYPES[t]}" for c, t in columns.items())
        con.execute(f"CREATE TABLE export ({cols})")
        if rows:
            select = ", ".join(f"unnest(?::{_DUCKDB_TYPES[t]}[])" for t in columns.values())
            con.execute(f"INSERT INTO export SELECT {select}", [[r.get(c) for r in rows] for c in columns])
        target = str(path).replace("'", "''")
        con.execute(f"COPY export TO '{target}' (FORMAT PARQUET)")
    except duckdb.IOException as exc:
        raise OSError(str(exc).splitlines()[0]) from exc
    finally:
        con.close()


def write_csv(rows: Sequence[Row], columns: dict[str, str], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(columns)
        for r in rows:
            w.writerow([_flat(r.get(c)) for c in columns])


# what json.dumps(..., ensure_ascii=False) makes anew for each call
_JSON = json.JSONEncoder(ensure_ascii=False)


def write_jsonl(rows: Sequence[Row], columns: dict[str, str], path: Path) -> None:
    encode = _JSON.encode
    with path.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(encode({c: r.get(c) for c in columns}) + "\n")


def _tsv_cell(value: Any) -> str:
    value = _flat(value)
    return str(value).replace("\t", " ").replace("\r", " ").replace("\n", " ")


def write_tsv(rows: Sequence[dict[str, Any]], columns: Sequence[str], path: Path) -> None:
    """Tab-separated, header first, as the POLECAT and ICEWS files are (tabs and line breaks in cells -> spaces)."""
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(columns)
        for r in rows:
            w.writerow([_tsv_cell(r.get(c)) for c in columns])


def write_sqlite(tables: Tables, columns: dict[str, dict[str, str]], path: Path, meta: dict[str, str]) -> None:
    """One SQLite file with a table per export table (lists as JSON arrays, for ``json_each``) and ``meta``."""
    if path.exists():
        path.unlink()
    con = sqlite3.connect(path)
    try:
        with con:
            con.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
            con.executemany("INSERT INTO meta VALUES (?, ?)", sorted(meta.items()))
            for name, cols in columns.items():
                spec = ", ".join(f"{_quote(c)} {_SQLITE_TYPES[t]}" for c, t in cols.items())
                con.execute(f"CREATE TABLE {name} ({spec})")
                marks = ", ".join("?" for _ in cols)
                con.executemany(f"INSERT INTO {name} VALUES ({marks})", (
                    [json.dumps(r.get(c), ensure_ascii=False) if t == "list" else r.get(c) for c, t in cols.items()]
                    for r in tables.table(name)))
    finally:
        con.close()


def _attr(value: Any) -> Any:
    """GraphML attributes are scalars: lists become "; "-joined text, a missing value an empty string."""
    return _flat(value) if value is None or isinstance(value, list) else value


def _node_key(row: Row, side: str) -> str | None:
    if row[f"{side}_name"] is None:
        return None
    return row[f"{side}_id"] or f"unresolved:{row[f'{side}_name']}"


def build_graph(tables: Tables) -> Any:
    """A directed networkx graph: a node per actor (id, name, kind, country, sector, events), an edge per ordered
    pair of the dyads (actor -> recipient; both ways between the parties of a meeting) with ``weight`` (events),
    ``event_types``, ``cameo``, ``first_date``, ``last_date`` and ``event_ids``. Parties without a resolved id are
    nodes "unresolved:NAME"."""
    import networkx as nx

    g = nx.DiGraph()
    for a in tables.actors:
        g.add_node(a["id"], **{c: _attr(a[c]) for c in ACTOR_COLUMNS if c != "id"})
    for d in tables.dyads:
        src, dst = _node_key(d, "actor"), _node_key(d, "recipient")
        for key, side in ((src, "actor"), (dst, "recipient")):
            if key is not None and key not in g:
                g.add_node(key, name=d[f"{side}_name"], kind=_attr(d[f"{side}_kind"]),
                           country=_attr(d[f"{side}_country"]), sector=_attr(d[f"{side}_sector"]))
        if src is None or dst is None or src == dst:
            continue
        if not g.has_edge(src, dst):
            g.add_edge(src, dst, weight=0, event_types=[], cameo=[], event_ids=[], dates=[])
        e = g.edges[src, dst]
        if d["event_id"] in e["event_ids"]:
            continue
        e["weight"] += 1
        e["event_ids"].append(d["event_id"])
        for key, value in (("event_types", d["event_type"]), ("cameo", d["cameo"])):
            if value not in e[key]:
                e[key].append(value)
        if d["date_start"]:
            e["dates"].append(d["date_start"])
    for _, _, e in g.edges(data=True):
        dates = e.pop("dates")
        e["first_date"], e["last_date"] = (min(dates), max(dates)) if dates else ("", "")
        for key in ("event_types", "cameo", "event_ids"):
            e[key] = "; ".join(e[key])
    return g


def write_graphml(graph: Any, path: Path) -> None:
    import networkx as nx

    nx.write_graphml(graph, path)
