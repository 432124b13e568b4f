"""Senses of trigger verbs read off their objects and prepositions: a release of persons or of property, a
diplomat ordered out, a guest welcomed for a visit, a call by telephone, a conversation with a party, an object
present at all (``triggers._verb_entry`` asks these)."""

from __future__ import annotations

from spacy.tokens import Token

from ...lexicon.words import word_set
from .arguments import ACTOR_NOUNS, QUANTITY_HEADS, is_actor_like, with_conjuncts
from .frames import AUDIENCE_NOUNS
from .tree import ancestors

HELD_PERSON_NOUNS = word_set("events/held_person_nouns")


_INFINITIVE_INSIDE_DEPS = word_set("events/infinitive_inside_deps")


def infinitive_inside(obj: Token) -> bool:
    """"allow refugees who have lived in X for years [to return]": the parser hung the complement on the
    object's relative clause."""
    def in_relative(t: Token) -> bool:
        return any(a.dep_ == "relcl" for a in ancestors(t, 4) if a.i > obj.i)

    return any(t.pos_ in {"VERB", "AUX"} and t.dep_ in _INFINITIVE_INSIDE_DEPS and in_relative(t)
               and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) for t in obj.subtree)


def releases_persons(verb: Token) -> bool:
    """"released twelve hostages" / "the prisoners were freed": release of persons (CAMEO 0841); "release
    detailed vote counts", "released a statement / the report / data" is not. Rule: release-needs-person-object."""
    objs = [x for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} for x in with_conjuncts(c)]
    if not objs:  # shared object of a coordinated verb ("arrested and later released them")
        objs = [x for v in verb.conjuncts for c in v.children if c.dep_ in {"dobj", "nsubjpass"}
                for x in with_conjuncts(c)]
    if not objs:
        return True  # no object seen: keep the lexicon's reading ("the detainees were released" is nsubjpass)
    return any(person_object(o) for o in objs)


PROPERTY_NOUNS = word_set("events/property_nouns")


def releases_property(verb: Token) -> bool:
    objs = [x for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} for x in with_conjuncts(c)]
    return any(o.lemma_.lower() in PROPERTY_NOUNS for o in objs)


_PERSON_OBJECT_WORDS = word_set("events/person_object_words")


def person_object(obj: Token) -> bool:
    """Does this object name people (or an actor that can be held), not a thing such as data or a document?"""
    low, lem = obj.lower_, obj.lemma_.lower()
    if obj.pos_ == "PRON":
        return low not in _PERSON_OBJECT_WORDS
    if obj.ent_type_ in {"PERSON", "NORP"} or lem in ACTOR_NOUNS or low in ACTOR_NOUNS or lem in HELD_PERSON_NOUNS:
        return True
    if low in QUANTITY_HEADS or obj.ent_type_ == "CARDINAL":  # "dozens of detainees", "released 12"
        inner = [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj"]
        return not inner or any(person_object(g) for g in inner)
    if obj.pos_ == "PROPN":
        return obj.ent_type_ in {"PERSON", "NORP", "ORG", ""}
    # a common noun: anything but a thing released as information or goods ("his son", "several monks" are
    # people the lexicon may not list)
    return lem not in RELEASED_THINGS and lem not in PROPERTY_NOUNS


# What is "released" without being a person: information, documents, media, figures.
RELEASED_THINGS = word_set("events/released_things")


DIPLOMAT_NOUNS = word_set("events/diplomat_nouns")


_ORDERED_OUT_LEMMAS = word_set("events/ordered_out_lemmas")
_ORDERED_OUT_LEMMAS_2 = word_set("events/ordered_out_lemmas_2")


def ordered_out(verb: Token) -> bool:
    """A diplomat object told to leave: "ordered the ambassador to leave the country within 48 hours"."""
    objs = [c for c in verb.children if c.dep_ == "dobj" and (c.lemma_.lower() in DIPLOMAT_NOUNS or any(
        t.lemma_.lower() in DIPLOMAT_NOUNS for t in c.children if t.dep_ in {"compound", "appos"}))]  # "Ambassador X"
    leave = [c for c in verb.children if c.dep_ in {"xcomp", "ccomp"}
             and c.lemma_.lower() in _ORDERED_OUT_LEMMAS]
    leave += [g for o in objs for g in o.children if g.dep_ in {"relcl", "acl"}
              and g.lemma_.lower() in _ORDERED_OUT_LEMMAS_2]
    return bool(objs and leave)


_FOR_A_VISIT_LEMMAS = word_set("events/for_a_visit_lemmas")


def for_a_visit(verb: Token) -> bool:
    """A guest object and a "for a visit / talks" purpose phrase: "welcomed X to Beijing for a state visit"."""
    if not any(c.dep_ == "dobj" and is_actor_like(c) for c in verb.children):
        return False
    return any(g.lemma_.lower() in _FOR_A_VISIT_LEMMAS
               for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"
               for g in c.children if g.dep_ == "pobj")


_BY_TELEPHONE_WORDS = word_set("events/by_telephone_words")


def by_telephone(verb: Token) -> bool:
    """"spoke by telephone", "talked over the phone", "held talks via video link"."""
    return any(g.lemma_.lower() in {"phone", "telephone"} or g.lower_ in {"phone", "telephone"}
               for c in verb.children if c.dep_ in {"prep", "agent"} and c.lower_ in _BY_TELEPHONE_WORDS
               for g in c.children if g.dep_ == "pobj")


_SPEAKS_WITH_PARTY_LEMMAS = word_set("events/speaks_with_party_lemmas")
_SPEAKS_WITH_PARTY_ENTS = word_set("events/speaks_with_party_ents")


def speaks_with_party(verb: Token) -> bool:
    """"spoke by phone with X" / "spoke with President X": a conversation; "spoke to reporters" is not."""
    for c in verb.children:
        if c.dep_ in {"prep", "agent"} and c.lower_ in _BY_TELEPHONE_WORDS:
            for g in c.children:
                if g.lemma_.lower() in _SPEAKS_WITH_PARTY_LEMMAS:
                    return True
        if c.dep_ == "prep" and c.lower_ in {"with", "to"}:
            if any(_named_party_in(g) for g in c.children if g.dep_ == "pobj"):
                return True
    return False


def _named_party_in(obj: Token) -> bool:
    """A named party in the phrase of whom one speaks with, leaving out an audience and where it is ("spoke to
    thousands of people in the province of X": a crowd, not a partner)."""
    heads = [obj, *(g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children)]
    if any(h.lemma_.lower() in AUDIENCE_NOUNS for h in heads):
        return False
    return any(g.ent_type_ in _SPEAKS_WITH_PARTY_ENTS for g in obj.subtree)


_HAS_OBJECT_WORDS = word_set("events/has_object_words")


def has_object(verb: Token) -> bool:
    """A direct object, a passive subject or a clausal complement, also one shared with a coordinated verb
    ("donated and delivered goods")."""
    deps = _HAS_OBJECT_WORDS
    if any(c.dep_ in deps for c in verb.children):
        return True
    return any(any(c.dep_ in deps for c in v.children) for v in verb.conjuncts)


def receives_party(verb: Token) -> bool:
    """"received the Ugandan minister", "was received by the president": a guest, a hosted visit; "received
    improved commitments from X" receives a thing, and no visit is hosted."""
    objs = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    return not objs or any(is_actor_like(o) or (o.lemma_.lower() in _RECEIVED_CONTACT and not _alarm_call(o))
                           for o in objs)


def _alarm_call(call: Token) -> bool:
    """"received a distress call", "a call that a device had been spotted", "a call of a man being shot": an alarm
    or a report of an incident, no contact between parties."""
    return any(c.lemma_.lower() in _ALARM_CALL_WORDS for c in call.children if c.dep_ in {"amod", "compound", "nmod"}) \
        or any(c.dep_ in {"acl", "relcl", "ccomp"} and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
               for c in call.children) \
        or any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and any(
            h.dep_ in {"acl", "relcl"} for h in g.children) for g in c.children) for c in call.children)


_ALARM_CALL_WORDS = word_set("events/alarm_call_words")


_RECEIVED_CONTACT = word_set("events/received_contact_nouns")  # "received a telephone call from X"
