"""MemoryStore: an in-memory Store with the same semantics as DuckDBStore, for tests and one-off runs.

Events are deep-copied on the way in and out, so callers cannot change stored state by mutating what they hold,
just as with a database.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator

from ..kb.entries import KBExtra, OrgEntry, PersonEntry
from ..records import Document, Event
from .base import (
    ActorSummary,
    EventQuery,
    StoreLifecycle,
    _fold,
    check_events,
    event_matches,
    overlaps,
    participant_rows,
    sort_key,
    summarize_actors,
)


class MemoryStore(StoreLifecycle):
    def __init__(self) -> None:
        self._documents: dict[str, Document] = {}
        self._events: dict[str, Event] = {}
        self._people: dict[str, PersonEntry] = {}
        self._orgs: dict[str, OrgEntry] = {}


    def has_document(self, doc_id: str) -> bool:
        return doc_id in self._documents

    def document_ids(self) -> set[str]:
        return set(self._documents)

    def get_document(self, doc_id: str) -> Document | None:
        return self._documents.get(doc_id)

    def write_batch(self, documents: list[Document], new_events: list[Event], updated_events: list[Event]) -> None:
        events = list({ev.id: ev for ev in [*new_events, *updated_events]}.values())
        check_events(events)
        staged = copy.deepcopy(events)  # build everything first: a failure leaves the store unchanged
        for d in documents:
            self._documents.setdefault(d.id, d)
        for ev in staged:
            self._events[ev.id or ""] = ev

    def _sorted(self, events: list[Event]) -> list[Event]:
        return [copy.deepcopy(e) for e in sorted(events, key=sort_key)]

    def candidate_events(
        self, event_type: str, date_from: str | None, date_to: str | None, include_undated: bool
    ) -> list[Event]:
        return self._sorted([
            e for e in self._events.values() if e.event_type == event_type
            and (overlaps(e.date, date_from, date_to)
                 or (include_undated and not e.date and self._published_in(e, date_from, date_to)))])

    @staticmethod
    def _published_in(event: Event, date_from: str | None, date_to: str | None) -> bool:
        """Undated events qualify when one of their reports was published inside the window."""
        if date_from is None and date_to is None:
            return True
        return any(m.published and overlaps(m.published, date_from, date_to) for m in event.mentions)

    def query_events(self, q: EventQuery) -> Iterator[Event]:
        hits = self._sorted([e for e in self._events.values() if event_matches(e, q)])
        return iter(hits[: q.limit] if q.limit is not None else hits)

    def actors(self, query: str | None = None) -> Iterator[ActorSummary]:
        return iter(summarize_actors(participant_rows(self._events.values()), query))

    def actor_events(self, name_or_id: str) -> list[Event]:
        evs = list(self._events.values())
        parts = lambda e: [*e.actors, *e.recipients]  # noqa: E731
        key = _fold(name_or_id)
        for test in (lambda a: a.id == name_or_id, lambda a: _fold(a.name) == key,
                     lambda a: key in _fold(a.name)):
            hits = [e for e in evs if any(test(a) for a in parts(e))]
            if hits:
                return self._sorted(hits)
        return []

    def save_kb_extra(self, extra: KBExtra) -> None:
        for p in extra.people:
            self._people[p.id] = p
        for o in extra.organizations:
            self._orgs[o.code] = o

    def load_kb_extra(self) -> KBExtra:
        return KBExtra(people=[self._people[k] for k in sorted(self._people)],
                       organizations=[self._orgs[k] for k in sorted(self._orgs)])

    def stats(self) -> dict[str, int]:
        evs = list(self._events.values())
        parts = [(e.id, a) for e in evs for a in [*e.actors, *e.recipients]]
        return {
            "documents": len(self._documents), "events": len(evs),
            "actors": len({a.id for _, a in parts if a.id is not None}), "event_actors": len(parts),
            "mentions": sum(len(e.mentions) for e in evs),
            "event_sources": sum(len({m.doc_id for m in e.mentions}) for e in evs),
            "kb_people": len(self._people), "kb_orgs": len(self._orgs),
        }

