"""Reading events back from the DuckDB store: from their records (schema 3, one string per event), or from their
rows (a store of an older version opened read-only, and the reference the records are tested against).

Both give the same ``Event`` objects, participants under their id's display name (``actors.name``; a group id
keeps its report's name, see ``base.with_display_names``) or, without ``display``, as their reports named them.
Parsing and building many objects is this module's cost (a busy actor's 11,000 events on a loaded 2-core
machine: about 50 ms of SQL, 45 of parsing, 95 of building, 40 of collector passes), so the records are parsed in
one call (by orjson), the participants and reports are built without a Python frame each (``starmap``, and
``_mention``/``_span`` for the frozen classes), and the cyclic garbage collector is paused while a chunk is built
(``records.gc_paused``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from itertools import starmap
from typing import Any

import duckdb

from ..records import Actor, ActorRef, Event, Location, Mention, Span, gc_paused
from .base import GROUP_PREFIX
from .duckdb_layout import IN_LIST_MAX, Layout, date_bounds, in_keys, in_list
from .duckdb_rows import EA_COLS, EVENT_COLS, MENTION_COLS, refs_from

_loads: Callable[[str], Any]
try:  # a dependency (pyproject): parses the records a third faster than the standard library's json
    from orjson import loads as _loads
except ImportError:  # an environment installed before it was one
    _loads = json.loads


# ----------------------------------------------------------------------------------------- from records


def event_from_record(eid: str, record: list[Any], names: dict[str, str]) -> Event:
    """An Event from its parsed record (``duckdb_layout.RECORD_SQL``), participants named by ``names`` where it
    has their id (the record's lists are used up: renamed in place, handed to the Event). Positional arguments
    in the field order of each class (the fastest call; the record tests pin it); the parts built by ``starmap``
    (no Python frame per object) or, for the frozen ``Mention`` and ``Span``, by :func:`_mention`."""
    (event_type, cameo, status, mode, context, date, precision, date_text, confidence, rule, trigger, place,
     place_text, actor_refs, recipient_refs, date_rule, actors, recipients, reports) = record
    if names:
        for party in actors:
            party[1] = names.get(party[0], party[1])
        for party in recipients:
            party[1] = names.get(party[0], party[1])
    return Event(
        event_type, cameo, status, mode, context, date, precision, date_text,
        list(starmap(Actor, actors)) if actors else [],
        list(starmap(Actor, recipients)) if recipients else [],
        None if place is None else Location(*place), confidence,
        list(map(_mention, reports)) if reports else [], eid, rule,
        None if trigger is None else _span(trigger),
        list(starmap(ActorRef, actor_refs)) if actor_refs else [],
        list(starmap(ActorRef, recipient_refs)) if recipient_refs else [], date_rule, place_text)


def _mention(values: list[Any]) -> Mention:
    """A ``Mention`` from its record's values, set in its ``__dict__``: the frozen class's own ``__init__`` sets
    each field through ``object.__setattr__``, five times the cost of a plain class (equal objects either way, as
    frozen; the record tests compare them with the rows' and with the constructor's)."""
    m = object.__new__(Mention)
    d = m.__dict__
    d["doc_id"], d["path"], d["url"], d["published"], d["sentence"], d["start"], d["end"] = values
    return m


def _span(values: list[Any]) -> Span:
    """A ``Span`` from its record's values: as :func:`_mention`."""
    s = object.__new__(Span)
    d = s.__dict__
    d["text"], d["start"], d["end"] = values
    return s


def events_from_records(con: duckdb.DuckDBPyConnection, rows: Iterable[tuple[str, str]],
                        display: bool) -> list[Event]:
    """Events from ``(id, record)`` rows, in their order. The records are parsed in one call (a call per record
    costs a third more); the objects they are built from are freed before the collector runs again."""
    rows = list(rows)
    with gc_paused():
        records = _loads("[" + ",".join([raw for _, raw in rows]) + "]")
        names = display_names_of(con, records) if display else {}
        events = [event_from_record(eid, record, names) for (eid, _), record in zip(rows, records, strict=True)]
        del records
        return events


def display_names_of(con: duckdb.DuckDBPyConnection, records: list[list[Any]]) -> dict[str, str]:
    """The display names of the participants' ids in these parsed records (groups excepted). A listing with
    more participants than the store has actors reads every name (one pass over a small table) instead of
    collecting the ids and looking them up."""
    row = con.execute("SELECT count(*) FROM actors").fetchone()
    if row is not None and row[0] <= 2 * len(records):
        return dict(con.execute(f"SELECT id, name FROM actors WHERE name IS NOT NULL AND id NOT LIKE "
                                f"'{GROUP_PREFIX}%'").fetchall())
    found = {p[0] for r in records for group in (r[16], r[17]) for p in group}
    ids = sorted(i for i in found if i is not None and not i.startswith(GROUP_PREFIX))
    if not ids:
        return {}
    # joined, not a list of constants: hundreds of look-ups in the primary key's index cost more than a scan
    return dict(con.execute("SELECT id, name FROM actors WHERE id IN (SELECT unnest(?::VARCHAR[])) AND name IS NOT "
                            "NULL", [ids]).fetchall())


def load_records(con: duckdb.DuckDBPyConnection, keys: Sequence[tuple[int, str | None]],
                 display: bool) -> list[Event]:
    """Events for ``(seq, date_lo)`` keys, in the order given: the keys joined, the scan pruned to their dates."""
    seqs = [k for k, _ in keys]
    where, params = in_keys("seq", seqs)
    dated, more = date_bounds("date_lo", [d for _, d in keys])
    where, params = f"{where} AND {dated}", params + more
    found = {seq: (eid, raw) for seq, eid, raw in con.execute(
        f"SELECT seq, id, record FROM events WHERE {where}", params).fetchall()}
    return events_from_records(con, (found[s] for s in seqs if s in found), display)


# ----------------------------------------------------------------------------------------- from rows


def load_rows(con: duckdb.DuckDBPyConnection, layout: Layout, keys: Sequence[tuple[str, str | None]],
              display: bool) -> list[Event]:
    """Events for ``(id, date_lo)`` keys, in the order given, from the events rows and their participants' and
    reports' rows: one round of look-ups. Each table is read by its event-id index (a short list) or for the
    keys' dates only (zone maps; see duckdb_layout)."""
    out: dict[str, Event] = {}
    ids = [k for k, _ in keys]
    # a short list goes by the index (a date condition beside it would make DuckDB scan instead)
    by_dates = len(ids) > IN_LIST_MAX
    with gc_paused():
        where, params = in_list("id", ids)
        if by_dates:
            dated, more = date_bounds("date_lo", [d for _, d in keys])
            where, params = f"{where} AND {dated}", params + more
        for row in _rows(con, f"SELECT {', '.join(EVENT_COLS)} FROM events WHERE {where}", params):
            ev = event_from_row(row)
            out[ev.id or ""] = ev
        where, params = in_list("x.event_id", ids)
        if by_dates and layout.child_dates:
            dated, more = date_bounds("x.date_lo", [d for _, d in keys])
            where, params = f"{where} AND {dated}", params + more
        _add_children(con, where, params, display, out)
        return [out[k] for k in ids if k in out]


def _add_children(con: duckdb.DuckDBPyConnection, where: str, params: list[Any], display: bool,
                  out: dict[str, Event]) -> None:
    cols = ", ".join(f"x.{c}" for c in EA_COLS)
    if display:
        cols = cols.replace("x.name", f"CASE WHEN x.actor_id LIKE '{GROUP_PREFIX}%' THEN x.name "
                                      "ELSE coalesce(a.name, x.name) END")
    for row in _rows(con, f"SELECT {cols} FROM event_actors x LEFT JOIN actors a ON a.id = x.actor_id "
                          f"WHERE {where} ORDER BY x.event_id, x.role, x.position", params):
        event_id, role, _, aid, name, kind, country, sector, title, resolution, text = row
        actor = Actor(aid, name, kind, country, sector, title, resolution, text)
        ev = out[event_id]
        (ev.actors if role == "actor" else ev.recipients).append(actor)
    cols = ", ".join(f"x.{c}" for c in MENTION_COLS)
    for row in _rows(con, f"SELECT {cols} FROM mentions x WHERE {where} ORDER BY x.event_id, x.position", params):
        out[row[0]].mentions.append(Mention(*row[2:]))


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> list[tuple[Any, ...]]:
    """The result's rows as tuples, fetched column by column (a third faster than ``fetchall`` on wide
    results: listings fetch tens of thousands of rows)."""
    columns = con.execute(sql, params).fetchnumpy()
    return list(zip(*(c.tolist() for c in columns.values()), strict=True))


def event_from_row(row: Sequence[Any]) -> Event:
    """An Event (without participants and reports) from an events row in ``EVENT_COLS`` order."""
    (eid, event_type, cameo, status, mode, context, date, _, _, precision, date_text, date_rule, confidence,
     rule, trig_text, trig_start, trig_end, loc_name, loc_country, lat, lon, loc_resolution, loc_text,
     actor_refs, recipient_refs, _) = row
    loc = None
    if loc_name is not None:
        loc = Location(name=loc_name, country=loc_country, lat=lat, lon=lon, resolution=loc_resolution)
    trig = None if trig_text is None else Span(text=trig_text, start=trig_start, end=trig_end)
    return Event(
        event_type=event_type, cameo=cameo, status=status, mode=mode,
        context=[] if context in (None, "[]") else json.loads(context), date=date, date_precision=precision,
        date_text=date_text, location=loc, confidence=confidence, id=eid, rule=rule, trigger=trig,
        actor_refs=refs_from(actor_refs), recipient_refs=refs_from(recipient_refs), date_rule=date_rule,
        location_text=loc_text)


__all__ = ["display_names_of", "event_from_record", "event_from_row", "events_from_records", "load_records",
           "load_rows"]
