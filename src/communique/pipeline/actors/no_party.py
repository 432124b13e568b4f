"""Phrases that are no party: a participant the actors stage could not resolve (no knowledge-base id, country or
sector) whose head noun names a thing, a place or an abstraction ("the building", "the residence", "Pamuk's
right", "further European integration", "reconstruction in quake-hit regions"): the parser or a rule took an
object of the act for one of its sides. Such a participant is dropped (the event keeps its other parties; an event
left with no actor is then no event: the gate keeps only events with a resolved actor).

A negative pronoun ("no one was injured", "nobody") names no one, resolved or not: it is dropped too; so is an
unresolved time of day ("at about 11:30 a.m.").

The nouns live in ``lexicon/data/words/actors/no_party_nouns.txt``, the pronouns in ``no_party_negatives.txt``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Token

from ...lexicon.words import word_set
from ...records import Actor, Event

NO_PARTY_NOUNS = word_set("actors/no_party_nouns")
NO_PARTY_NEGATIVES = word_set("actors/no_party_negatives")
PLACE_NOT_IN_KB = "unresolved:place not in KB"
_CUT = re.compile(r"\s+(?:of|in|on|for|from|at|to|with|by)\s+", re.I)
#: a time of day ("about 11:30 a.m. (05:30 GMT)"): when something happened, never who
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b|\b\d{1,2}\s*[ap]\.\s?m\.|\bGMT\b")


NAMED_AFTER_PLACE = word_set("actors/named_after_place_nouns")
_PLACE_BODY_HEADS = word_set("actors/place_body_heads")
_SOCIAL_GATHERINGS = word_set("actors/social_gatherings")


def thing_at_place(head: Token | None) -> bool:
    """"the Vancouver office", "a Denver bank": a common noun headed phrase that names a thing at a place, not the
    place; a place's bodies and parts ("the Beijing leadership", "the Kabul municipality", "Aceh province") and
    things named after it ("the Helsinki agreement") stay with the place."""
    return head is not None and head.pos_ == "NOUN" and not head.ent_type_ and head.lemma_.lower() not in (
        NAMED_AFTER_PLACE | _PLACE_BODY_HEADS)


def social_gathering(head: Token | None) -> bool:
    """"an office Christmas party", "a rave party": a gathering, no political party (a modifier before the noun;
    not "a newly launched party")."""
    return head is not None and head.lemma_.lower() == "party" and any(
        c.dep_ in ("compound", "nmod", "amod") and c.pos_ in ("NOUN", "PROPN", "ADJ") and c.i < head.i
        and c.lemma_.lower() in _SOCIAL_GATHERINGS
        for c in head.children)


def head_word(name: str) -> str:
    """The head noun of a plain phrase: the last word before its first preposition, possessive 's removed,
    lower case ("Saturday author Orhan Pamuk's right" -> "right", "reconstruction in quake regions" ->
    "reconstruction")."""
    words = _CUT.split(name.strip(), maxsplit=1)[0].split()
    word = words[-1].lower() if words else ""
    return re.sub(r"(?:'s|\u2019s|')$", "", word)


def no_party(actor: Actor) -> bool:
    """An unresolved participant whose head noun is a thing or an abstraction, or a negative pronoun ("no one")."""
    if " ".join(actor.name.lower().split()) in NO_PARTY_NEGATIVES or not any(ch.isalpha() for ch in actor.name):
        return True  # "no one"; a stray dash or number the parse took for a phrase ("anti- Israeli" split)
    if actor.id or actor.sector or (actor.country and not (actor.resolution or "").startswith(PLACE_NOT_IN_KB)):
        return False  # a thing named after a place ("the Helsinki agreement") has only the place's country
    if _CLOCK.search(actor.name):
        return True
    word = head_word(actor.name)
    return word in NO_PARTY_NOUNS or (word.endswith("s") and word[:-1] in NO_PARTY_NOUNS)


def drop_no_parties(events: list[Event]) -> list[Event]:
    """Remove each event's actors and recipients that are no party (:func:`no_party`), noting it in the event's
    rule; the events kept. A verbal defence whose only target was a thing ("defended his position", CAMEO 052),
    or a support of one's own stance ("praised its own record"), supports no one: that event goes."""
    kept = []
    for event in events:
        actors = [a for a in event.actors if not no_party(a)]
        recipients = [r for r in event.recipients if not no_party(r)]
        if len(actors) != len(event.actors) or len(recipients) != len(event.recipients):
            if event.event_type == "SUPPORT" and event.recipients and not recipients and (
                    event.cameo == "052" or any(" own " in f" {r.name.lower()} " for r in event.recipients)):
                continue
            event.actors, event.recipients = actors, recipients
            event.rule = f"{event.rule or ''}+no-party-dropped"
        kept.append(event)
    return kept


def self_addressed(actors: list[Actor], recipients: list[Actor], key: Callable[[Actor], object]) -> list[Actor]:
    """The actors without those a pronoun was resolved to who are also the act's recipients, named as such ("In a
    letter to Mayor X she ... She called on the mayor to ...": she is not X). One does not address oneself; the
    name is surer than the pronoun, so the recipient stays and the actor goes."""
    named = {key(r) for r in recipients if not (r.resolution or "").startswith("coref:pronoun")}
    return [a for a in actors if key(a) not in named or not (a.resolution or "").startswith("coref:pronoun")]


__all__ = ["NO_PARTY_NEGATIVES", "NO_PARTY_NOUNS", "drop_no_parties", "head_word", "no_party", "self_addressed"]
