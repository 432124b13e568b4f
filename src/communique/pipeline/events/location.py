"""Where an event takes place, read from its trigger's clause: "met ... in New York", "on 19 September in New
York", "welcomed X to Beijing" (a hosted visit), "made his first visit to Kyiv" (a visit takes place where it goes).
"""

from __future__ import annotations

from spacy.tokens import Token

from ...lexicon.words import word_set
from .phrase_parts import prep_objects
from .triggers import Trigger

_PLACE_WORD_ENTS = word_set("events/place_word_ents")
HOSTING_VERBS = word_set("events/hosting_verbs")
_NAMED_PLACE_HEADS = word_set("events/named_place_heads")


def _place(x: Token) -> Token | None:
    """A place named by ``x``, or by its name after a place noun ("the Turkish capital Ankara", "the city of
    Aden")."""
    if x.ent_type_ in _PLACE_WORD_ENTS:
        return x
    if x.pos_ != "NOUN" or x.lemma_.lower() not in _NAMED_PLACE_HEADS:
        return None
    named = [c for c in x.children if c.dep_ in {"appos", "compound"} and c.ent_type_ in _PLACE_WORD_ENTS]
    named += [g for c in x.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
              if g.dep_ == "pobj" and g.ent_type_ in _PLACE_WORD_ENTS]
    return named[0] if named else None


def location_of(trig: Trigger) -> Token | None:
    """The place in "met ... in New York", also behind a date ("on 19 September in New York")."""
    for tok in (trig.clause, trig.head):
        for x, _ in prep_objects(tok, {"in", "at"}):
            if (place := _place(x)) is not None:
                return place
        for x, _ in prep_objects(tok, {"on", "during"}):
            if x.ent_type_ not in {"DATE", "TIME"}:
                continue
            for y, _ in prep_objects(x, {"in", "at"}):
                if y.ent_type_ in _PLACE_WORD_ENTS:
                    return y
    if trig.cameo == "043" and trig.head.lemma_.lower() in HOSTING_VERBS:  # "welcomed X to Beijing"
        for x, _ in prep_objects(trig.clause, {"to"}):
            if x.ent_type_ in _PLACE_WORD_ENTS:
                return x
    if trig.cameo == "042":  # "made his first visit to Kyiv", "travelled to Beijing": a visit takes place where
        # it goes (rule: visit-destination)
        for tok in (trig.head, trig.clause):
            for x, _ in prep_objects(tok, {"to"}):
                if (place := _place(x)) is not None and place is not x:
                    return place
                if x.ent_type_ in _PLACE_WORD_ENTS or (x.pos_ == "PROPN" and x.ent_type_ not in {
                        "PERSON", "ORG"} and not any(c.dep_ == "prep" for c in x.children)):
                    return x  # a bare proper name after "visit to" is a place the tagger missed or mislabelled
    return None


__all__ = ["HOSTING_VERBS", "location_of"]
