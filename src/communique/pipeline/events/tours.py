"""Stops of a tour: "his tour will also take him to X and Y" is a visit of his to X and Y (CAMEO 042), though
the verb's subject is the trip and the traveller its object."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ...lexicon import Lexicon
from ...lexicon.words import word_set
from ..nlp import tokens_of
from .arguments import is_actor_like
from .phrase_parts import prep_objects
from .triggers import Trigger

TRIP_NOUNS = word_set("events/trip_nouns")
TOUR_RULE = "verb:take+tour"
_CARRY_VERBS = word_set("events/tour_carry_verbs")


def _trip_subject(verb: Token) -> Token | None:
    subs = [c for c in verb.children if c.dep_ == "nsubj"]
    if subs and subs[0].lower_ in {"which", "that"} and verb.dep_ == "relcl":
        return verb.head  # "his tour, which will also take him to X"
    return subs[0] if subs else None


def traveller_and_stops(verb: Token) -> tuple[Token, list[Token]] | None:
    """(traveller, places) of "<trip> takes <someone> to <places>", else None."""
    if verb.lemma_.lower() not in _CARRY_VERBS:
        return None
    trip = _trip_subject(verb)
    if trip is None or trip.lemma_.lower() not in TRIP_NOUNS:
        return None
    travellers = [c for c in verb.children if c.dep_ == "dobj" and is_actor_like(c)]
    stops = [y for x, _ in prep_objects(verb, {"to"}) for y in (x, *x.conjuncts) if y.ent_type_ in {"GPE", "LOC"}]
    return (travellers[0], stops) if travellers and stops else None


def with_tours(triggers: list[Trigger], sent: SpacySpan, lex: Lexicon) -> list[Trigger]:
    """The sentence's triggers with a visit for each "<trip> takes <someone> to <places>" verb that is not a
    trigger already; the trip noun itself ("the tour will take him to X") is then no trigger of its own."""
    plover = lex.classify("042")
    used = {t.head.i for t in triggers}
    verbs = [tok for tok in tokens_of(sent, "VERB") if tok.i not in used and traveller_and_stops(tok) is not None]
    if plover is None or not verbs:
        return triggers
    trips = {trip.i for v in verbs if (trip := _trip_subject(v)) is not None}
    return ([t for t in triggers if t.head.i not in trips]
            + [Trigger("042", plover, TOUR_RULE, v, v, [v], "-", "verb", 0.75) for v in verbs])


__all__ = ["TOUR_RULE", "traveller_and_stops", "with_tours"]
