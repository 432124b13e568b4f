"""Phrase helpers the participant rules share: objects of named prepositions, named parties and their owners."""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from spacy.tokens import Token

from ...lexicon.words import word_set
from .arguments import ACTOR_NOUNS, guest_after, is_actor_like, with_conjuncts
from .status import REPORTING_VERBS
from .triggers import Trigger


def prep_objects(tok: Token, preps: AbstractSet[str]) -> list[tuple[Token, str]]:
    """Objects of the token's prepositions named in ``preps``; also of a "to" parsed as dative ("providing
    intelligence [to Macedonia]") and of a preposition whose object the parser hung as the subject of a
    following participle ("granted asylum to [five officers] holed up in ...")."""
    out = []
    for c in tok.children:
        if c.dep_ in {"prep", "agent"} or (c.dep_ == "dative" and c.pos_ == "ADP"):
            if c.lower_ not in preps:
                continue
            objs = [g for g in c.children if g.dep_ == "pobj"] or _stranded_object(c) or guest_after(c)
            for g in objs:
                out += [(x, c.lower_) for x in with_conjuncts(g)]
    return out


_STRANDED_OBJECT_DEPS = word_set("events/stranded_object_deps")
_STRANDED_OBJECT_TAGS = word_set("events/stranded_object_tags")


def _stranded_object(prep: Token) -> list[Token]:
    """"to five officers holed up in ...": the parser made the object the subject of a participle clause."""
    if any(True for _ in prep.children):
        return []
    for v in prep.head.children:
        if v.dep_ in _STRANDED_OBJECT_DEPS and v.tag_ in _STRANDED_OBJECT_TAGS and v.i > prep.i:
            for s in v.children:
                if s.dep_ in {"nsubj", "nsubjpass"} and s.left_edge.i == prep.i + 1:
                    return [s]
    return []


def talk_topic(trig: Trigger) -> bool:
    """A talk verb whose object is what the talks are about ("discussed X's accession", "negotiated X's
    release"): the object and its owner are a topic, never a recipient."""
    return trig.plover.event_type == "CONSULT" and trig.object_role == "topic"


PARTY_ENTS = word_set("events/party_ents")


_POSSESSIVE_PRONOUNS = word_set("events/possessive_pronouns")


def is_named(tok: Token) -> bool:
    """An actor-like phrase that is not a pronoun nor the subject's own ("its observers", "their forces")."""
    if any(c.dep_ == "poss" and c.lower_ in _POSSESSIVE_PRONOUNS for c in tok.children):
        return False
    return tok.pos_ != "PRON" and tok.lower_ not in _POSSESSIVE_PRONOUNS and is_actor_like(tok) and (
        tok.ent_type_ not in {"DATE", "TIME"})


def is_party(tok: Token) -> bool:
    """The phrase head itself names a party (not only through a modifier: "Haiti's elections")."""
    return tok.ent_type_ in PARTY_ENTS or tok.pos_ == "PROPN" or tok.lemma_.lower() in ACTOR_NOUNS


_OWNERS_OF_DEPS = word_set("events/owners_of_deps")


_NAMED_AFTER_PLACE = word_set("actors/named_after_place_nouns")


def named_after_place(tok: Token) -> bool:
    """The token is the place a thing made or held there is named after ("the Helsinki agreement", "the Geneva
    talks"): no party, and no country of the sentence's parties."""
    return tok.dep_ in {"compound", "nmod", "amod"} and tok.ent_type_ in {"GPE", "LOC", "FAC"} \
        and tok.head.lemma_.lower() in _NAMED_AFTER_PLACE


def owners_of(noun: Token) -> list[Token]:
    """Entity owners named in a noun's modifiers: "Sweden's decision", "a US offer", "President X's failure"; not
    the place a thing is named after ("the Helsinki agreement")."""
    return [c for c in noun.children if c.dep_ in _OWNERS_OF_DEPS
            and c.lower_ not in _POSSESSIVE_PRONOUNS and not named_after_place(c)
            and (c.ent_type_ in PARTY_ENTS or (c.dep_ == "poss" and c.pos_ != "PRON" and is_actor_like(c)))]


_CONDITION_MARKS = frozenset({"if", "unless", "whether"})


def in_talks_copula(be: Token, noun: Token) -> bool:
    """"X is in talks with Y": a copula whose subject holds the talks it is in, stated as a fact: not with a
    complement ("has been instrumental in talks"), not negated ("is not in talks"), not in a condition ("if X were
    in talks") nor in a clause under anything but a report ("denied that it was in talks")."""
    if be.lemma_.lower() != "be" or noun.head.lower_ != "in" or noun.head.head.i != be.i:
        return False
    if any(c.dep_ in ("acomp", "attr", "neg") or (c.dep_ == "mark" and c.lower_ in _CONDITION_MARKS)
           for c in be.children):
        return False
    if be.dep_ == "ROOT":
        return True
    return be.dep_ == "ccomp" and be.head.lemma_.lower() in REPORTING_VERBS


ALERT_OBJECTS = word_set("events/alert_phrase_objects")


def alert_phrase(rule: str) -> bool:
    """Whether an event's finder rule is a police-alert phrase ("phrase:tighten+security+..."): aimed at no one."""
    if not rule.startswith("phrase:"):
        return False
    parts = rule.split("+")
    return len(parts) > 1 and parts[1] in ALERT_OBJECTS
