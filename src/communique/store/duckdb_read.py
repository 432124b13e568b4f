"""Reading events back from the DuckDB store: from their records (schema 3, one string per event), or from their
rows (a store of an older version opened read-only, and the reference the records are tested against).

Both give the same ``Event`` objects, participants under their id's display name (``actors.name``; a group id
keeps its report's name, see ``base.with_display_names``) or, without ``display``, as their reports named them.
Parsing and building many objects is this module's cost, so the records are parsed in one call (by orjson),
the objects are made without a call to their classes' ``__init__`` (:func:`events_from_parsed`), and the cyclic
garbage collector is paused while a chunk is built, its events then handed straight to the collector's oldest
generation (``records.gc_paused``). A busy actor's 11,000 events on a loaded 2-core machine: about 65 ms of SQL,
45 of parsing, 65 of building (100 through the constructors) and none of collector passes (50 to 100 when its
young generation scanned them); freeing them costs their consumer 30 more.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
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

_new = object.__new__
#: Listings of this many events and more are handed to the collector's oldest generation when built (smaller ones
#: cost its young generations little, and the hand-over collects those generations first).
KEEP_MIN = 1000


def events_from_parsed(ids: Sequence[str], records: Sequence[list[Any]], names: dict[str, str]) -> list[Event]:
    """Events from their ids and parsed records (``duckdb_layout.RECORD_SQL``, whose order the unpacking below
    follows), participants named by ``names`` where it has their id. Each object is made by ``object.__new__``
    and its fields set directly, in one loop: the classes' ``__init__`` only sets the fields (no checks), and a
    call to it per event, participant and report was a third of the building time (the frozen ``Mention`` and
    ``Span`` are filled through their ``__dict__``, as their ``__init__`` would through ``object.__setattr__``).
    Every field is set (the record tests compare the events with those built by the constructors and from the
    rows); the record's own lists are handed to the events where they are used as they are (``context``, an
    empty list of participants or reports), so no two events share a list or any other object."""
    new = _new
    get = names.get
    out: list[Event] = []
    append = out.append
    for eid, record in zip(ids, records, strict=True):
        ev = new(Event)
        (ev.event_type, ev.cameo, ev.status, ev.mode, ev.context, ev.date, ev.date_precision, ev.date_text,
         ev.confidence, ev.rule, trigger, place, ev.location_text, actor_refs, recipient_refs, ev.date_rule,
         actors, recipients, reports) = record
        ev.id, ev.gate_features, ev.finder_score = eid, None, None
        ev.actors = _parties(actors, get) if actors else actors
        ev.recipients = _parties(recipients, get) if recipients else recipients
        ev.mentions = _reports(reports) if reports else reports
        ev.actor_refs = _refs(actor_refs) if actor_refs else actor_refs
        ev.recipient_refs = _refs(recipient_refs) if recipient_refs else recipient_refs
        if place is None:
            ev.location = None
        else:
            ev.location = loc = new(Location)
            loc.name, loc.country, loc.lat, loc.lon, loc.resolution = place
        if trigger is None:
            ev.trigger = None
        else:
            ev.trigger = span = new(Span)
            d = span.__dict__
            d["text"], d["start"], d["end"] = trigger
        append(ev)
    return out


def _parties(values: list[list[Any]], get: Callable[[Any, str], str]) -> list[Actor]:
    """Participants from their records' values, each under the name ``get`` gives its id (else its own)."""
    out: list[Actor] = []
    new = _new
    for aid, name, kind, country, sector, role, resolution, text in values:
        a = new(Actor)
        a.id, a.name, a.kind, a.country, a.sector, a.role, a.resolution, a.text = (
            aid, get(aid, name), kind, country, sector, role, resolution, text)
        out.append(a)
    return out


def _reports(values: list[list[Any]]) -> list[Mention]:
    """Reports from their records' values (the frozen class's fields, set in its ``__dict__``)."""
    out: list[Mention] = []
    new = _new
    for report in values:
        m = new(Mention)
        d = m.__dict__
        d["doc_id"], d["path"], d["url"], d["published"], d["sentence"], d["start"], d["end"] = report
        out.append(m)
    return out


def _refs(values: list[list[Any]]) -> list[ActorRef]:
    out: list[ActorRef] = []
    new = _new
    for ref in values:
        r = new(ActorRef)
        r.text, r.start, r.end, r.head = ref
        out.append(r)
    return out


def events_from_records(con: duckdb.DuckDBPyConnection, rows: Iterable[tuple[str, str]],
                        display: bool) -> list[Event]:
    """Events from ``(id, record)`` rows, in their order. The records are parsed in one call (a call per record
    costs a third more); the objects they are built from are freed before the collector runs again, and a
    large listing's events are handed to its oldest generation (``records.gc_paused``, ``keep``)."""
    rows = list(rows)
    with gc_paused(keep=len(rows) >= KEEP_MIN):
        records = _loads("[" + ",".join([raw for _, raw in rows]) + "]")
        names = display_names_of(con, records) if display else {}
        events = events_from_parsed([eid for eid, _ in rows], records, names)
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


__all__ = ["display_names_of", "event_from_row", "events_from_parsed", "events_from_records", "load_records",
           "load_rows"]
