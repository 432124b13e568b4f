"""The Store protocol, its query types, and helpers shared by the DuckDB store and the in-memory fake.

All writes go through :meth:`Store.write_batch` (one transaction). Reads return typed records (Event, Document,
ActorSummary, KBExtra): no dicts leak out of a store.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from types import TracebackType
from typing import NamedTuple, Protocol, TypeVar, runtime_checkable

from ..kb.entries import KBExtra
from ..records import Actor, Document, Event


def _fold(text: str) -> str:
    """Case- and accent-insensitive form for name matching ("Guterrés" finds "Guterres")."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class EventQuery:
    """Filters for :meth:`Store.query_events` (all optional, combined with AND).

    ``actor``: an actor id (exact) or a name / surface text substring (case-insensitive), as actor or recipient.
    ``country``: ISO3 code of an actor's or a recipient's country. ``since`` / ``until``: the event date must lie
    within [since, until] ("YYYY", "YYYY-MM" or "YYYY-MM-DD" bounds; undated events are then excluded).
    Results are ordered by event date (undated last), then id.
    """

    actor: str | None = None
    country: str | None = None
    event_type: str | None = None
    status: str | None = None
    since: str | None = None
    until: str | None = None
    limit: int | None = None


class ActorRole(NamedTuple):
    """A role an actor was seen in: ``(role, first_seen, last_seen)`` (also usable as a plain tuple)."""

    role: str  # the role title ("Foreign Minister")
    first_seen: str | None  # first day covered by the earliest dated event in that role (None: all undated)
    last_seen: str | None  # last day covered by the latest dated event in that role


@dataclass
class ActorSummary:
    """One canonical actor as stored: what it is, the roles it was seen in, and how often."""

    id: str
    name: str
    kind: str
    country: str | None = None
    sector: str | None = None
    roles: list[ActorRole] = field(default_factory=list)  # titles only, ordered by first_seen
    aliases: list[str] = field(default_factory=list)  # surface texts seen in evidence sentences
    event_count: int = 0


@runtime_checkable
class Store(Protocol):
    def has_document(self, doc_id: str) -> bool: ...

    def document_ids(self) -> set[str]: ...

    def get_document(self, doc_id: str) -> Document | None: ...

    def candidate_events(
        self, event_type: str, date_from: str | None, date_to: str | None, include_undated: bool
    ) -> list[Event]: ...

    def write_batch(self, documents: list[Document], new_events: list[Event], updated_events: list[Event]) -> None: ...

    def query_events(self, q: EventQuery) -> Iterator[Event]: ...

    def actors(self, query: str | None = None) -> Iterator[ActorSummary]: ...

    def actor_events(self, name_or_id: str) -> list[Event]: ...

    def save_kb_extra(self, extra: KBExtra) -> None: ...

    def load_kb_extra(self) -> KBExtra: ...

    def stats(self) -> dict[str, int]: ...

    def close(self) -> None: ...

    def __enter__(self) -> Store: ...

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None: ...


# --------------------------------------------------------------------------------------------- date bounds


def date_low(value: str | None) -> str | None:
    """First day covered by a (partial) ISO date: "2022" -> "2022-01-01", "2022-09" -> "2022-09-01"."""
    if not value:
        return None
    parts = value.split("-")
    if len(parts) == 1:
        return f"{parts[0]}-01-01"
    if len(parts) == 2:
        return f"{parts[0]}-{parts[1]}-01"
    return value[:10]


def date_high(value: str | None) -> str | None:
    """Last day covered by a (partial) ISO date: "2022" -> "2022-12-31", "2022-02" -> "2022-02-28"."""
    if not value:
        return None
    parts = value.split("-")
    if len(parts) == 1:
        return f"{parts[0]}-12-31"
    if len(parts) == 2:
        try:
            last = calendar.monthrange(int(parts[0]), int(parts[1]))[1]
        except (ValueError, calendar.IllegalMonthError):
            last = 31
        return f"{parts[0]}-{parts[1]}-{last:02d}"
    return value[:10]


def overlaps(event_date: str | None, date_from: str | None, date_to: str | None) -> bool:
    """Whether a (partial) event date may fall within [date_from, date_to] (candidate search for merging)."""
    lo, hi = date_low(event_date), date_high(event_date)
    if lo is None or hi is None:
        return False
    f, t = date_low(date_from), date_high(date_to)
    return (f is None or hi >= f) and (t is None or lo <= t)


def within(event_date: str | None, since: str | None, until: str | None) -> bool:
    """Whether a (partial) event date lies entirely within [since, until] (query filter)."""
    if since is None and until is None:
        return True
    lo, hi = date_low(event_date), date_high(event_date)
    if lo is None or hi is None:
        return False
    s, u = date_low(since), date_high(until)
    return (s is None or lo >= s) and (u is None or hi <= u)


def sort_key(event: Event) -> tuple[int, str, str]:
    lo = date_low(event.date)
    return (1, "", event.id or "") if lo is None else (0, lo, event.id or "")


def _participants(event: Event) -> list[Actor]:
    return [*event.actors, *event.recipients]


def actor_matches(actor: Actor, needle: str) -> bool:
    if actor.id is not None and actor.id == needle:
        return True
    n = _fold(needle)
    return n in _fold(actor.name) or (actor.text is not None and n in _fold(actor.text))


def event_matches(event: Event, q: EventQuery) -> bool:
    """The query semantics, spelled out on one Event (the DuckDB store implements the same in SQL)."""
    if q.event_type is not None and event.event_type != q.event_type:
        return False
    if q.status is not None and event.status != q.status:
        return False
    if q.country is not None and not any(a.country == q.country for a in _participants(event)):
        return False
    if q.actor is not None and not any(actor_matches(a, q.actor) for a in _participants(event)):
        return False
    return within(event.date, q.since, q.until)


@dataclass(frozen=True)
class ParticipantRow:
    """One actor slot of one stored event: the input of :func:`summarize_actors` (both stores produce these)."""

    actor_id: str
    name: str
    kind: str
    country: str | None
    sector: str | None
    title: str | None
    text: str | None
    event_id: str
    event_date: str | None


def participant_rows(events: Iterable[Event]) -> Iterator[ParticipantRow]:
    for ev in events:
        for a in [*ev.actors, *ev.recipients]:
            if a.id is not None:
                yield ParticipantRow(a.id, a.name, a.kind, a.country, a.sector, a.role, a.text, ev.id or "", ev.date)


def summarize_actors(rows: Iterable[ParticipantRow], query: str | None = None) -> list[ActorSummary]:
    """Actor summaries, most events first. Name, kind, country and sector are the ones seen in the most events
    (so one wrong resolution does not relabel an actor); ``query`` matches an id exactly or, case-insensitively,
    part of any name or surface text seen for the actor."""
    attrs: dict[str, dict[tuple[str, str, str | None, str | None], set[str]]] = {}
    events: dict[str, set[str]] = {}
    roles: dict[str, dict[str, list[str | None]]] = {}
    aliases: dict[str, set[str]] = {}
    for r in rows:
        attrs.setdefault(r.actor_id, {}).setdefault((r.name, r.kind, r.country, r.sector), set()).add(r.event_id)
        events.setdefault(r.actor_id, set()).add(r.event_id)
        if r.text is not None:
            aliases.setdefault(r.actor_id, set()).add(r.text)
        if r.title is not None:
            span = roles.setdefault(r.actor_id, {}).setdefault(r.title, [None, None])
            lo, hi = date_low(r.event_date), date_high(r.event_date)
            if lo is not None and (span[0] is None or lo < span[0]):
                span[0] = lo
            if hi is not None and (span[1] is None or hi > span[1]):
                span[1] = hi
    out: list[ActorSummary] = []
    needle = _fold(query) if query else None
    for aid, seen in attrs.items():
        names = aliases.get(aid, set()) | {k[0] for k in seen}
        if needle is not None and aid != query and not any(needle in _fold(n) for n in names):
            continue
        name, kind, country, sector = min(
            seen, key=lambda k: (-len(seen[k]), k[2] is None, k[3] is None, k[0], k[1], k[2] or "", k[3] or ""))
        role_list = [ActorRole(t, f, last) for t, (f, last) in roles.get(aid, {}).items()]
        role_list.sort(key=lambda x: (x.first_seen is None, x.first_seen or "", x.role))
        out.append(ActorSummary(id=aid, name=name, kind=kind, country=country, sector=sector, roles=role_list,
                                aliases=sorted(aliases.get(aid, set())), event_count=len(events[aid])))
    out.sort(key=lambda x: (-x.event_count, x.name, x.id))
    return out


def check_events(events: list[Event]) -> None:
    from ..errors import StoreError

    for ev in events:
        if not ev.id:
            raise StoreError(f"event {ev.event_type}/{ev.cameo} has no id",
                             "Give every event an id before writing (process_batch does)")


_S = TypeVar("_S", bound="StoreLifecycle")


class StoreLifecycle:
    """Context-manager plumbing shared by the stores: ``with open_store(path) as store: ...`` closes it."""

    def close(self) -> None:
        pass

    def __enter__(self: _S) -> _S:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()
