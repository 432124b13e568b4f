"""The recipient named inside a trigger's object phrase (PETRARCH's target convention).

When the direct and fallback rules of ``participants`` find no recipient, PETRARCH codes as target the first
actor named in the verb phrase after the verb. ``phrase_recipients`` applies that convention to the phrase the
trigger governs: its objects and complements, followed through possessives, compounds, adjectives and
prepositional modifiers ("denounced [Serbia]'s suppression", "vetoed a [Security Council] resolution",
"refused any assistance to the [US]-led war", "rejected a call for forces to be deployed in [East Timor]").

Not followed: clauses that report or set the scene for something else (a that-clause with its own subject, a
temporal or causal adverbial clause, a relative clause on a party, a parenthetical), places and times attached
to the trigger's own verb ("rejected the claim in Geneva"), "according to" sources, and the actors' own
pronouns. A name that modifies a party noun gives that noun ("five Panamanian army [officers]").
"""

from __future__ import annotations

from spacy.tokens import Token

from .arguments import ACTOR_NOUNS, is_actor_like, np_tokens, with_conjuncts
from .triggers import Trigger

NAMED_ENTS = {"GPE", "NORP", "ORG", "PERSON"}
MODIFIER_DEPS = {"compound", "poss", "amod", "nmod", "npadvmod", "nummod"}
# Clauses whose content is not part of the trigger's phrase.
_BREAK_DEPS = {"parataxis", "csubj", "mark"}
_BACKGROUND_MARKS = {"after", "before", "since", "when", "while", "until", "unless", "if", "once", "as", "because",
                     "although", "though", "whereas"}
_CONDITION_MARKS = {"until", "unless", "if"}
# Prepositions that place or date the trigger's own verb, not its object.
_LOCATIVE_PREPS = {"in", "at", "near", "during", "since", "after", "before", "until", "on", "amid", "throughout",
                   "outside", "inside", "following", "despite", "because", "according", "like"}
_TEMPORAL_ENTS = {"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"}
# Event types whose object names a topic, not a party, or whose target is found by other rules.
_SKIP_TYPES = {"CONSULT"}


def _crosses_break(tok: Token, top: Token, etype: str) -> bool:
    """Is ``tok`` inside a clause of its own below ``top`` (reported, background, relative on a party), or in a
    place/time adjunct of ``top`` itself? What an event type is about stays open: a threat's condition ("fight
    until they control X"), a protest's demand ("demonstrated, calling for X"), a refusal's pressure ("declined
    despite pressure by X")."""
    marks = _BACKGROUND_MARKS - (_CONDITION_MARKS if etype in {"THREATEN", "REQUEST"} else set())
    places = _LOCATIVE_PREPS - ({"despite"} if etype == "REJECT" else set())
    cur = tok
    while cur != top and cur.head != cur:
        parent = cur.head
        if cur.dep_ in _BREAK_DEPS:
            return True
        if cur.dep_ == "ccomp" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in cur.children) and not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in cur.children):
            return True  # "said that X would ...": a statement of its own (not "allow X to land")
        if cur.dep_ in {"advcl", "pcomp"} and any(c.dep_ == "mark" and c.lower_ in marks for c in cur.children):
            return True
        if cur.dep_ == "advcl" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in cur.children) and not any(
                c.dep_ == "mark" and c.lower_ in _CONDITION_MARKS - marks for c in cur.children):
            return True  # an adverbial clause with a subject of its own
        if cur.dep_ in {"relcl", "acl"} and is_actor_like(parent):
            return True  # "the officials who met X", "demonstrators protesting X": about the party
        if cur.dep_ == "conj" and cur.pos_ in {"VERB", "AUX"}:
            return True  # a coordinated verb is an event of its own
        if cur.dep_ in {"prep", "agent"} and parent == top and cur.lower_ in places:
            return True
        if cur.dep_ == "advcl" and parent == top and cur.tag_ == "VBG" and etype != "PROTEST":
            return True  # "..., citing domestic opposition": a reason, not the object
        if cur.dep_ in {"nsubj", "nsubjpass"} and parent == top:
            return True
        cur = parent
    return cur != top


def _party_head(tok: Token) -> Token:
    """The phrase a name stands for: the last word of a multi-word name, or the party noun it modifies
    ("Panamanian army officers" -> officers, "the Turkish government" -> government); a name modifying a
    non-party noun stays itself ("a Security Council resolution" -> Council)."""
    while tok.dep_ in {"compound", "flat"} and tok.head.i > tok.i and tok.head.pos_ == "PROPN":
        tok = tok.head
    cur = tok
    for _ in range(3):
        if cur.dep_ not in MODIFIER_DEPS or cur.head == cur or cur.head.pos_ not in {"NOUN", "PROPN"}:
            break
        if cur.dep_ == "poss":
            break  # "Serbia's suppression": the owner
        cur = cur.head
        if cur.lemma_.lower() in ACTOR_NOUNS or cur.lower_ in ACTOR_NOUNS:
            return cur
    return tok


def _codable(tok: Token, own: set[int]) -> bool:
    if tok.i in own or tok.pos_ == "PRON" or tok.ent_type_ in _TEMPORAL_ENTS or tok.is_punct:
        return False
    return tok.ent_type_ in NAMED_ENTS


def phrase_recipients(trig: Trigger, clause: Token, actors: list[Token]) -> tuple[list[Token], str]:
    """The first codable actor named in the trigger's object phrase (see the module docstring), with the actors
    coordinated with it; ``[]`` when there is none or the event type takes no such target. Rule: "object-phrase"."""
    if trig.plover.event_type in _SKIP_TYPES:
        return [], ""
    own = {t.i for t in trig.tokens}
    last = max(own)
    skip = {i for a in actors for x in with_conjuncts(a) for i in range(*np_tokens(x))} | own
    for tok in clause.subtree:
        if tok.i <= last or tok.i in skip or not _codable(tok, own):
            continue
        if _crosses_break(tok, clause, trig.plover.event_type):
            continue
        head = _party_head(tok)
        if head.i in skip or any(head.lower_ == a.lower_ for a in actors):
            continue
        return [x for x in with_conjuncts(head) if x.pos_ != "PRON" and x.i not in skip], "object-phrase"
    return [], ""
