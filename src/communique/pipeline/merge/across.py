"""Merge across articles: which stored events could be the same event (candidate windows, what a candidate must
share), the merge plan for a document's events, and the clustering the ECB+ evaluation scores."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ...records import Event, name_key
from ...store.base import Sharing
from ...timespan import date_high, date_low
from .combine import combine
from .score import (
    CLUSTER_THRESHOLD,
    MERGE_THRESHOLD,
    same_event,
)


@dataclass
class MergePlan:
    """``attach[i] = j``: new event i is the same as existing event j; ``create``: new events to store as new.

    ``why[i]``: the score that decided new event i's attachment (for audit).
    """

    attach: dict[int, int] = field(default_factory=dict)
    create: list[int] = field(default_factory=list)
    why: dict[int, str] = field(default_factory=dict)


def merge_into(existing: list[Event], new: list[Event]) -> MergePlan:
    """Plan how one document's new events (already merged within the document) join the stored ones.

    Each new event attaches to the best-scoring existing event at or above MERGE_THRESHOLD (ties: the earliest);
    otherwise it is created (new events are not merged with each other here: that is merge_within_document's
    job, and a driver that batches documents should call this once per document).
    Deterministic; merging the same document twice attaches every event to itself (nothing new is created).
    """
    plan = MergePlan()
    for i, ev in enumerate(new):
        best_j, best = -1, 0.0
        for j, ex in enumerate(existing):
            s = same_event(ex, ev)
            if s > best:
                best_j, best = j, s
        if best_j >= 0 and best >= MERGE_THRESHOLD:
            plan.attach[i] = best_j
            plan.why[i] = f"same_event={best:.2f} with existing {best_j}"
        else:
            plan.create.append(i)
            plan.why[i] = f"no match (best {best:.2f})"
    return plan


def cluster(events: list[Event], same_period: bool = False, threshold: float | None = None) -> list[list[int]]:
    """Group event reports into events: average-link agglomerative clustering over :func:`same_event` scores,
    stopping when no two clusters average at least ``threshold`` (default :data:`CLUSTER_THRESHOLD`).

    Returns clusters of indices (each sorted; clusters ordered by first index). Deterministic.
    """
    n = len(events)
    if n == 0:
        return []
    threshold = CLUSTER_THRESHOLD if threshold is None else threshold
    sim = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            sim[i][j] = sim[j][i] = same_event(events[i], events[j], same_period)
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    while True:
        best, pair = threshold, None
        keys = sorted(members)
        for x_i, x in enumerate(keys):
            row = sim[x]
            for y in keys[x_i + 1 :]:
                if row[y] > best or (row[y] == best and pair is None and row[y] >= threshold):
                    best, pair = row[y], (x, y)
        if pair is None:
            break
        x, y = pair
        nx, ny = len(members[x]), len(members[y])
        for z in members:
            if z not in (x, y):
                v = (nx * sim[x][z] + ny * sim[y][z]) / (nx + ny)
                sim[x][z] = sim[z][x] = v
        members[x] = sorted(members[x] + members.pop(y))
    return sorted(members.values(), key=lambda c: c[0])


# ------------------------------------------------------------------------------------------ stored candidates

RECENT_WINDOW_DAYS = 10  # an undated report may refer to an event this many days before its publication


def _shift(iso: str, days: int) -> str:
    """``iso`` moved by ``days``, clamped to the calendar (a date near year 1 or 9999 does not overflow)."""
    try:
        return (dt.date.fromisoformat(iso[:10]) + dt.timedelta(days=days)).isoformat()
    except OverflowError:
        return (dt.date.min if days < 0 else dt.date.max).isoformat()
    except ValueError:
        return iso


def candidate_window(event: Event) -> tuple[str | None, str | None, bool]:
    """The date range of stored events that could be the same event, and whether undated ones qualify."""
    published = event.mentions[0].published if event.mentions else None
    if event.date:
        lo, hi = date_low(event.date) or event.date, date_high(event.date) or event.date
        return _shift(lo, -RECENT_WINDOW_DAYS), _shift(hi, RECENT_WINDOW_DAYS), True
    if published:
        return _shift(published, -RECENT_WINDOW_DAYS), _shift(published, RECENT_WINDOW_DAYS), True
    return None, None, False


def coarse(event: Event) -> bool:
    """A week-, month- or year-precision date: its candidate window is long, so candidates are narrowed by
    :func:`sharing` (see there why that changes no merge)."""
    return bool(event.date) and event.date_precision in ("week", "month", "year")


def sharing(event: Event) -> Sharing:
    """What a stored event must share with ``event`` to possibly be the same event when ``event`` has a coarse
    date (rule ``candidates:sharing``).

    ``same_event`` reaches MERGE_THRESHOLD only with a shared participant id (any participant overlap
    scores it; disjoint ones subtract PENALTY_DISJOINT), or, when one side has no resolved participant, with the
    same place (W_TRIGGER - PENALTY_UNKNOWN_PARTICIPANTS + W_PLACE; the W_DAY bonus needs day precision on both
    sides), or for a report from the same document. A stored event sharing none of these cannot be merged with
    ``event``, so leaving it out changes no result and bounds a year's candidates by its actors, not its type.
    With no resolved participant shared, the same unresolved names also avoid the penalty for unknown ones
    (:func:`~.score.same_named_parties`), so a stored event naming one of ``event``'s unresolved parties qualifies.
    """
    parties = [*event.actors, *event.recipients]
    ids = frozenset(a.id for a in parties if a.id)
    names = frozenset(name_key(a.name) for a in parties if not a.id and name_key(a.name))
    places = frozenset({event.location.name.strip().lower()}) if event.location is not None else frozenset()
    return Sharing(ids, places, frozenset(m.doc_id for m in event.mentions), names)


#: A store query for candidates: (event type, first day, last day, undated ones too)
CandidateQuery = tuple[str, str, str, bool]


def candidate_queries(new_events: list[Event]) -> dict[CandidateQuery, Sharing | None]:
    """The store queries that find every stored event ``new_events`` could be merged with: one per distinct
    (type, window), since a union of far-apart windows would load years of events. A window any day-precision or
    undated event asks for is loaded whole; one asked for only by coarse dates (a month, a year) is narrowed to
    events sharing something with them (see :func:`sharing`)."""
    windows: dict[CandidateQuery, Sharing | None] = {}
    for ev in new_events:
        lo, hi, undated = candidate_window(ev)
        if lo is None or hi is None:
            continue
        key = (ev.event_type, lo, hi, undated)
        narrow = sharing(ev) if coarse(ev) else None
        if key not in windows:
            windows[key] = narrow
        else:
            have = windows[key]
            windows[key] = have.union(narrow) if have is not None and narrow is not None else None
    return windows


def absorb(target: Event, new: Event, why: str) -> Event:
    """``new`` folded into ``target`` (see :func:`combine`); the audit trail says why reports were joined
    (``why``: the merge plan's reason for it)."""
    merged = combine(target, new)
    if len(merged.mentions) > len(target.mentions):
        why = why.split(" with existing")[0]
        doc = new.mentions[0].doc_id if new.mentions else "?"
        merged.rule = f"{merged.rule or ''} | merged {doc}: {why}".strip(" |")
    return merged
