"""Acts claimed as one's own: "X claimed responsibility for the bombings" makes X the bombers."""

from __future__ import annotations

from spacy.tokens import Token

from ...lexicon.words import word_set

_CLAIMING_VERBS = word_set("events/responsibility_claiming_verbs")
_NO_ONE = word_set("events/no_one_words")


def claimed_act(tok: Token) -> Token | None:
    """The verb by which someone claims an act as theirs ("claimed responsibility for [the bombings]"), or None."""
    holder = tok.head.head if tok.dep_ in ("pobj", "pcomp") and tok.head.lower_ == "for" else None
    if holder is None or holder.lemma_.lower() != "responsibility" or holder.dep_ != "dobj":
        return None
    verb = holder.head
    if verb.lemma_.lower() not in _CLAIMING_VERBS or any(
            c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in verb.children):
        return None  # "has not claimed", "may claim": no one's act
    if any(c.dep_ == "nsubj" and (c.lower_ in _NO_ONE or any(
            d.dep_ in ("det", "preconj") and d.lower_ in _NO_ONE for d in c.children)) for c in verb.children):
        return None  # "no group has claimed", "neither Hamas nor X claimed"
    return verb
