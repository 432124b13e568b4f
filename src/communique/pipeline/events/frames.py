"""Verb frames that are no political act whatever the verb's lexicon entry says: a self-directed killing
("killed themselves"), a spokesman's reticence ("declined to name him"), a bill signed into law, a bare question
('"Why now?" he asked') or an indirect one ("asked whether the talks would resume").

The frames live in ``lexicon/data/words/events/idle_frames.txt`` (verb lemma, child dependency, child lemmas).
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from ...lexicon.words import word_set, word_table
from ..nlp import first_conjunct
from .arguments import ACTOR_ENTS, ACTOR_NOUNS, guest_after
from .noun_phrases import guest_in_between

COMPLEMENT_NEEDED = word_set("events/complement_needed_verbs")
_COMPLEMENT_DEPS = frozenset({"dobj", "dative", "xcomp", "ccomp", "prep", "advcl", "oprd", "attr"})


@functools.cache
def _frames(table: str = "events/idle_frames") -> dict[str, tuple[tuple[str, frozenset[str]], ...]]:
    out: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for lemma, dep, words in word_table(table, 3):
        out.setdefault(lemma, []).append((dep, frozenset(words.split())))
    return {k: tuple(v) for k, v in out.items()}


def _children_at(verb: Token, dep: str) -> list[Token]:
    if dep == "next":  # the word right after the verb, whatever the parse made of it ("pleaded guilty Monday")
        return [verb.nbor(1)] if verb.i + 1 < len(verb.doc) else []
    if dep == "head":  # the clause a participle hangs on ("a building collapsed, killing two and injuring three")
        cur = first_conjunct(verb)
        return [cur.head] if cur.dep_ in {"advcl", "acl"} else []  # or the noun it modifies ("a crash killing 40")
    if dep == "conj-of":  # the verb this one is coordinated with ("would neither confirm nor deny")
        return [verb.head] if verb.dep_ == "conj" else []
    if dep.startswith("prep:"):  # on the verb or on its object ("warned residents [of attempts]": the parse's
        word = dep[5:]  # attachment of the preposition varies)
        holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        return [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == word
                for g in c.children if g.dep_ == "pobj"]
    return [c for c in verb.children if c.dep_ == dep]


QUESTION_VERBS = word_set("events/question_verbs")
QUESTION_WORDS = word_set("events/question_words")


def indirect_question(verb: Token) -> bool:
    """The verb's clause complement is an indirect question: opened by a wh-word or marked "whether"/"if" ("asked
    what message she would send", "asked by the judge whether he was guilty")."""
    if any(c.dep_ == "ccomp" and (c.left_edge.lower_ in QUESTION_WORDS or any(
            m.dep_ == "mark" and m.lower_ in QUESTION_WORDS for m in c.children)) for c in verb.children):
        return True
    # "asked by the judge if he had accepted bribes", parsed as an adverbial clause; not "asked X to act if ..."
    return not any(c.dep_ == "xcomp" for c in verb.children) and any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"if", "whether"} for m in c.children)
        for c in verb.children)


def idle_frame(verb: Token, lemma: str) -> bool:
    """The verb (lemma ``lemma``) stands in a frame of the idle-frames table, or is a bare question ('"Why
    now?" he asked'), or lacks the object its event needs ("recalled how ...": memory, not a recalled envoy): no
    event."""
    if lemma in COMPLEMENT_NEEDED and not any(c.dep_ in _COMPLEMENT_DEPS for c in verb.children):
        return True
    if lemma in QUESTION_VERBS and indirect_question(verb):  # "asked whether the talks would resume"
        return True
    required = _frames("events/required_objects").get(lemma, ())  # "recalled its ambassador" only; a verb's
    if required and not any(c.lemma_.lower() in words  # rows are alternatives ("reinforced its positions",
                            for dep, words in required for c in _children_at(verb, dep)):  # "... with troops")
        return True
    return (_without_partner(verb, lemma) or _in_frame(verb, lemma, "events/idle_frames") or _advice(verb, lemma)
            or _hosted_guest(verb, lemma) or _airport_reception(verb, lemma) or _endorsed_activity(verb, lemma)
            or _guest_participle(verb) or _agreed_view(verb, lemma))


_AGREED_VIEW_NOUNS = word_set("events/agreed_view_nouns")


def _agreed_view(verb: Token, lemma: str) -> bool:
    """"agreed on the importance of regional stability": a view shared, no agreement to act. Not when anything else
    is agreed on ("on the importance of X and on a prisoner swap") or to ("... and to resume talks")."""
    if lemma != "agree" or any(c.dep_ in {"xcomp", "ccomp", "conj", "dobj"} for c in verb.children):
        return False
    objects = [g for h in (verb, *verb.conjuncts) for c in h.children if c.dep_ == "prep" and c.lower_ == "on"
               for p in (c, *c.conjuncts) for g in p.children if g.dep_ == "pobj"]
    objects = [x for g in objects for x in (g, *g.conjuncts) if x.ent_type_ not in ("DATE", "TIME")]  # "on Monday"
    return bool(objects) and all(g.lemma_.lower() in _AGREED_VIEW_NOUNS for g in objects)


def _guest_participle(verb: Token) -> bool:
    """"talks with visiting US President X", "talks between X and visiting Y": "visiting" names the guest, no visit
    of its own by the talks' other side (see ``arguments.guest_after``, ``noun_phrases.guest_in_between``)."""
    return (verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and bool(guest_after(verb.head))) or guest_in_between(
        verb)


_PARTY_OBJECT_VERBS = word_set("events/party_object_verbs")
_BODY_HEADS = word_set("actors/place_body_heads")  # "the Kyrgyz leadership"
_GROUP_HEADS = word_set("events/encouraged_group_heads")  # "the negotiating team", "all members"


def _endorsed_activity(verb: Token, lemma: str) -> bool:
    """"encourage US investment", "encourage the export of machinery": an activity endorsed, with no one asked to
    do anything (no party as the object, no "to" complement); "encouraged Australians to ...", "encouraged the
    rebels" stay requests."""
    if lemma not in _PARTY_OBJECT_VERBS or any(c.dep_ in {"xcomp", "ccomp"} for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and not any(_party_or_between(o) for o in objects)


def _party_or_between(obj: Token) -> bool:
    """A party ("the rebels", "the Kyrgyz leadership", "Australians") or an activity between parties ("dialogue
    between the government and the rebels", "talks with X")."""
    if obj.ent_type_ in ACTOR_ENTS or obj.pos_ in {"PRON", "PROPN"}:
        return True
    if obj.lemma_.lower() in ACTOR_NOUNS | _BODY_HEADS | _GROUP_HEADS:
        return True
    return any(p.dep_ == "prep" and p.lower_ in {"between", "among", "with"} and any(
        g.dep_ == "pobj" and (g.ent_type_ in ACTOR_ENTS or g.pos_ == "PROPN" or g.lemma_.lower() in ACTOR_NOUNS)
        for g in p.children) for p in obj.children)


def _hosted_guest(verb: Token, lemma: str) -> bool:
    """Guests "invited by" a host, with nothing they are invited to ("the two delegations are invited by the
    ministry"): who arranged a visit, no request (the visit is the event). An invitation to do something or to go
    somewhere ("was invited by NATO to attend the summit", "invited by Egypt to talks") stays a request."""
    if lemma != "invite" or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if not any(c.dep_ == "agent" for c in verb.children):
        return False
    return not any(c.dep_ in {"xcomp", "advcl", "ccomp"} or (c.dep_ == "prep" and c.lower_ in {"to", "for"})
                   for c in verb.children)


def _airport_reception(verb: Token, lemma: str) -> bool:
    """"was met at the airport by the deputy premier": the protocol of an arrival (the visit is the event), no
    talks; "X met Y at the airport before flying on" stays a meeting."""
    return lemma in {"meet", "greet"} and any(c.dep_ == "auxpass" for c in verb.children) and any(
        c.dep_ == "prep" and c.lower_ == "at" and any(g.lemma_.lower() in _ARRIVAL_PLACES for g in c.children)
        for c in verb.children)


_ARRIVAL_PLACES = word_set("events/arrival_places")


ADVICE_ADJECTIVES = word_set("events/advice_adjectives")


def _advice(verb: Token, lemma: str) -> bool:
    """"warned X to be careful / vigilant": advice, no threat of harm ("warned X to be ready for war" is one)."""
    return lemma == "warn" and any(c.dep_ == "xcomp" and c.lemma_ == "be" and any(
        g.dep_ == "acomp" and g.lower_ in ADVICE_ADJECTIVES for g in c.children) for c in verb.children)


_PARTNER_PREPS = {lemma: frozenset(preps.split()) for lemma, preps in word_table("events/partner_verbs", 2)}
AUDIENCE_NOUNS = word_set("events/audience_nouns")
_SUBJECT_CHAIN = frozenset({"xcomp", "conj", "advcl", "ccomp"})


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or that of the clause it continues ("agreed to talk", "while talking")."""
    cur = verb
    for _ in range(4):
        subj = next((c for c in cur.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is not None:
            return subj
        if cur.dep_ == "acl":  # "Ahern, speaking to RTE": the noun speaks
            return cur.head
        if cur.dep_ not in _SUBJECT_CHAIN or cur.head == cur:
            return None
        cur = cur.head
    return None


def _without_partner(verb: Token, lemma: str) -> bool:
    """A verb of talking with no one to talk with: no partner brought by its prepositions (on the verb or on
    its object: "spoke on the phone with X"), or only an audience ("speaking to journalists"), and a subject
    that is one party ("we're talking about money", "while talking about a visit"). A plural or coordinated
    noun subject is its own partner ("the two sides talked about trade")."""
    preps = _PARTNER_PREPS.get(lemma)
    if preps is None:
        return False
    nested = [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    for h, words in ((verb, preps), *((g, preps & {"with"}) for g in nested)):  # not "about a visit to X"
        for p in h.children:
            if p.dep_ == "prep" and p.lower_ in words and any(
                    g.dep_ == "pobj" and g.lemma_.lower() not in AUDIENCE_NOUNS for g in p.children):
                return False
    subj = _subject(verb)
    return subj is None or subj.pos_ == "PRON" or not (
        subj.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in subj.children))


_BRIEFING_MODIFIERS = word_set("events/briefing_modifiers")


def lone_briefing(noun: Token) -> bool:
    """A press or news conference given alone ("holding a press conference Thursday", "his maiden press
    conference was delayed"): a briefing, no meeting; "a joint news conference with X" stays one."""
    return noun.lemma_.lower() == "conference" and any(
        c.dep_ == "compound" and c.lower_ in _BRIEFING_MODIFIERS for c in noun.children) and not any(
        (c.dep_ == "prep" and c.lower_ == "with") or (c.dep_ == "amod" and c.lower_ == "joint") for c in noun.children)


def idle_phrase_frame(verb: Token, lemma: str) -> bool:
    """The verb of a lexicon phrase stands in a frame of the idle-phrase-frames table ("ended the talks with an
    agreement" is no break-off): no event."""
    return _in_frame(verb, lemma, "events/idle_phrase_frames")


def _in_frame(verb: Token, lemma: str, table: str) -> bool:
    """A child of the verb at a frame's dependency is one of the frame's words (or the frame takes any)."""
    return any("*" in words or c.lemma_.lower() in words or c.lower_ in words
               for dep, words in _frames(table).get(lemma, ()) for c in _children_at(verb, dep))


__all__ = ["QUESTION_VERBS", "idle_frame", "idle_phrase_frame", "indirect_question", "lone_briefing"]
