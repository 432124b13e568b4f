"""What the pages show, as plain JSON-able data built from a store: the JSON endpoints return exactly this, and
the HTML templates render it. No Flask here, so every view's data can be tested on a MemoryStore.

Queries are bounded: a listing returns at most ``MAX_LIMIT`` events (``DEFAULT_LIMIT`` unless asked), the
network and the map look at most ``GRAPH_EVENTS`` events.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from ..errors import CommuniqueError
from ..export.rows import dyad_rows, trigger_in
from ..records import PLOVER_TYPES, STATUSES, Event
from ..store.base import EventQuery, Store, first_reported, undated_left_out
from ..timespan import date_low

DEFAULT_LIMIT = 100
MAX_LIMIT = 1000
GRAPH_EVENTS = 5000
GRAPH_NODES = 40
_DATE_RE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
FILTERS = ("actor", "country", "type", "status", "since", "until", "reported_since", "reported_until", "limit")


class BadRequest(CommuniqueError):
    """A query parameter is malformed (the page answers 400 with this message)."""


def _date(args: Mapping[str, str], name: str) -> str | None:
    value = (args.get(name) or "").strip() or None
    if value is not None and not _DATE_RE.match(value):
        raise BadRequest(f"{name}={value!r} is not a date", "Use YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2022-09-19)")
    return value


def parse_query(args: Mapping[str, str], default_limit: int = DEFAULT_LIMIT, cap: int = MAX_LIMIT) -> EventQuery:
    """The EventQuery of a page's query string (the filters of `communique events`); the limit is capped."""
    event_type = (args.get("type") or "").strip().upper() or None
    if event_type is not None and event_type not in PLOVER_TYPES:
        raise BadRequest(f"type={event_type!r} is not a PLOVER event type", f"Use one of {', '.join(PLOVER_TYPES)}")
    status = (args.get("status") or "").strip().lower() or None
    if status is not None and status not in STATUSES:
        raise BadRequest(f"status={status!r} is not a status", f"Use one of {', '.join(STATUSES)}")
    raw_limit = (args.get("limit") or "").strip()
    if raw_limit and not raw_limit.isdigit():
        raise BadRequest(f"limit={raw_limit!r} is not a number", f"Use a whole number up to {cap}")
    limit = min(int(raw_limit), cap) if raw_limit else default_limit
    country = (args.get("country") or "").strip().upper() or None
    return EventQuery(actor=(args.get("actor") or "").strip() or None, country=country, event_type=event_type,
                      status=status, since=_date(args, "since"), until=_date(args, "until"),
                      reported_since=_date(args, "reported_since"), reported_until=_date(args, "reported_until"),
                      limit=limit)


def query_args(q: EventQuery) -> dict[str, str]:
    """The query string of a query (for links between views and to the JSON endpoints)."""
    pairs = {"actor": q.actor, "country": q.country, "type": q.event_type, "status": q.status, "since": q.since,
             "until": q.until, "reported_since": q.reported_since, "reported_until": q.reported_until,
             "limit": str(q.limit) if q.limit is not None else None}
    return {k: v for k, v in pairs.items() if v}


def _party(a: Any) -> dict[str, Any]:
    return {**a.public(), "text": a.text}


def event_summary(ev: Event) -> dict[str, Any]:
    """An event as a row of the list."""
    loc = ev.location
    return {
        "id": ev.id, "event_type": ev.event_type, "mode": ev.mode, "cameo": ev.cameo, "status": ev.status,
        "date": ev.date, "date_precision": ev.date_precision, "reported": (first_reported(ev) or "")[:10] or None,
        "actors": [_party(a) for a in ev.actors], "recipients": [_party(a) for a in ev.recipients],
        "location": loc.public() if loc else None, "sources": ev.sources, "confidence": round(ev.confidence, 3),
    }


def event_list(store: Store, q: EventQuery) -> dict[str, Any]:
    """The list view: matching events (at most ``q.limit``), how many match in all, and how many undated events
    the date filter left out."""
    events = [event_summary(e) for e in store.query_events(q)]
    total = store.count_events(q)
    return {"query": query_args(q), "events": events, "shown": len(events), "total": total,
            "undated_left_out": undated_left_out(store, q), "limit_cap": MAX_LIMIT}


def _segments(ev: Event, m: Any) -> list[dict[str, Any]]:
    """The sentence cut around the trigger: [{"text", "trigger": bool}], for highlighting without markup."""
    span = trigger_in(ev, m)
    if span is None:
        return [{"text": m.sentence, "trigger": False}]
    s, e = span
    parts = [(m.sentence[:s], False), (m.sentence[s:e], True), (m.sentence[e:], False)]
    return [{"text": t, "trigger": trig} for t, trig in parts if t]


def event_detail(store: Store, event_id: str) -> dict[str, Any] | None:
    """The event page: every field, the evidence sentences (trigger marked), the articles, the `--explain` trail."""
    ev = store.get_event(event_id)
    if ev is None:
        return None
    docs = {}
    for m in ev.mentions:
        if m.doc_id not in docs:
            d = store.get_document(m.doc_id)
            docs[m.doc_id] = {"doc_id": m.doc_id, "title": d.title if d else None, "url": m.url or (d.url if d else None),
                              "source": d.source if d else None, "published": m.published, "path": m.path}
    evidence = [{"doc_id": m.doc_id, "sentence": m.sentence, "start": m.start, "end": m.end,
                 "published": m.published, "segments": _segments(ev, m), "title": docs[m.doc_id]["title"]}
                for m in ev.mentions]
    return {"event": {**ev.public(), "reported": (first_reported(ev) or "")[:10] or None},
            "evidence": evidence, "sources": list(docs.values()), "why": ev.explained()["why"],
            "actors": [_party(a) for a in ev.actors], "recipients": [_party(a) for a in ev.recipients]}


def actor_page(store: Store, actor_id: str, cap: int = MAX_LIMIT) -> dict[str, Any] | None:
    """An actor: who it is, its roles, aliases and its events as a timeline (dated by month; undated apart)."""
    found = next((a for a in store.actors(actor_id) if a.id == actor_id), None)
    if found is None:
        return None
    events = [e for e in store.actor_events(actor_id)]
    by_month = Counter((date_low(e.date) or "")[:7] for e in events if date_low(e.date))
    return {
        "actor": {"id": found.id, "name": found.name, "kind": found.kind, "country": found.country,
                  "sector": found.sector, "aliases": found.aliases, "event_count": found.event_count,
                  "roles": [{"role": r.role, "first_seen": r.first_seen, "last_seen": r.last_seen}
                            for r in found.roles]},
        "timeline": [{"month": k, "events": v} for k, v in sorted(by_month.items())],
        "undated": sum(1 for e in events if not date_low(e.date)),
        "events": [event_summary(e) for e in events[:cap]], "shown": min(len(events), cap), "total": len(events),
    }


def _key(row: dict[str, Any], side: str) -> str | None:
    if row[f"{side}_name"] is None:
        return None
    return row[f"{side}_id"] or f"unresolved:{row[f'{side}_name']}"


def dyad_network(store: Store, q: EventQuery, max_nodes: int = GRAPH_NODES) -> dict[str, Any]:
    """The dyad network of the matching events (at most GRAPH_EVENTS): the ``max_nodes`` busiest parties and the
    directed edges between them, weighted by events (a meeting counts both ways)."""
    nodes: dict[str, dict[str, Any]] = {}
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    n_events = 0
    for ev in store.query_events(replace(q, limit=GRAPH_EVENTS)):
        n_events += 1
        for d in dyad_rows(ev):
            src, dst = _key(d, "actor"), _key(d, "recipient")
            if src is None or dst is None or src == dst:
                continue
            for key, side in ((src, "actor"), (dst, "recipient")):
                node = nodes.setdefault(key, {"id": key, "name": d[f"{side}_name"], "country": d[f"{side}_country"],
                                              "resolved": not key.startswith("unresolved:"), "events": set()})
                node["events"].add(ev.id)
            edge = edges.setdefault((src, dst), {"source": src, "target": dst, "events": set(), "types": Counter()})
            if ev.id not in edge["events"]:
                edge["events"].add(ev.id)
                edge["types"][ev.event_type] += 1
    ranked = sorted(nodes.values(), key=lambda n: (-len(n["events"]), n["name"]))[:max_nodes]
    keep = {n["id"] for n in ranked}
    out_edges = [{"source": e["source"], "target": e["target"], "weight": len(e["events"]),
                  "types": dict(e["types"].most_common())}
                 for e in edges.values() if e["source"] in keep and e["target"] in keep]
    out_edges.sort(key=lambda e: (-e["weight"], e["source"], e["target"]))
    return {"query": query_args(q), "events": n_events, "event_cap": GRAPH_EVENTS,
            "nodes": [{**{k: v for k, v in n.items() if k != "events"}, "events": len(n["events"])} for n in ranked],
            "edges": out_edges, "nodes_total": len(nodes)}


def map_points(store: Store, q: EventQuery) -> dict[str, Any]:
    """The located events among the matching ones (at most GRAPH_EVENTS): one point per event with coordinates."""
    points, unlocated, n = [], 0, 0
    for ev in store.query_events(replace(q, limit=GRAPH_EVENTS)):
        n += 1
        loc = ev.location
        if loc is None or loc.lat is None or loc.lon is None:
            unlocated += 1
            continue
        points.append({"id": ev.id, "lat": loc.lat, "lon": loc.lon, "place": loc.name, "country": loc.country,
                       "event_type": ev.event_type, "date": ev.date,
                       "label": f"{ev.event_type} {ev.date or ''} {loc.name}".strip()})
    return {"query": query_args(q), "events": n, "event_cap": GRAPH_EVENTS, "points": points,
            "unlocated": unlocated}
