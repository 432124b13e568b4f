"""Fold one report of an event into another (the within-document and cross-document paths both use it)."""

from __future__ import annotations

from msgspec.structs import replace

from ...records import RECIPROCAL_RULE, STORY_DAY_RULE, Actor, Event, Mention
from ...timespan import PRECISION_RANK as _PRECISION_RANK
from ..dates.resolve import is_deictic
from .score import (
    GENERIC_TYPE,
    SYMMETRIC_TYPES,
    dates_explicitly_differ,
    mention_keys,
    participant_ids,
)


def _union_actors(first: list[Actor], second: list[Actor], exclude: frozenset[str]) -> list[Actor]:
    out = [a for a in first if not (a.id and a.id in exclude)]
    seen = participant_ids(out) | exclude
    have_resolved = bool(participant_ids(first))
    names = {a.name.lower() for a in first}
    for actor in second:
        if actor.kind == "country" and any(a.kind == "person" and a.country == actor.country for a in out):
            continue  # "the parties" read as countries: the country's person is already a party
        if actor.id:
            if actor.id not in seen:
                out.append(actor)
                seen = seen | {actor.id}
        elif not have_resolved and actor.name.lower() not in names:
            out.append(actor)
            names.add(actor.name.lower())
    return out


def _cameo_specificity(code: str | None) -> int:
    """How specific a CAMEO code is: "040" (root) < "042" < "0431"; trailing zeros mark the unspecified level."""
    return len((code or "").rstrip("0"))


def combine(target: Event, other: Event) -> Event:
    """Fold report ``other`` into ``target`` and return the merged Event (neither input is modified).

    Union of mentions (a mention already present is not added twice), the most precise date with its text,
    union of actors/recipients by id, the most specific CAMEO code, occurred over planned when dates agree,
    the higher confidence. ``target``'s id, trigger and order of mentions are kept.
    """
    keys = mention_keys(target)
    mentions: list[Mention] = list(target.mentions)
    for m in other.mentions:
        if (m.doc_id, m.start, m.end) not in keys:
            mentions.append(m)
            keys.add((m.doc_id, m.start, m.end))
    merged = replace(target, mentions=mentions, context=list(target.context))
    for c in other.context:
        if c not in merged.context:
            merged.context.append(c)
    if merged.mode is None:
        merged.mode = other.mode
    if other.date and (
        not target.date
        or _PRECISION_RANK.get(other.date_precision or "", 0) > _PRECISION_RANK.get(target.date_precision or "", 0)
        or (other.date_precision == target.date_precision and is_deictic(target.date_rule)
            and not is_deictic(other.date_rule))
    ):
        merged.date, merged.date_precision = other.date, other.date_precision
        merged.date_text, merged.date_rule = other.date_text, other.date_rule
    symmetric = target.event_type in SYMMETRIC_TYPES
    # a meeting read with no initiator ("will be discussed at a meeting of X") takes the other report's parties
    held = participant_ids(target.recipients) if symmetric and target.actors else frozenset()
    merged.actors = _union_actors(target.actors, other.actors, held)
    mutual = participant_ids([r for r in (*target.recipients, *other.recipients)
                              if (r.resolution or "").startswith(RECIPROCAL_RULE)])  # "blame each other"
    merged.recipients = _union_actors(target.recipients, other.recipients, participant_ids(merged.actors) - mutual)
    # a party is never both actor and recipient of one event (for symmetric types: kept once, as an actor), but
    # in a reciprocal act ("the two countries blame each other") each side is both
    if _cameo_specificity(other.cameo) > _cameo_specificity(target.cameo) and (
        not target.cameo or (other.cameo or "").startswith(target.cameo[:2])
    ):
        merged.cameo = other.cameo
    if target.status != other.status and {target.status, other.status} == {"occurred", "planned"}:
        done = target if target.status == "occurred" else other
        # a report dated only by the story's day ("story-day:...") is no evidence that a planned act took place
        if not dates_explicitly_differ(target, other) and not (done.date_rule or "").startswith(STORY_DAY_RULE):
            merged.status = "occurred"
    if merged.event_type == GENERIC_TYPE and other.event_type != GENERIC_TYPE:
        merged.event_type, merged.cameo = other.event_type, other.cameo
    merged.location = target.location or other.location
    if merged.location_text is None:
        merged.location_text = other.location_text
    merged.confidence = max(target.confidence, other.confidence)
    return merged
