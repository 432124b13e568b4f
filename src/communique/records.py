"""Typed records that flow through the pipeline.

Every stage takes and returns these records; nothing downstream of the reader passes loose dicts.
Offsets are character offsets into ``Document.text`` (the document's text as read).

An event and its parts (``Event``, ``Actor``, ``Location``, ``Mention``, ``Span``, ``ActorRef``) are msgspec
``Struct`` classes: a listing decodes the store's records (JSON arrays, ``store.duckdb_layout.RECORD_SQL``)
straight into them, in C, so each class's fields are in its record's order (``array_like``; an event's record
stops before ``id``, which the store sets). Copy one with changes by :func:`msgspec.structs.replace`. The parts
hold no other objects, so the collector does not track them (``gc=False``). The rest are dataclasses.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import msgspec
from msgspec import field as struct_field
from msgspec.structs import asdict as struct_asdict

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
STATUSES: tuple[str, ...] = ("occurred", "planned", "negated", "hypothetical")
ACTOR_KINDS: tuple[str, ...] = ("person", "organization", "country", "group")
STORY_DAY_RULE = "story-day"  # date_rule prefix of a date inferred from the story, not stated for the event
RECIPROCAL_RULE = "coref:reciprocal"  # a recipient read from "each other": each side acts on the other
NEWS_WITHOUT_DAY_RULE = "none:perfect"  # date_rule of news the story gives no day for ("has beefed up security")
ANNOUNCED_PLAN_RULE = "none:report-date-of-plan"  # date_rule of a plan announced on a day that is not its own ("said
# Tuesday it would sign"): news of that day, with no day of its own
PRECISIONS: tuple[str, ...] = ("day", "week", "month", "year")  # finest first; see communique.timespan


@contextmanager
def gc_paused(keep: bool = False) -> Iterator[None]:
    """Pause the cyclic garbage collector while many records (or rows made of them) are built: they hold no
    cycles, and its passes over the growing heap cost a third to a half of a large listing's or export's time.
    Reference counting still frees everything; the collector runs again once the block ends.

    ``keep``: the caller keeps what the block builds (a listing's events). The collector's first pass after the
    block would scan every object built (its young generation holds them all), a later pass of its middle
    generation again, before they reach its oldest one, which only its full passes scan (a listing of 11,000
    events: 50 to 100 ms more on a 2-core machine); with ``keep`` they are moved there at once (``gc.freeze``
    then ``gc.unfreeze``: two splices of its lists). The young generations are collected as usual when the
    block begins, so only what the block makes skips them. Nothing lives longer: reference counting frees what
    holds no cycle whatever its generation, and full passes still scan everything (freeing cycles). Not done
    where the process has frozen objects itself (``gc.freeze`` in a pre-fork server): ``gc.unfreeze`` would
    release them.
    """
    enabled = gc.isenabled()
    keep = keep and enabled and gc.get_freeze_count() == 0
    if keep:
        gc.collect(1)
    gc.disable()
    try:
        yield
    finally:
        if keep and gc.get_freeze_count() == 0:
            gc.freeze()
            gc.unfreeze()
        if enabled:
            gc.enable()


@dataclass(frozen=True)
class Document:
    """One article as read from disk.

    ``published`` is an ISO date "YYYY-MM-DD" or None when no date could be found.
    ``published_rule`` says how it was found ("header-line", "dateline", "metadata", ...).
    """

    id: str
    text: str
    path: str | None = None
    url: str | None = None
    title: str | None = None
    source: str | None = None
    published: str | None = None
    published_rule: str | None = None
    body_start: int = 0  # text before this offset is page residue (e.g. a " date YYYY-MM-DD ..." header line)


@dataclass(frozen=True)
class ReadFailure:
    """A file (or a line of one) that could not be read; the run goes on."""

    path: str
    problem: str
    fix: str
    line: int | None = None

    def message(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.problem}. {self.fix}"


class Span(msgspec.Struct, frozen=True, array_like=True, gc=False):
    """A piece of a document's text: ``doc.text[start:end] == text``."""

    text: str
    start: int
    end: int


class Actor(msgspec.Struct, array_like=True, gc=False):
    """A resolved participant in an event.

    ``id`` is canonical across documents (e.g. "person:jeyhun-bayramov", "country:AZE", "org:UNO").
    ``resolution`` records why the resolution was made (rule, alias, KB entry) so a user can audit it.
    ``text`` is the surface form in the evidence sentence.
    """

    id: str | None
    name: str
    kind: str  # person | organization | country | group
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    resolution: str | None = None
    text: str | None = None

    def public(self) -> dict[str, Any]:
        return {
            "id": self.id, "name": self.name, "kind": self.kind, "country": self.country,
            "sector": self.sector, "role": self.role,
        }


#: The characters :func:`name_key` folds (ASCII whitespace: the store's SQL spells the same key with this class).
NAME_SPACE = "[ \t\n\r\f]+"


def name_key(name: str) -> str:
    """How an unresolved participant's name is compared across reports: lower-cased, runs of whitespace as one
    space, no leading "the" ("The farmers union" and "farmers  union" agree). The DuckDB store computes the same
    key in SQL (``store.duckdb_candidates.NAME_KEY_SQL``), so keep the two in step."""
    key = re.sub(NAME_SPACE, " ", name.lower()).strip(" ")
    return key[4:] if key.startswith("the ") else key


class Location(msgspec.Struct, array_like=True, gc=False):
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    resolution: str | None = None

    def public(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "lat": self.lat, "lon": self.lon}


@dataclass
class ResolvedDate:
    """An event date: ``value`` is "YYYY-MM-DD", "YYYY-Www" (ISO week), "YYYY-MM" or "YYYY" at ``precision``
    day|week|month|year (``communique.timespan`` gives the days each covers)."""

    value: str | None
    precision: str | None
    text: str | None
    rule: str


class Mention(msgspec.Struct, frozen=True, array_like=True, gc=False):
    """Evidence: one sentence of one document reporting an event."""

    doc_id: str
    path: str | None
    url: str | None
    published: str | None
    sentence: str
    start: int
    end: int


class ActorRef(msgspec.Struct, array_like=True, gc=False):
    """An unresolved actor mention found by the event finder (before actor resolution).

    ``head`` is the character offset of the phrase's syntactic head; ``start``/``end`` bound the phrase.
    """

    text: str
    start: int
    end: int
    head: int


class Event(msgspec.Struct, array_like=True):
    """One political event. Before merging it has one mention; after merging, all of them.

    The fields are in the order of the store's record (``store.duckdb_layout.RECORD_SQL``), which a listing
    decodes into events as they are: keep the two in step (``tests/store/test_store_records.py`` checks)."""

    event_type: str
    cameo: str
    status: str = "occurred"
    mode: str | None = None
    context: list[str] = struct_field(default_factory=list)
    date: str | None = None
    date_precision: str | None = None
    date_text: str | None = None
    confidence: float = 0.5
    # Audit trail and inputs for later stages (not part of the public JSON)
    rule: str | None = None  # which pattern / lexicon entry produced it
    trigger: Span | None = None  # the word(s) that signal the event
    location: Location | None = None
    location_text: str | None = None
    actor_refs: list[ActorRef] = struct_field(default_factory=list)
    recipient_refs: list[ActorRef] = struct_field(default_factory=list)
    date_rule: str | None = None
    actors: list[Actor] = struct_field(default_factory=list)
    recipients: list[Actor] = struct_field(default_factory=list)
    mentions: list[Mention] = struct_field(default_factory=list)
    id: str | None = None  # not in the store's record: the store sets it
    gate_features: dict[str, float] | None = None  # the confidence model's inputs (pipeline/gate), not stored
    finder_score: float | None = None  # the event finder's own rule score, before the gate's calibrated confidence

    @property
    def stated_date(self) -> str | None:
        """The date the text states for the event; None when it states none (no date, or only the story's day that
        ``dates/story_day.py`` gives an undated report, rule ``story-day:...``): merging places such reports by
        their publication dates, as undated ones."""
        return None if (self.date_rule or "").startswith(STORY_DAY_RULE) else self.date

    @property
    def sources(self) -> int:
        return len({m.doc_id for m in self.mentions})

    def explained(self) -> dict[str, Any]:
        """The public record plus why each part was decided (`communique events --explain`)."""
        out = self.public()
        out["why"] = {
            "rule": self.rule,
            "trigger": self.trigger.text if self.trigger else None,
            "date_rule": self.date_rule,
            "location": self.location.resolution if self.location else None,
            "actors": [{"name": a.name, "text": a.text, "resolution": a.resolution} for a in self.actors],
            "recipients": [{"name": a.name, "text": a.text, "resolution": a.resolution} for a in self.recipients],
        }
        return out

    def public(self) -> dict[str, Any]:
        """The event as users see it (`communique events --format jsonl`)."""
        return {
            "id": self.id,
            "event_type": self.event_type,
            "mode": self.mode,
            "context": list(self.context),
            "cameo": self.cameo,
            "status": self.status,
            "date": self.date,
            "date_precision": self.date_precision,
            "date_text": self.date_text,
            "actors": [a.public() for a in self.actors],
            "recipients": [a.public() for a in self.recipients],
            "location": self.location.public() if self.location else None,
            "confidence": round(self.confidence, 3),
            "sources": self.sources,
            "mentions": [struct_asdict(m) for m in self.mentions],
        }


@dataclass
class DocResult:
    """What processing one document yields: the document and its (not yet cross-document merged) events."""

    document: Document
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    error: str | None = None  # processing failed: the document is not stored, so a later run retries it
