"""The actors a user-dictionary pattern points at, PETRARCH-style: the actor at a marker's place, the first actor
after a verb in its own phrase, the first name inside a subject; and background clauses, whose names are no
party to the sentence's event."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ...lexicon.user import Anchor
from ...lexicon.words import word_set
from .arguments import is_actor_like, with_conjuncts


def _name_head(tok: Token) -> Token:
    """The last word of a multi-word name ("Cirith" -> "Ungol"), a name modifying a common noun kept as is."""
    while tok.dep_ in {"compound", "flat"} and tok.head.i > tok.i and (
            tok.head.pos_ == "PROPN" or (tok.ent_type_ and tok.head.ent_type_ == tok.ent_type_
                                         and tok.head.ent_iob_ == "I")):  # "Barad - dur"
        tok = tok.head
    return tok


NOT_ACTOR_ENTS = word_set("events/not_actor_ents")


def _actor_word(tok: Token) -> bool:
    if tok.pos_ == "PRON" or tok.is_punct or tok.ent_type_ in NOT_ACTOR_ENTS:
        return False
    if tok.pos_ == "PROPN" or (tok.ent_type_ in NAME_ENTS and tok.pos_ in {"NOUN", "ADJ"}):
        return True
    return tok.pos_ == "NOUN" and tok.dep_ in NP_DEPS and is_actor_like(tok)


_ANCHORED_ACTOR_DEPS = word_set("events/anchored_actor_deps")


def anchored_actor(sent: SpacySpan, anchor: Anchor) -> list[Token]:
    """The actor a user pattern's marker points at (PETRARCH: the noun phrase at that place in the pattern):
    the first actor word after the marker's place, or the nearest before it; ``^`` skips pass over noun phrases
    first. A name's words give its last word; coordinated actors come along."""
    skipped = 0
    if anchor.direction == "after":
        i = anchor.at
        while i < sent.end:
            tok = sent.doc[i]
            if tok.pos_ in {"NOUN", "PROPN"} and skipped < anchor.skips:
                head = _name_head(tok) if tok.pos_ == "PROPN" else tok
                skipped += 1
                i = max(head.i, i) + 1
                continue
            if _actor_word(tok):
                return [x for x in with_conjuncts(_name_head(tok)) if x.pos_ != "PRON"]
            i += 1
        return []
    for i in range(anchor.at - 1, sent.start - 1, -1):
        tok = sent.doc[i]
        if tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ not in {"compound", "flat"} and skipped < anchor.skips:
            skipped += 1
            continue
        if _actor_word(tok) and tok.dep_ not in _ANCHORED_ACTOR_DEPS:
            chain = [tok] + [c for c in tok.conjuncts if c.i < tok.i]
            return sorted(dict.fromkeys(x for c in chain for x in with_conjuncts(c) if x.pos_ != "PRON"),
                          key=lambda t: t.i)
    return []


NP_DEPS = word_set("events/np_deps")


MODIFIER_DEPS = word_set("events/user_actors_modifier_deps")


CLAUSE_BREAKS = word_set("events/clause_breaks")


NAME_ENTS = word_set("events/name_ents")


def _np_head(tok: Token) -> Token:
    """The head of the noun phrase a name modifies ("Gondor main opposition group" -> group)."""
    cur = tok
    for _ in range(4):
        if cur.dep_ not in MODIFIER_DEPS or cur.head == cur or cur.head.pos_ not in {"NOUN", "PROPN"}:
            break
        cur = cur.head
    return cur


def _in_phrase(tok: Token, verb: Token) -> bool:
    """Is the token in the verb's own phrase (not inside a clause of its own below the verb)?"""
    cur = tok
    while cur != verb and cur.head != cur:
        if cur.dep_ in CLAUSE_BREAKS or (cur.dep_ == "conj" and cur.pos_ in {"VERB", "AUX"}):
            return False
        if cur.dep_ in {"nsubj", "nsubjpass"} and cur.head != verb and cur.head.dep_ != "xcomp":
            return False
        cur = cur.head
    return cur == verb


def user_targets(verb: Token) -> list[Token]:
    """Targets of a user-dictionary verb, PETRARCH-style: the first actor named after the verb in its own
    phrase (objects, prepositional phrases and their modifiers, also inside an infinitive complement or a
    participle, not inside a clause with its own subject), with the actors coordinated with it ("ties between
    Gondor and Osgiliath"); a name modifying a noun gives the whole noun phrase ("Gondor's main opposition")."""
    for tok in sorted((t for t in verb.subtree if t.i > verb.i), key=lambda t: t.i):
        if tok.pos_ == "PRON" or not _in_phrase(tok, verb):
            continue
        if tok.dep_ in NP_DEPS and is_actor_like(tok):
            head = tok
        elif tok.dep_ in MODIFIER_DEPS and (tok.ent_type_ in NAME_ENTS or tok.pos_ == "PROPN"):
            head = _np_head(tok)
            if head.dep_ not in NP_DEPS or not (is_actor_like(head) or head.pos_ in {"NOUN", "PROPN"}):
                continue
        else:
            continue
        found = [x for x in with_conjuncts(head) if x.pos_ != "PRON"]
        below = _first_actor_below(verb)
        if below and below[0].i < tok.i and not any(t in found for t in below):
            return below  # a name earlier in the text, inside a clause of its own ("hopes that X could ...")
        return found
    return _first_actor_below(verb)


_SUBJECT_ACTOR_POS = word_set("events/subject_actor_pos")


def subject_actor(clause: Token) -> list[Token]:
    """PETRARCH's source when the subject is no actor itself: the first name inside the subject noun phrase
    ("Resumption of ties between X and Y may spur ...", "X centre of a row ... called"); a name modifying an
    actor noun gives that noun ("the X government issue condemned" -> "X government")."""
    while clause.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children):
        clause = clause.head  # "X condemned ... and promised ...": the first verb's subject
    for sub in (c for c in clause.children if c.dep_ == "nsubj"):
        for tok in sub.subtree:
            if not _actor_word(tok) or tok.pos_ not in _SUBJECT_ACTOR_POS or tok.ent_type_ in NOT_ACTOR_ENTS:
                continue
            if tok.pos_ == "NOUN" and tok is sub:
                continue  # the subject itself was not an actor for the participant finder
            tok = _name_head(tok)
            if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and is_actor_like(tok.head) and tok.head is not sub:
                tok = tok.head
            return [x for x in with_conjuncts(tok) if x.pos_ != "PRON"]
    return []


def _first_actor_below(verb: Token) -> list[Token]:
    """PETRARCH's fallback: the first name after the verb anywhere in its subtree ("allowed that X is ...",
    "abandoned an anti- X parade"), not inside a background clause ("after X did ...") or a relative clause
    on an actor."""
    for tok in sorted((t for t in verb.subtree if t.i > verb.i), key=lambda t: t.i):
        if not (tok.pos_ == "PROPN" or (tok.ent_type_ in NAME_ENTS and tok.pos_ == "NOUN")):
            continue  # an adjective ("austrian gold") names no actor here
        if tok.ent_type_ in NOT_ACTOR_ENTS or _under_background(tok, verb):
            continue
        return [x for x in with_conjuncts(_name_head(tok)) if x.pos_ != "PRON"]
    return []


def _under_background(tok: Token, verb: Token) -> bool:
    cur = tok
    while cur != verb and cur.head != cur:
        if background_clause(cur):
            return True
        cur = cur.head
    return False


BACKGROUND_MARKS = word_set("events/user_actors_background_marks")


def background_clause(clause: Token) -> bool:
    """A clause that sets the scene for the sentence's event: an adverbial clause introduced by a temporal or
    causal subordinator ("after crowds burned down its embassy"), or a gerund after one ("after leaving X")."""
    if clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in clause.children):
        return True
    return clause.dep_ == "pcomp" and clause.head.lower_ in BACKGROUND_MARKS
