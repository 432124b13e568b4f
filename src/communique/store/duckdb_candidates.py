"""Merge-candidate look-ups of the DuckDB store: the stored events a new report could be the same event as.

A batch of documents asks for many windows (one per event type and date window, see
``merge.candidate_queries``); they are answered by one statement (a UNION ALL of one branch per window, each
tagged with its window's number) instead of one statement per window, and every event is loaded once however
many windows hold it (:meth:`DuckDBStore.candidate_sets`). Planning such a statement costs more than running it
on all but a large store, so branches that cannot match are left out first (:class:`Reach`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import duckdb

from ..records import NAME_SPACE, Event
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


@dataclass
class Reach:
    """What the stored events of each type can match, as a window's two branches ask: the dated ones' span
    (earliest ``date_lo``, latest ``date_hi``), and the ``published`` values of the undated ones' reports (a
    type with undated events has a set, empty when none of their reports has a date). A branch outside it
    has no row, so it is left out. Loaded with the connection and kept up to date by the writes made through
    it (an event replaced keeps what it had: a branch is left out only when it surely has no row)."""

    dated: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    undated: dict[str, set[str]] = field(default_factory=dict)

    @classmethod
    def load(cls, con: duckdb.DuckDBPyConnection) -> Reach:
        reach = cls()
        for etype, lo, hi in con.execute("SELECT event_type, min(date_lo), max(date_hi) FROM events "
                                         "WHERE date_lo IS NOT NULL GROUP BY ALL").fetchall():
            reach.dated[etype] = (lo, hi)
        for etype, published in con.execute(
                "SELECT DISTINCT e.event_type, m.published FROM events e LEFT JOIN mentions m "
                "ON m.event_id = e.id AND m.published IS NOT NULL WHERE e.date_lo IS NULL").fetchall():
            pubs = reach.undated.setdefault(etype, set())
            if published is not None:
                pubs.add(published)
        return reach

    def add(self, events: Iterable[Event]) -> None:
        """Events just written (their rows as ``DuckDBStore._insert_events`` writes them)."""
        for ev in events:
            lo, hi = date_low(ev.date), date_high(ev.date)
            if lo is None:
                self.undated.setdefault(ev.event_type, set()).update(
                    m.published for m in ev.mentions if m.published is not None)
                continue
            first, last = self.dated.get(ev.event_type, (lo, hi))
            self.dated[ev.event_type] = (_widen(first, lo, min), _widen(last, hi, max))

    def branches(self, spec: CandidateSpec) -> tuple[bool, bool]:
        """Whether the window's dated branch, and its undated one, may have rows."""
        event_type, date_from, date_to, include_undated, _ = spec
        lo, hi = date_low(date_from), date_high(date_to)
        span = self.dated.get(event_type)  # None: no dated event of the type
        dated = span is not None and not (lo is not None and span[1] is not None and span[1] < lo) and not (
            hi is not None and span[0] is not None and span[0] > hi)
        pubs = self.undated.get(event_type)
        undated = include_undated and pubs is not None and (
            (lo is None and hi is None) or any((lo is None or p >= lo) and (hi is None or p <= hi) for p in pubs))
        return dated, undated


def _widen(bound: str | None, value: str | None, pick: Callable[[str, str], str]) -> str | None:
    """A span's bound widened to take in ``value`` (None, from a row without it: unbounded)."""
    return None if bound is None or value is None else pick(bound, value)


def window_sql(layout: Layout, spec: CandidateSpec, tag: int, dated: bool = True) -> tuple[str, list[Any]]:
    """One window's events as ``(tag, key, date_lo, id)`` rows: stored events of a type whose (partial) date may
    fall in [date_from, date_to] (unless not ``dated``); optionally undated ones; with a :class:`Sharing`, only
    those it admits.

    Dated and undated events are two branches of a UNION, each a conjunction the scan prunes by zone maps
    (one OR of both would read the whole table): the cost follows the window, not the store."""
    event_type, date_from, date_to, include_undated, sharing = spec
    lo, hi = date_low(date_from), date_high(date_to)
    narrow, narrow_params = ("TRUE", []) if sharing is None else sharing_sql(sharing)
    cols = f"{int(tag)} AS q, {layout.key} AS k, date_lo, id"
    sqls: list[str] = []
    params: list[Any] = []
    if dated:
        conds, params = ["event_type = ?", "date_lo IS NOT NULL", narrow], [event_type, *narrow_params]
        for cond, bound in (("date_hi >= ?", lo), ("date_lo <= ?", hi)):
            if bound is not None:
                conds.append(cond)
                params.append(bound)
        sqls.append(f"SELECT {cols} FROM events WHERE {' AND '.join(conds)}")
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
        sqls.append(f"SELECT {cols} FROM events WHERE {' AND '.join(undated)}")
        params += more
    return " UNION ALL ".join(sqls), params


def candidate_rows(con: duckdb.DuckDBPyConnection, layout: Layout, specs: Sequence[CandidateSpec],
                   reach: Reach | None = None) -> list[list[Row]]:
    """For each window of ``specs``, its events' ``(key, date_lo, id)`` in candidate order (by date, then id):
    :data:`WINDOWS_PER_QUERY` windows a statement, less the branches outside the ``reach`` of the stored events
    (no statement at all when no window may have a row)."""
    out: list[list[Row]] = [[] for _ in specs]
    asked = []  # (tag, spec, dated): the windows with a branch that may have rows
    for tag, spec in enumerate(specs):
        dated, undated = reach.branches(spec) if reach is not None else (True, spec[3])
        if dated or undated:
            asked.append((tag, (*spec[:3], undated, spec[4]), dated))
    for start in range(0, len(asked), WINDOWS_PER_QUERY):
        branches, params = [], []
        for tag, spec, dated in asked[start:start + WINDOWS_PER_QUERY]:
            sql, more = window_sql(layout, spec, tag, dated)
            branches.append(sql)
            params += more
        for tag, key, lo, ev_id in con.execute(f"{' UNION ALL '.join(branches)} ORDER BY q, {ORDER}",
                                                 params).fetchall():
            out[tag].append((key, lo, ev_id))
    return out
