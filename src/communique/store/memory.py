"""MemoryStore: an in-memory Store with the same semantics as DuckDBStore, for tests and one-off runs.

Events are deep-copied on the way in and out, so callers cannot change stored state by mutating what they hold,
just as with a database.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace

from ..kb.entries import KBExtra, OrgEntry, PersonEntry
from ..records import Document, Event
from .base import (
    ActorSummary,
    CandidateSpec,
    EventQuery,
    Sharing,
    StoreLifecycle,
    UserDictionary,
    _fold,
    candidate_key,
    check_events,
    display_names,
    event_matches,
    overlaps,
    participant_rows,
    sort_key,
    summarize_actors,
    with_display_names,
)


class MemoryStore(StoreLifecycle):
    def __init__(self) -> None:
        self._documents: dict[str, Document] = {}
        self._events: dict[str, Event] = {}
        self._people: dict[str, PersonEntry] = {}
        self._orgs: dict[str, OrgEntry] = {}
        self._dictionaries: dict[tuple[str, str], UserDictionary] = {}

    def has_document(self, doc_id: str) -> bool:
        return doc_id in self._documents

    def document_ids(self) -> set[str]:
        return set(self._documents)

    def known_documents(self, ids: Sequence[str]) -> set[str]:
        return {i for i in ids if i in self._documents}

    def get_document(self, doc_id: str) -> Document | None:
        return self._documents.get(doc_id)

    def get_documents(self, doc_ids: Iterable[str]) -> dict[str, Document]:
        return {i: d for i in doc_ids if (d := self._documents.get(i)) is not None}

    def write_batch(self, documents: list[Document], new_events: list[Event], updated_events: list[Event]) -> None:
        events = list({ev.id: ev for ev in [*new_events, *updated_events]}.values())
        check_events(events)
        staged = copy.deepcopy(events)  # build everything first: a failure leaves the store unchanged
        for d in documents:
            self._documents.setdefault(d.id, d)
        for ev in staged:
            self._events[ev.id or ""] = ev

    def _names(self) -> dict[str, str]:
        return display_names((a.id, a.name, a.kind, 1) for e in self._events.values()
                             for a in [*e.actors, *e.recipients] if a.id is not None)

    def _sorted(self, events: list[Event], display: bool = True) -> list[Event]:
        """Copies in query order; ``display``: participants under their id's display name (as users see them).
        Merge candidates (``display=False``) are ordered by date, then id, as in DuckDBStore."""
        key = sort_key if display else candidate_key
        out = [copy.deepcopy(e) for e in sorted(events, key=key)]
        if display:
            names = self._names()
            for e in out:
                with_display_names(e, names)
        return out

    def candidate_events(
        self, event_type: str, date_from: str | None, date_to: str | None, include_undated: bool,
        sharing: Sharing | None = None,
    ) -> list[Event]:
        """As stored (names as each report gave them): these are merged and written back."""
        return self._sorted([
            e for e in self._events.values() if e.event_type == event_type
            and (sharing is None or sharing.admits(e))
            and (overlaps(e.date, date_from, date_to)
                 or (include_undated and not e.date and self._published_in(e, date_from, date_to)))],
            display=False)

    def candidate_sets(self, specs: Sequence[CandidateSpec]) -> list[list[Event]]:
        return [self.candidate_events(*spec) for spec in specs]

    @staticmethod
    def _published_in(event: Event, date_from: str | None, date_to: str | None) -> bool:
        """Undated events qualify when one of their reports was published inside the window."""
        if date_from is None and date_to is None:
            return True
        return any(m.published and overlaps(m.published, date_from, date_to) for m in event.mentions)

    def query_events(self, q: EventQuery) -> Iterator[Event]:
        # an actor also matches by its display name (which a given report may not have used)
        names = self._names()
        by_name = {aid for aid, n in names.items() if q.actor is not None and _fold(q.actor) in _fold(n)}
        rest = replace(q, actor=None)
        hits = self._sorted([e for e in self._events.values() if event_matches(e, q) or (
            by_name and event_matches(e, rest) and any(a.id in by_name for a in [*e.actors, *e.recipients]))])
        return iter(hits[: q.limit] if q.limit is not None else hits)

    def count_events(self, q: EventQuery) -> int:
        return sum(1 for _ in self.query_events(replace(q, limit=None)))

    def get_event(self, event_id: str) -> Event | None:
        ev = self._events.get(event_id)
        return self._sorted([ev])[0] if ev is not None else None

    def actors(self, query: str | None = None) -> Iterator[ActorSummary]:
        return iter(summarize_actors(participant_rows(self._events.values()), query, self._names()))

    def actor_events(self, name_or_id: str) -> list[Event]:
        evs = list(self._events.values())
        parts = lambda e: [*e.actors, *e.recipients]  # noqa: E731
        key = _fold(name_or_id)
        names = self._names()
        shown = lambda a: [a.name, names.get(a.id, a.name)] if a.id else [a.name]  # noqa: E731
        for test in (lambda a: a.id == name_or_id, lambda a: any(_fold(n) == key for n in shown(a)),
                     lambda a: any(key in _fold(n) for n in shown(a))):
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

    def save_dictionary(self, dictionary: UserDictionary) -> bool:
        key = (dictionary.kind, dictionary.name)
        old = self._dictionaries.get(key)
        self._dictionaries[key] = dictionary
        return old is None or old.sha1 != dictionary.sha1

    def dictionaries(self) -> list[UserDictionary]:
        return [self._dictionaries[k] for k in sorted(self._dictionaries)]

    def stats(self) -> dict[str, int]:
        evs = list(self._events.values())
        parts = [(e.id, a) for e in evs for a in [*e.actors, *e.recipients]]
        return {
            "documents": len(self._documents), "events": len(evs),
            "actors": len({a.id for _, a in parts if a.id is not None}), "event_actors": len(parts),
            "mentions": sum(len(e.mentions) for e in evs),
            "event_sources": sum(len({m.doc_id for m in e.mentions}) for e in evs),
            "kb_people": len(self._people), "kb_orgs": len(self._orgs),
            "kb_dictionaries": len(self._dictionaries),
        }

