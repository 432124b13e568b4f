"""Merge-candidate look-ups of the DuckDB store: the stored events a new report could be the same event as.

A batch of documents asks for many windows (one per event type and date window, see
``merge.candidate_queries``); they are answered by one statement (a UNION ALL of one branch per window, each
tagged with its window's number) instead of one statement per window, and every event is loaded once however
many windows hold it (:meth:`DuckDBStore.candidate_sets`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import duckdb

from ..records import NAME_SPACE
from .base import CandidateSpec, Sharing, date_high, date_low
from .duckdb_layout import Layout, in_list

#: records.name_key in SQL: lower-cased, whitespace runs as one space, stripped, no leading "the ".
NAME_KEY_SQL = f"regexp_replace(trim(regexp_replace(lower(name), '{NAME_SPACE}', ' ', 'g')), '^the ', '')"
#: windows answered by one statement (a batch of 32 documents asks for about 40)
WINDOWS_PER_QUERY = 64
#: merge candidates need a stable order only: by date, then id
ORDER = "date_lo ASC NULLS LAST, id"

Row = tuple[Any, Any, str]  # (key, date_lo, id)


def sharing_sql(sharing: Sharing) -> tuple[str, list[Any]]:
    """The condition of :class:`Sharing` (participant ids and sources by their indexes; unresolved
    participants by their name key)."""
    by_actor, actor_ids = in_list("actor_id", sorted(sharing.actor_ids))
    by_doc, doc_ids = in_list("doc_id", sorted(sharing.doc_ids))
    return (f"(id IN (SELECT event_id FROM event_actors WHERE {by_actor})"
            " OR lower(trim(location_name)) IN (SELECT unnest(?::VARCHAR[]))"
            f" OR id IN (SELECT event_id FROM event_sources WHERE {by_doc})"
            f" OR id IN (SELECT event_id FROM event_actors WHERE actor_id IS NULL AND {NAME_KEY_SQL}"
            " IN (SELECT unnest(?::VARCHAR[]))))",
            [*actor_ids, sorted(sharing.places), *doc_ids, sorted(sharing.names)])


def window_sql(layout: Layout, spec: CandidateSpec, tag: int) -> tuple[str, list[Any]]:
    """One window's events as ``(tag, key, date_lo, id)`` rows: stored events of a type whose (partial) date may
    fall in [date_from, date_to]; optionally undated ones; with a :class:`Sharing`, only those it admits.

    Dated and undated events are two branches of a UNION, each a conjunction the scan prunes by zone maps
    (one OR of both would read the whole table): the cost follows the window, not the store."""
    event_type, date_from, date_to, include_undated, sharing = spec
    lo, hi = date_low(date_from), date_high(date_to)
    narrow, narrow_params = ("TRUE", []) if sharing is None else sharing_sql(sharing)
    dated, params = ["event_type = ?", "date_lo IS NOT NULL", narrow], [event_type, *narrow_params]
    if lo is not None:
        dated.append("date_hi >= ?")
        params.append(lo)
    if hi is not None:
        dated.append("date_lo <= ?")
        params.append(hi)
    cols = f"{int(tag)} AS q, {layout.key} AS k, date_lo, id"
    sql = f"SELECT {cols} FROM events WHERE {' AND '.join(dated)}"
    if include_undated:
        # undated events qualify when one of their reports was published inside the window
        undated, more = ["event_type = ?", "date_lo IS NULL", narrow], [event_type, *narrow_params]
        if lo is not None or hi is not None:
            pub = ["published IS NOT NULL", "date_lo IS NULL" if layout.child_dates else "TRUE"]
            for bound, op in ((lo, ">="), (hi, "<=")):
                if bound is not None:
                    pub.append(f"published {op} ?")
                    more.append(bound)
            undated.append(f"id IN (SELECT event_id FROM mentions WHERE {' AND '.join(pub)})")
        sql += f" UNION ALL SELECT {cols} FROM events WHERE {' AND '.join(undated)}"
        params += more
    return sql, params


def candidate_rows(con: duckdb.DuckDBPyConnection, layout: Layout, specs: Sequence[CandidateSpec]) -> list[list[Row]]:
    """For each window of ``specs``, its events' ``(key, date_lo, id)`` in candidate order (by date, then id):
    :data:`WINDOWS_PER_QUERY` windows a statement."""
    out: list[list[Row]] = [[] for _ in specs]
    for start in range(0, len(specs), WINDOWS_PER_QUERY):
        branches, params = [], []
        for tag in range(start, min(start + WINDOWS_PER_QUERY, len(specs))):
            sql, more = window_sql(layout, specs[tag], tag)
            branches.append(sql)
            params += more
        for tag, key, lo, ev_id in con.execute(f"{' UNION ALL '.join(branches)} ORDER BY q, {ORDER}",
                                                 params).fetchall():
            out[tag].append((key, lo, ev_id))
    return out
