"""The rows of an export: one per event, one per actor x recipient pair (dyad), one per evidence sentence (mention),
one per actor. Columns are declared once, with their types, so every writer (Parquet, CSV, SQLite...) agrees.

Types: ``str``, ``int``, ``float`` and ``list`` (a list of strings; Parquet keeps it a list, CSV and SQLite join it
with "; " keeping positions, so ``actor_ids`` and ``actor_names`` still line up).
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..lexicon import get_lexicon
from ..records import Actor, Document, Event, Mention
from ..store.base import first_reported, participant_rows, summarize_actors
from ..timespan import date_high, date_low

Row = dict[str, Any]

_PARTY_FIELDS = ("id", "name", "kind", "country", "sector", "role")
_PLURAL = {"id": "ids", "name": "names", "kind": "kinds", "country": "countries", "sector": "sectors",
           "role": "roles"}
DYAD_KINDS = ("directed", "mutual", "single")
_PARTY_CELLS = operator.attrgetter(*_PARTY_FIELDS)
_ACTOR_KEYS = tuple(f"actor_{_PLURAL[f]}" for f in _PARTY_FIELDS)
_RECIPIENT_KEYS = tuple(f"recipient_{_PLURAL[f]}" for f in _PARTY_FIELDS)

EVENT_COLUMNS: dict[str, str] = {
    "id": "str", "event_type": "str", "mode": "str", "context": "list", "cameo": "str", "cameo_label": "str",
    "quad_class": "int", "status": "str", "date": "str", "date_precision": "str", "date_start": "str",
    "date_end": "str", "date_text": "str", "date_rule": "str", "reported": "str", "last_reported": "str",
    **{f"actor_{_PLURAL[f]}": "list" for f in _PARTY_FIELDS},
    **{f"recipient_{_PLURAL[f]}": "list" for f in _PARTY_FIELDS},
    "location_name": "str", "location_country": "str", "location_lat": "float", "location_lon": "float",
    "confidence": "float", "sources": "int", "mentions": "int", "doc_ids": "list", "urls": "list", "rule": "str",
    "trigger": "str",
}
DYAD_COLUMNS: dict[str, str] = {
    "event_id": "str", "dyad": "int", "dyad_kind": "str",
    **{f"actor_{f}": "str" for f in (*_PARTY_FIELDS, "text")},
    **{f"recipient_{f}": "str" for f in (*_PARTY_FIELDS, "text")},
    "event_type": "str", "mode": "str", "context": "list", "cameo": "str", "quad_class": "int", "status": "str",
    "date": "str", "date_precision": "str", "date_start": "str", "date_end": "str", "reported": "str",
    "location_name": "str", "location_country": "str", "location_lat": "float", "location_lon": "float",
    "confidence": "float", "sources": "int",
}
MENTION_COLUMNS: dict[str, str] = {
    "event_id": "str", "position": "int", "doc_id": "str", "url": "str", "path": "str", "title": "str",
    "source": "str", "published": "str", "sentence": "str", "start": "int", "end": "int", "trigger_start": "int",
    "trigger_end": "int",
}
ACTOR_COLUMNS: dict[str, str] = {
    "id": "str", "name": "str", "kind": "str", "country": "str", "sector": "str", "roles": "list",
    "aliases": "list", "events": "int",
}
TABLE_COLUMNS: dict[str, dict[str, str]] = {
    "events": EVENT_COLUMNS, "dyads": DYAD_COLUMNS, "mentions": MENTION_COLUMNS, "actors": ACTOR_COLUMNS,
}


@functools.lru_cache(maxsize=4096)
def cameo_label(cameo: str | None) -> str | None:
    """The CAMEO code's label from the bundled CAMEO->PLOVER table ("Make an appeal or request")."""
    if not cameo:
        return None
    found = get_lexicon().classify(cameo)
    return (found.label or None) if found is not None else None


def quad_class(cameo: str | None) -> int | None:
    """CAMEO's quad class from the code's root: 1 verbal cooperation (01-04), 2 material cooperation (05-08),
    3 verbal conflict (09-13), 4 material conflict (14-20)."""
    if not cameo or not cameo[:2].isdigit():
        return None
    root = int(cameo[:2])
    for quad, last in ((1, 4), (2, 8), (3, 13), (4, 20)):
        if 1 <= root <= last:
            return quad
    return None


def trigger_in(event: Event, mention: Mention) -> tuple[int, int] | None:
    """Where the event's trigger lies in a mention's sentence (offsets into ``mention.sentence``), or None.

    The trigger's offsets are those of the report it was found in: they are used when they fall inside this
    sentence and point at the trigger's text; otherwise the trigger's words are looked up in the sentence."""
    trig = event.trigger
    if trig is None or not trig.text:
        return None
    s, e = trig.start - mention.start, trig.end - mention.start
    if 0 <= s < e <= len(mention.sentence) and mention.sentence[s:e] == trig.text:
        return s, e
    at = mention.sentence.casefold().find(trig.text.casefold())
    return (at, at + len(trig.text)) if at >= 0 else None


def _dates(event: Event) -> Row:
    return {"date": event.date, "date_precision": event.date_precision, "date_start": date_low(event.date),
            "date_end": date_high(event.date)}


def _location(event: Event) -> Row:
    loc = event.location
    return {"location_name": loc.name if loc else None, "location_country": loc.country if loc else None,
            "location_lat": loc.lat if loc else None, "location_lon": loc.lon if loc else None}


def _day(value: str | None) -> str | None:
    return value[:10] if value else None


def event_row(event: Event) -> Row:
    """One event, every field: parties as aligned lists, dates with the days they cover, reports."""
    row: Row = {
        "id": event.id, "event_type": event.event_type, "mode": event.mode, "context": list(event.context),
        "cameo": event.cameo, "cameo_label": cameo_label(event.cameo), "quad_class": quad_class(event.cameo),
        "status": event.status, **_dates(event), "date_text": event.date_text, "date_rule": event.date_rule,
        "reported": _day(first_reported(event)),
        "last_reported": _day(max((m.published for m in event.mentions if m.published), default=None)),
    }
    for keys, parties in ((_ACTOR_KEYS, event.actors), (_RECIPIENT_KEYS, event.recipients)):
        # one list per field, aligned (an export writes tens of thousands of rows: one pass over the parties)
        cells = list(map(_PARTY_CELLS, parties))
        columns = [list(c) for c in zip(*cells, strict=True)] if cells else [[] for _ in keys]
        row.update(zip(keys, columns, strict=True))
    row.update(_location(event))
    row.update({
        "confidence": round(event.confidence, 3), "sources": event.sources, "mentions": len(event.mentions),
        "doc_ids": list(dict.fromkeys(m.doc_id for m in event.mentions)),
        "urls": list(dict.fromkeys(m.url for m in event.mentions if m.url)), "rule": event.rule,
        "trigger": event.trigger.text if event.trigger else None,
    })
    return row


def _party(side: str, actor: Actor | None) -> Row:
    return {f"{side}_{f}": getattr(actor, f) if actor is not None else None for f in (*_PARTY_FIELDS, "text")}


def _pairs(event: Event) -> Iterator[tuple[Actor | None, Actor | None, str]]:
    """(actor, recipient, kind) pairs: ``directed`` each actor x each recipient; ``mutual`` both orders of each
    two parties of an event that has only actors (a meeting: PLOVER makes every party an actor); ``single`` a
    party without counterpart (one actor, or recipients only)."""
    if event.actors and event.recipients:
        for a in event.actors:
            for r in event.recipients:
                yield a, r, "directed"
    elif len(event.actors) > 1:
        for i, a in enumerate(event.actors):
            for j, b in enumerate(event.actors):
                if i != j:
                    yield a, b, "mutual"
    else:
        for a in event.actors:
            yield a, None, "single"
        for r in event.recipients:
            yield None, r, "single"


def dyad_rows(event: Event) -> Iterator[Row]:
    """One row per actor x recipient pair (see :func:`_pairs`): every event with a party appears at least once."""
    common = {
        "event_type": event.event_type, "mode": event.mode, "context": list(event.context), "cameo": event.cameo,
        "quad_class": quad_class(event.cameo), "status": event.status, **_dates(event),
        "reported": _day(first_reported(event)), **_location(event), "confidence": round(event.confidence, 3),
        "sources": event.sources,
    }
    for n, (a, r, kind) in enumerate(_pairs(event)):
        yield {"event_id": event.id, "dyad": n, "dyad_kind": kind, **_party("actor", a), **_party("recipient", r),
               **common}


def mention_rows(event: Event, documents: dict[str, Document | None]) -> Iterator[Row]:
    """One row per evidence sentence, with its article's title and publisher and where the trigger is in it."""
    for i, m in enumerate(event.mentions):
        doc = documents.get(m.doc_id)
        trig = trigger_in(event, m)
        yield {
            "event_id": event.id, "position": i, "doc_id": m.doc_id, "url": m.url, "path": m.path,
            "title": doc.title if doc else None, "source": doc.source if doc else None, "published": m.published,
            "sentence": m.sentence, "start": m.start, "end": m.end,
            "trigger_start": trig[0] if trig else None, "trigger_end": trig[1] if trig else None,
        }


def actor_rows(events: Iterable[Event]) -> list[Row]:
    """The resolved actors of these events (most events first), as ``communique actors`` lists them."""
    return [{"id": a.id, "name": a.name, "kind": a.kind, "country": a.country, "sector": a.sector,
             "roles": [r.role for r in a.roles], "aliases": list(a.aliases), "events": a.event_count}
            for a in summarize_actors(participant_rows(events))]


@dataclass
class Tables:
    """Everything an export writes, built from one query's events."""

    events: list[Row] = field(default_factory=list)
    dyads: list[Row] = field(default_factory=list)
    mentions: list[Row] = field(default_factory=list)
    actors: list[Row] = field(default_factory=list)

    def table(self, name: str) -> list[Row]:
        rows: list[Row] = getattr(self, name)
        return rows


ALL_TABLES: tuple[str, ...] = ("events", "dyads", "mentions", "actors")


def build_tables(events: Iterable[Event], documents: Any, tables: Sequence[str] = ALL_TABLES) -> Tables:
    """Rows of ``tables`` (every table unless told), the others left empty; ``documents(doc_id) -> Document |
    None`` looks up titles and publishers (once each; only the mentions table needs them)."""
    out = Tables()
    seen: dict[str, Document | None] = {}
    kept: list[Event] = []
    events_too, dyads, mentions = "events" in tables, "dyads" in tables, "mentions" in tables
    for ev in events:
        kept.append(ev)
        if events_too:
            out.events.append(event_row(ev))
        if dyads:
            out.dyads.extend(dyad_rows(ev))
        if mentions:
            for m in ev.mentions:
                if m.doc_id not in seen:
                    seen[m.doc_id] = documents(m.doc_id)
            out.mentions.extend(mention_rows(ev, seen))
    if "actors" in tables:
        out.actors = actor_rows(kept)
    return out
