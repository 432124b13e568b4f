"""Resolve where each event happened.

For every event the location comes from (in order):

1. ``event.location_text`` when the event finder set it (rule ``location-text``);
2. a place named in the evidence sentence inside a locative phrase: the object of "in/at/near/outside/..."
   ("talks in Baku", "met in the capital Baku"), of "to" after a movement word ("a visit to Moscow", "travelled
   to Brussels") or the object of "visit" ("visited Ankara"). The phrase must attach to the trigger, to a head
   of the trigger up to its clause's verb, or to a direct dependent of the trigger, so a place belonging to
   another clause's event is not borrowed. When several qualify, the one nearest the trigger wins.

A city found in the knowledge base gives a Location with coordinates (``rule:...-city``); a country gives the
country with no coordinates (``rule:...-country``) — a country centroid is never presented as a city; any other
named place keeps its name with no coordinates (``rule:...-unresolved``). Offsets: doc offset = body_start +
token.idx.
"""

from __future__ import annotations

import bisect
from typing import Any

from spacy.tokens import Doc, Span, Token

from ..kb.base import big_place
from ..lexicon.words import word_set
from ..records import Document, Event, Location
from .nlp import entities, entities_within

PLACE_LABELS = word_set("places/place_labels")
# labels the small model gives some city names: such an entity counts when it is a capital or large KB city
MISTAGGED_LABELS = word_set("places/mistagged_labels")
LOCATIVE_PREPS = word_set("places/locative_preps")
MOTION_WORDS = word_set("places/motion_words")
VISIT_VERBS = word_set("places/visit_verbs")
# container words between a preposition and the name ("in the capital Baku", "in the city of Shusha")
CONTAINER_WORDS = word_set("places/container_words")
# parts of a place: "in a residential sector of eastern Beirut", "on the outskirts of Kabul"
PART_WORDS = word_set("places/part_words")
# "outside of X", "out of X": the preposition that governs the "of"
OF_PREPS = word_set("places/of_preps")


def _in_refs(event: Event, start: int, end: int) -> bool:
    for ref in [*event.actor_refs, *event.recipient_refs]:
        if ref.start < end and start < ref.end:
            return True
    return False


def _locative_head(ent: Span) -> tuple[str, Token] | None:
    """The preposition (or 'visit' verb) that makes the entity a location, with the token it attaches to."""
    tok = ent.root
    for _ in range(3):  # climb through "the capital Baku" / "the city of Shusha"
        head = tok.head
        if tok.dep_ == "pobj" and head.dep_ == "prep":
            prep = head.lower_
            if prep in LOCATIVE_PREPS:
                if prep == "from":  # "arrived from Moscow" is an origin, not the venue
                    return None
                return prep, head.head
            if prep == "to" and head.head.lemma_.lower() in MOTION_WORDS:
                return "to", head.head
            if prep == "of" and (head.head.lower_ in CONTAINER_WORDS or head.head.lower_ in PART_WORDS):
                tok = head.head
                continue
            if prep == "of" and head.head.lower_ in OF_PREPS and head.head.dep_ == "prep":  # "outside of X"
                return head.head.lower_, head.head.head
            return None
        if tok.dep_ == "dobj" and head.lemma_.lower() in VISIT_VERBS:
            return "visit", head
        if tok.dep_ in ("appos", "compound", "npadvmod") and head.lower_ in CONTAINER_WORDS:
            tok = head
            continue
        return None
    return None


def _trigger_token(sdoc: Doc, event: Event, document: Document) -> Token | None:
    if event.trigger is None:
        return None
    lo = event.trigger.start - document.body_start
    span = sdoc.char_span(lo, event.trigger.end - document.body_start, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _governs(attached: Token, trigger: Token) -> bool:
    """Whether a locative phrase attached to ``attached`` belongs to the trigger's event: attached to the trigger
    itself, to one of its heads up to the clause's verb ("held talks in Baku"), or to a direct dependent of the
    trigger ("paid a visit to Ankara" with trigger "paid")."""
    if attached == trigger or attached.head == trigger:
        return True
    # the object of a locative/agent preposition of the trigger: "killed in a car bomb explosion in X" (not
    # "condemned Russia for a strike on X": the strike's place, not the condemnation's)
    if attached.dep_ == "pobj" and attached.head.head == trigger and (
            attached.head.dep_ == "agent" or attached.head.lower_ in ("in", "at", "during")):
        return True
    tok = trigger
    for _ in range(4):
        if tok.head == tok:
            return False
        tok = tok.head
        if tok == attached:
            return True
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("xcomp", "aux", "auxpass"):
            return False
    return False


def _sentence_entities(document: Document, sdoc: Doc, event: Event) -> list[Span]:
    if not event.mentions:
        return []
    m = event.mentions[0]
    lo, hi = m.start - document.body_start, m.end - document.body_start
    cache = sdoc.user_data.get("communique_place_ents")
    if cache is None:  # sdoc.ents builds every entity span: do it once per document (long articles)
        ents = [e for e in entities(sdoc) if e.label_ in PLACE_LABELS or e.label_ in MISTAGGED_LABELS]
        cache = ([e.start_char for e in ents], ents)
        sdoc.user_data["communique_place_ents"] = cache
    starts, ents = cache
    first = bisect.bisect_left(starts, lo)
    last = bisect.bisect_right(starts, hi)
    return [e for e in ents[first:last] if e.end_char <= hi]


def place_in_context(kb: Any, name: str, hints: list[str]) -> Any:
    """The KB city ``name`` in one of the ``hints`` countries (ISO3, in order) when the KB knows a city of that
    name there ("Tripoli" with "the north Lebanese port" in the sentence -> Tripoli, Lebanon), else the KB's
    default (the most populous); None when the KB knows no such city. Use it wherever a city named in a
    sentence is looked up (event locations, places in actor phrases)."""
    for iso in hints:
        place = kb.place(name, country=iso)
        if place is not None and place.country == iso:
            return place
    return kb.place(name)


def country_hints(sdoc: Doc, lo: int, hi: int, kb: Any) -> list[str]:
    """ISO3 codes of the countries named (name or demonym: GPE/NORP/LOC entities) between sdoc offsets ``lo``
    and ``hi``, in text order: the context for resolving an ambiguous city name."""
    out: list[str] = []
    for ent in entities_within(sdoc, lo, hi):
        if ent.label_ not in ("GPE", "NORP", "LOC"):
            continue
        whole = ent.text  # (a Span's text joins its tokens on every read)
        text = whole[4:] if whole.lower().startswith("the ") else whole
        c = kb.country(text[:-2] if text.endswith("'s") else text)
        if c is not None and c.iso3 not in out:
            out.append(str(c.iso3))
    return out


def _resolve(text: str, kb: Any, rule: str, hints: list[str]) -> Location | None:
    place = place_in_context(kb, text, hints)
    if place is not None:
        why = f" (in context of {place.country})" if len(hints) and place.country in hints else ""
        return Location(name=place.name, country=place.country, lat=place.lat, lon=place.lon,
                        resolution=f"rule:{rule}-city{why}")
    country = kb.country(text)
    if country is not None:
        return Location(name=country.name, country=country.iso3, lat=None, lon=None,
                        resolution=f"rule:{rule}-country")
    return None


def _country_hints(ents: list[Span], kb: Any) -> list[str]:
    out: list[str] = []
    for e in ents:
        c = kb.country(e.text)
        if c is not None and c.iso3 not in out:
            out.append(str(c.iso3))
    return out


def locate(document: Document, sdoc: Doc, event: Event, kb: Any) -> Location | None:
    """The location of one event (see module docstring), or None."""
    if event.location_text:
        loc = _resolve(event.location_text, kb, "location-text", [])
        return loc or Location(name=event.location_text.strip(), resolution="rule:location-text-unresolved")
    ents = _sentence_entities(document, sdoc, event)
    if not ents:
        return None
    trigger_at = (event.trigger.start - document.body_start) if event.trigger else None
    trigger = _trigger_token(sdoc, event, document)
    best: tuple[int, Span, str] | None = None
    for ent in ents:
        if ent.label_ in MISTAGGED_LABELS and not big_place(kb, ent.text, more_than=99_999, not_country=True):
            continue  # a demonym or a name, not a place (the small model tags "Samarra" NORP, "Peshawar" PRODUCT)
        found = _locative_head(ent)
        if found is None:
            continue
        prep, attached = found
        start, end = document.body_start + ent.start_char, document.body_start + ent.end_char
        # an actor is not the venue ("officials in Armenia"), except the destination of a visit (the host)
        if prep not in ("to", "visit") and _in_refs(event, start, end):
            continue
        if trigger is not None and not _governs(attached, trigger):
            continue
        distance = abs(ent.start_char - trigger_at) if trigger_at is not None else ent.start_char
        if best is None or distance < best[0]:
            best = (distance, ent, prep)
    if best is None:
        return None
    _, ent, prep = best
    text = ent.text
    if text.lower().startswith("the "):
        text = text[4:]
    rule = f"prep-{prep}" if prep != "visit" else "visit-object"
    hints = _country_hints([e for e in ents if e is not ent], kb)
    loc = _resolve(text, kb, rule, hints)
    if loc is not None:
        return loc
    return Location(name=text, country=None, lat=None, lon=None, resolution=f"rule:{rule}-unresolved")


def resolve_places(document: Document, sdoc: Doc, events: list[Event], kb: Any) -> None:
    """Set ``event.location`` for each event whose evidence names where it happened; leaves others None."""
    for event in events:
        if event.location is not None:
            continue
        event.location = locate(document, sdoc, event, kb)
