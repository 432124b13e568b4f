"""Labour strikes: "workers strike over wages", "worker groups launched a joint strike" are strikes by workers
(CAMEO 143, PLOVER PROTEST), not attacks (CAMEO 19x), which the verb "strike" and the noun "strike" also name.

Word lists: ``events/labour_nouns`` (subjects that strike as workers), ``events/labour_strike_lemmas`` (what a
labour strike is over), ``events/attack_cues`` (words that make a strike an attack).
"""

from __future__ import annotations

from spacy.tokens import Token

from ...lexicon.words import word_set

# Subjects that strike as workers; not pilots, crews, farmers or students, who also "strike" targets
# ("Russian pilots struck again overnight", "gunmen disguised as farmers struck at dawn").
LABOUR_NOUNS = word_set("events/labour_nouns")
_ATTACK_CUES = word_set("events/attack_cues")
_LABOUR_STRIKE_LEMMAS = word_set("events/labour_strike_lemmas")


def labour_strike(verb: Token) -> bool:
    """"Workers strike over wages", "teachers struck for a second day": intransitive "strike" with a labour
    subject or a pay/wage grievance; "a missile struck the town" has an object."""
    if any(c.dep_ in {"dobj", "nsubjpass"} for c in verb.children):
        return False
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if any(c.lower_ in _ATTACK_CUES for c in verb.subtree if c.head == verb or c.head.head == verb):
        return False  # "struck again overnight near X": an attack
    if any(s.lemma_.lower() in LABOUR_NOUNS for s in subj):  # the subject's head, not a word inside it
        return True
    return any(g.lemma_.lower() in _LABOUR_STRIKE_LEMMAS
               for c in verb.children if c.dep_ == "prep" and c.lower_ in {"over", "for"}
               for g in c.children if g.dep_ == "pobj")


def labour_subject(verb: Token) -> bool:
    """The verb's subject is workers or their union: its head or a modifier of it is a labour noun ("transport
    worker groups launched a joint strike", "the teachers' union")."""
    return any(t.lemma_.lower() in LABOUR_NOUNS for c in verb.children if c.dep_ == "nsubj"
               for t in (c, *(m for m in c.children if m.dep_ in {"compound", "poss", "amod"})))


__all__ = ["LABOUR_NOUNS", "labour_strike", "labour_subject"]
