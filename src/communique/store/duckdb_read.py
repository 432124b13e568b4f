"""Reading events back from the DuckDB store: from their records (schema 3, one string per event), or from their
rows (a store of an older version opened read-only, and the reference the records are tested against).

Both give the same ``Event`` objects, participants under their id's display name (``actors.name``; a group id
keeps its report's name, see ``base.with_display_names``) or, without ``display``, as their reports named them.
Parsing and building many objects is a listing's cost, so the records, JSON arrays in the order of the record
classes' fields (``records``: msgspec ``Struct`` classes, ``array_like``), are decoded straight into the events,
their participants and reports by msgspec, in C and in one call for the whole listing; Python then only sets the
ids and the display names. The cyclic garbage collector is paused meanwhile, and a large listing's events are
handed straight to its oldest generation (``records.gc_paused``). A busy actor's 11,000 events on an idle 2-core
machine (Python yardstick 0.15 us per small object): about 23 ms of SQL, 24 of decoding, 9 of naming and 8 of
freeing them afterwards; parsing them with orjson and building the objects in Python took twice as long.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import duckdb
import msgspec

from ..errors import StoreError
from ..records import Actor, Event, Location, Mention, Span, gc_paused
from .base import GROUP_PREFIX
from .duckdb_layout import IN_LIST_MAX, Layout, date_bounds, in_keys, in_list
from .duckdb_rows import EA_COLS, EVENT_COLS, MENTION_COLS, refs_from

# ----------------------------------------------------------------------------------------- from records

#: Listings of this many events and more are handed to the collector's oldest generation when built (smaller ones
#: cost its young generations little, and the hand-over collects those generations first).
KEEP_MIN = 1000
_DECODE = msgspec.json.Decoder(list[Event])


def decode_records(ids: Sequence[str], records: Sequence[str]) -> list[Event]:
    """Events from their ids and records (``duckdb_layout.RECORD_SQL``), decoded in one call, participants as
    their reports named them (:func:`decode_names` gives display names). No two events share a list or any other
    object (each is decoded)."""
    events = _DECODE.decode("[" + ",".join(records) + "]")
    for eid, ev in zip(ids, events, strict=True):
        ev.id = eid
    return events


def events_from_records(con: duckdb.DuckDBPyConnection, rows: Iterable[tuple[str, str]],
                        display: bool) -> list[Event]:
    """Events from ``(id, record)`` rows, in their order. A large listing's events are handed to the collector's
    oldest generation (``records.gc_paused``, ``keep``)."""
    rows = list(rows)
    with gc_paused(keep=len(rows) >= KEEP_MIN):
        try:
            events = decode_records([eid for eid, _ in rows], [raw for _, raw in rows])
        except msgspec.MsgspecError as exc:  # a record another version wrote, or one edited by hand
            raise StoreError(f"an event's stored record does not read as this version's events ({exc})",
                             "Re-ingest the articles into a new store (--db NEW.duckdb), or read this one with the "
                             "communique version that wrote it") from exc
        if display:
            decode_names(events, display_names_of(con, events))
        return events


def decode_names(events: list[Event], names: dict[str, str]) -> None:
    """Each participant under the name ``names`` gives its id (else its own)."""
    get: Callable[[Any, str], str] = names.get
    for ev in events:
        for a in ev.actors:
            a.name = get(a.id, a.name)
        for a in ev.recipients:
            a.name = get(a.id, a.name)


def display_names_of(con: duckdb.DuckDBPyConnection, events: list[Event]) -> dict[str, str]:
    """The display names of the participants' ids in these events (groups excepted). A listing with more
    participants than the store has actors reads every name (one pass over a small table) instead of collecting
    the ids and looking them up."""
    row = con.execute("SELECT count(*) FROM actors").fetchone()
    if row is not None and row[0] <= 2 * len(events):
        return dict(con.execute(f"SELECT id, name FROM actors WHERE name IS NOT NULL AND id NOT LIKE "
                                f"'{GROUP_PREFIX}%'").fetchall())
    found = {a.id for ev in events for group in (ev.actors, ev.recipients) for a in group}
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


__all__ = ["decode_names", "decode_records", "display_names_of", "event_from_row", "events_from_records",
           "load_records", "load_rows"]
