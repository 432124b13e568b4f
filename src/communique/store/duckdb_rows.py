"""Row conversions of the DuckDB store: JSON columns to records and back, and the order rows are written in."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from ..kb.entries import OrgEntry, PersonEntry, Position
from ..records import ActorRef

EVENT_COLS = (
    "id", "event_type", "cameo", "status", "mode", "context", "date", "date_lo", "date_hi", "date_precision",
    "date_text", "date_rule", "confidence", "rule", "trigger_text", "trigger_start", "trigger_end",
    "location_name", "location_country", "location_lat", "location_lon", "location_resolution", "location_text",
    "actor_refs", "recipient_refs", "n_sources")
# The column orders below are relied on when rows are unpacked (duckdb_read).
EA_COLS = ("event_id", "role", "position", "actor_id", "name", "kind", "country", "sector", "title",
           "resolution", "text")
MENTION_COLS = ("event_id", "position", "doc_id", "path", "url", "published", "sentence", "start_offset",
                "end_offset")


def date_order(row: Sequence[Any], date: int, key: int) -> tuple[bool, str, str]:
    """Rows are written in event-date order (undated last), then by event id: the store's layout."""
    return (row[date] is None, row[date] or "", row[key])


def refs_json(refs: list[ActorRef]) -> str:
    return json.dumps([[r.text, r.start, r.end, r.head] for r in refs], ensure_ascii=False)


def refs_from(raw: str | None) -> list[ActorRef]:
    if not raw or raw == "[]":
        return []
    return [ActorRef(text=t, start=s, end=e, head=h) for t, s, e, h in json.loads(raw or "[]")]


def person_from_json(raw: str) -> PersonEntry:
    d = json.loads(raw)
    d["aliases"] = tuple(d.get("aliases", ()))
    d["positions"] = tuple(Position(**p) for p in d.get("positions", ()))
    return PersonEntry(**d)


def org_from_json(raw: str) -> OrgEntry:
    d = json.loads(raw)
    d["aliases"] = tuple(d.get("aliases", ()))
    return OrgEntry(**d)


__all__ = ["EA_COLS", "EVENT_COLS", "MENTION_COLS", "date_order", "org_from_json", "person_from_json", "refs_from",
           "refs_json"]
