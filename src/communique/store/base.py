"""The Store protocol, its query types, and helpers shared by the DuckDB store and the in-memory fake.

All writes go through :meth:`Store.write_batch` (one transaction). Reads return typed records (Event, Document,
ActorSummary, KBExtra): no dicts leak out of a store.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from types import TracebackType
from typing import NamedTuple, Protocol, TypeVar, runtime_checkable

from ..errors import StoreError
from ..kb.entries import KBExtra
from ..records import Actor, Document, Event, name_key
from ..timespan import date_high, date_low


def _fold(text: str) -> str:
    """Case- and accent-insensitive form for name matching ("Guterrés" finds "Guterres")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))

SCHEMA_VERSION = 3  # 2: date-ordered layout with look-up indexes; 3: integer keys and records (store.duckdb_layout);
#                    1 and 2 are migrated
DICTIONARY_KINDS: tuple[str, ...] = ("verbs", "agents", "discards")


@dataclass(frozen=True)
class UserDictionary:
    """A user PETRARCH dictionary kept in the store as written (``communique kb import``): ``kind`` is verbs,
    agents or discards; ``name`` its file name (importing a file of the same kind and name replaces it);
    ``sha1`` of ``text``. It is parsed again on each ingest, so parser fixes reach stored dictionaries."""

    kind: str
    name: str
    text: str
    sha1: str


@dataclass(frozen=True)
class EventQuery:
    """Filters for :meth:`Store.query_events` (all optional, combined with AND).

    ``actor``: an actor id (exact) or a name / surface text substring (case-insensitive), as actor or recipient.
    ``country``: ISO3 code of an actor's or a recipient's country. ``since`` / ``until``: the event date must lie
    within [since, until] ("YYYY", "YYYY-MM" or "YYYY-MM-DD" bounds; undated events are then excluded, and
    :func:`undated_left_out` counts them). ``reported_since`` / ``reported_until``: the first publication date
    among the event's reports (:func:`first_reported`) must lie within those bounds (events no report of which has
    a date are then excluded). ``dated``: True keeps only events with a date of their own, False only undated ones.
    Results are ordered by event date (undated last), then first report, then id.
    ``min_confidence``: the event's confidence (the gate's probability that it is right) is at least this.
    """

    actor: str | None = None
    country: str | None = None
    event_type: str | None = None
    status: str | None = None
    since: str | None = None
    until: str | None = None
    limit: int | None = None
    reported_since: str | None = None
    reported_until: str | None = None
    dated: bool | None = None
    min_confidence: float | None = None


@dataclass(frozen=True)
class Sharing:
    """Narrows :meth:`Store.candidate_events` to events that could still score as the same event when the date
    alone cannot (a month- or year-precision date): one with a participant id in ``actor_ids``, a place named as
    one of ``places`` (compared stripped and lower-cased), a report from one of ``doc_ids``, or an unresolved
    participant whose :func:`~communique.records.name_key` is in ``names``."""

    actor_ids: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()
    doc_ids: frozenset[str] = frozenset()
    names: frozenset[str] = frozenset()

    def admits(self, event: Event) -> bool:
        if any(a.id in self.actor_ids for a in _participants(event) if a.id is not None):
            return True
        if any(name_key(a.name) in self.names for a in _participants(event) if a.id is None):
            return True
        if event.location is not None and event.location.name.strip().lower() in self.places:
            return True
        return any(m.doc_id in self.doc_ids for m in event.mentions)

    def union(self, other: Sharing) -> Sharing:
        return Sharing(self.actor_ids | other.actor_ids, self.places | other.places, self.doc_ids | other.doc_ids,
                       self.names | other.names)


#: A merge-candidate window: (event type, date from, date to, include undated, sharing), as
#: :meth:`Store.candidate_events` takes them.
CandidateSpec = tuple[str, str | None, str | None, bool, Sharing | None]


def display_name(counts: dict[str, int], kind: str | None) -> str:
    """The one name shown for an actor id, from the names its event rows carry and how often (rule
    ``display-name``): for a person the fullest name (most words: "Jeyhun Bayramov" over "Bayramov"), otherwise
    the most frequent; then the longer, then one with diacritics ("António" over "Antonio"), then alphabetical.
    Names written from a KB entry are already the entry's canonical name (the ingest driver sees to that)."""

    def key(name: str) -> tuple[int, int, int, int, str]:
        words = len(name.split()) if kind == "person" else 0
        return (-words, -counts[name], -len(name), -int(_fold(name) != name.casefold()), name)

    return min(counts, key=key)


def display_names(rows: Iterable[tuple[str, str, str | None, int]]) -> dict[str, str]:
    """actor id -> display name, from ``(actor_id, name, kind, count)`` rows (see :func:`display_name`)."""
    counts: dict[str, dict[str, int]] = {}
    kinds: dict[str, dict[str | None, int]] = {}
    for aid, name, kind, n in rows:
        counts.setdefault(aid, {})[name] = counts.get(aid, {}).get(name, 0) + n
        kinds.setdefault(aid, {})[kind] = kinds.get(aid, {}).get(kind, 0) + n
    out = {}
    for aid, names in counts.items():
        k = kinds[aid]
        kind = min(k, key=lambda x: (-k[x], x or ""))
        out[aid] = display_name(names, kind)
    return out


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

    def get_documents(self, doc_ids: Iterable[str]) -> dict[str, Document]:
        """The stored documents among ``doc_ids``, by id, in one look-up (an export reads thousands)."""
        ...

    def known_documents(self, ids: Sequence[str]) -> set[str]:
        """Those of ``ids`` already stored (the ingest driver asks once per batch)."""

    def candidate_events(
        self, event_type: str, date_from: str | None, date_to: str | None, include_undated: bool,
        sharing: Sharing | None = None,
    ) -> list[Event]: ...

    def candidate_sets(self, specs: Sequence[CandidateSpec]) -> list[list[Event]]:
        """``[candidate_events(*spec) for spec in specs]``, for a whole batch's windows at once (a store may
        answer them together)."""

    def write_batch(self, documents: list[Document], new_events: list[Event], updated_events: list[Event]) -> None: ...

    def query_events(self, q: EventQuery) -> Iterator[Event]: ...

    def count_events(self, q: EventQuery) -> int: ...

    def get_event(self, event_id: str) -> Event | None: ...

    def actors(self, query: str | None = None) -> Iterator[ActorSummary]: ...

    def actor_events(self, name_or_id: str) -> list[Event]: ...

    def save_kb_extra(self, extra: KBExtra) -> None: ...

    def load_kb_extra(self) -> KBExtra: ...

    def save_dictionary(self, dictionary: UserDictionary) -> bool: ...

    def dictionaries(self) -> list[UserDictionary]: ...

    def stats(self) -> dict[str, int]: ...

    def close(self) -> None: ...

    def release(self) -> None:
        """Let other processes open the store until the next use (the ingest driver calls it between batches)."""

    def __enter__(self) -> Store: ...

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None: ...


# --------------------------------------------------------------------------------------------- date bounds


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


def first_reported(event: Event) -> str | None:
    """The earliest publication date among the event's mentions (None when no article had one)."""
    return min((m.published for m in event.mentions if m.published), default=None)


def reported_within(event: Event, since: str | None, until: str | None) -> bool:
    """Whether the event's first report (its day, "YYYY-MM-DD") lies within [since, until] (query filter)."""
    if since is None and until is None:
        return True
    first = first_reported(event)
    if first is None:
        return False
    day = first[:10]
    s, u = date_low(since), date_high(until)
    return (s is None or day >= s) and (u is None or day <= u)


STAT_LABELS: dict[str, str] = {
    "documents": "articles stored", "events": "events (merged across articles)",
    "events_undated": "events without a date of their own", "actors": "actors (distinct resolved ids)",
    "event_actors": "parties of events (actor and recipient slots)", "mentions": "evidence sentences",
    "event_sources": "event-article links (sources)", "kb_people": "people imported with `kb import`",
    "kb_orgs": "organisations imported with `kb import`",
    "kb_dictionaries": "PETRARCH dictionaries imported with `kb import`",
}


def labelled_stats(store: Store) -> list[dict[str, object]]:
    """``communique stats``: each count with what it counts (``what``), and the store table it comes from."""
    counts = store.stats()
    rows: list[dict[str, object]] = []
    for table, n in counts.items():
        rows.append({"what": STAT_LABELS.get(table, table), "count": n, "table": table})
        if table == "events":
            rows.append({"what": STAT_LABELS["events_undated"], "count": store.count_events(EventQuery(dated=False)),
                         "table": "events"})
    return rows


def undated_left_out(store: Store, q: EventQuery) -> int:
    """How many undated events the date filter (``since`` / ``until``) of ``q`` left out: events that match every
    other filter of ``q`` but have no date of their own (0 when ``q`` has no date filter). Listings say so, since an
    undated event may well have happened inside the dates (its reports' publication dates are a better guide:
    ``reported_since`` / ``reported_until``)."""
    if q.since is None and q.until is None:
        return 0
    return store.count_events(replace(q, since=None, until=None, limit=None, dated=False))


def candidate_key(event: Event) -> tuple[int, str, str]:
    """Order of merge candidates: by date (undated last), then id (``DuckDBStore._order(listing=False)``)."""
    lo = date_low(event.date)
    return (int(lo is None), lo or "", event.id or "")


def sort_key(event: Event) -> tuple[int, str, str, str]:
    """Listing order: dated events by date, then undated ones; ties by first report ("~" = never), then id.
    ``DuckDBStore`` orders its SQL the same way."""
    lo = date_low(event.date)
    return (int(lo is None), lo or "", first_reported(event) or "~", event.id or "")


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
    if q.min_confidence is not None and event.confidence < q.min_confidence:
        return False
    if q.country is not None and not any(a.country == q.country for a in _participants(event)):
        return False
    if q.actor is not None and not any(actor_matches(a, q.actor) for a in _participants(event)):
        return False
    if q.dated is not None and bool(date_low(event.date)) != q.dated:
        return False
    return within(event.date, q.since, q.until) and reported_within(event, q.reported_since, q.reported_until)


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


# Pronouns and group anaphors are how a report referred to an actor, not names of it: kept in the evidence
# (``Actor.text``) but not listed as aliases ("I", "the sides", "the two countries").
_ANAPHORS = frozenset({
    "i", "me", "my", "we", "us", "our", "he", "him", "his", "she", "her", "they", "them", "their", "it", "its",
    "you", "each other", "one another", "both", "the sides", "both sides", "the two sides", "the parties",
    "both parties", "the two parties", "all parties", "the two", "the two countries", "both countries",
    "the two leaders", "both leaders", "the two ministers", "the two nations", "both nations",
})


def is_anaphor(text: str) -> bool:
    """A pronoun or group anaphor ("He", "the sides", "The two countries"), not a name."""
    return _fold(text).strip(" .,'") in _ANAPHORS


def summarize_actors(rows: Iterable[ParticipantRow], query: str | None = None,
                     names: dict[str, str] | None = None) -> list[ActorSummary]:
    """Actor summaries, most events first.

    The name is the id's display name (``names``, else :func:`display_names` over the rows); kind, country and
    sector are the ones seen in the most events (so one wrong resolution does not relabel an actor). Aliases are
    every surface text and every other name seen for the id. ``query`` matches an id exactly or,
    case-insensitively, part of any name or surface text seen for the actor."""
    attrs: dict[str, dict[tuple[str, str | None, str | None], set[str]]] = {}
    events: dict[str, set[str]] = {}
    roles: dict[str, dict[str, list[str | None]]] = {}
    aliases: dict[str, set[str]] = {}
    name_counts: dict[str, dict[str, int]] = {}
    for r in rows:
        attrs.setdefault(r.actor_id, {}).setdefault((r.kind, r.country, r.sector), set()).add(r.event_id)
        events.setdefault(r.actor_id, set()).add(r.event_id)
        seen_names = name_counts.setdefault(r.actor_id, {})
        seen_names[r.name] = seen_names.get(r.name, 0) + 1
        if r.text is not None and not is_anaphor(r.text):
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
        kind, country, sector = min(
            seen, key=lambda k: (-len(seen[k]), k[1] is None, k[2] is None, k[0], k[1] or "", k[2] or ""))
        name = (names or {}).get(aid) or display_name(name_counts[aid], kind)
        every = aliases.get(aid, set()) | set(name_counts[aid]) | {name}
        if needle is not None and aid != query and not any(needle in _fold(n) for n in every):
            continue
        role_list = [ActorRole(t, f, last) for t, (f, last) in roles.get(aid, {}).items()]
        role_list.sort(key=lambda x: (x.first_seen is None, x.first_seen or "", x.role))
        out.append(ActorSummary(id=aid, name=name, kind=kind, country=country, sector=sector, roles=role_list,
                                aliases=sorted(every - {name}), event_count=len(events[aid])))
    out.sort(key=lambda x: (-x.event_count, x.name, x.id))
    return out


GROUP_PREFIX = "group:"


def with_display_names(event: Event, names: dict[str, str]) -> Event:
    """The event with each resolved participant shown under its id's display name (in place; returns it).
    The surface text (``Actor.text``) and the resolution are left as they were: they are the evidence.
    Group ids (``group:GEO-CVL``) are coarse country+sector keys shared by different groups ("protesters",
    "citizens"), so a group keeps the name its own report gave it."""
    for a in _participants(event):
        if a.id is not None and a.id in names and not a.id.startswith(GROUP_PREFIX):
            a.name = names[a.id]
    return event


def check_events(events: list[Event]) -> None:
    for ev in events:
        if not ev.id:
            raise StoreError(f"event {ev.event_type}/{ev.cameo} has no id",
                             "Give every event an id before writing (process_batch does)")


_S = TypeVar("_S", bound="StoreLifecycle")


class StoreLifecycle:
    """Context-manager plumbing shared by the stores: ``with open_store(path) as store: ...`` closes it."""

    def close(self) -> None:
        pass

    def release(self) -> None:
        """Let other processes open the store until its next use (nothing to do for a store in memory)."""

    def __enter__(self: _S) -> _S:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()
