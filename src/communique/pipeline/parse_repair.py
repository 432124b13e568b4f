"""Repairs of the parse that the event rules depend on, run as a spaCy component at the end of the pipeline (it reads
lemmas).

* A past-tense verb coordinated with a bare infinitive inside a reported or subordinate clause is the main clause's
  second verb ("Clark has claimed it will be difficult for his client to receive a fair trial and on Monday
  criticised the proceedings": "criticised" goes with "claimed", not with "receive"). The parser joins it to the
  nearest verb; the tenses say it cannot be that one. It is re-attached to the nearest past-tense verb above with
  a subject of its own, so that it shares that subject and is read as told, not as the content of a claim.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

CONJUNCT_REPAIR = "communique_conjunct_repair"
_EMBEDDED = frozenset({"advcl", "xcomp", "ccomp", "acl", "relcl"})
_CLIMB = _EMBEDDED | {"conj"}
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_PAST_AUX = frozenset({"has", "have", "had", "was", "were"})


@Language.component(CONJUNCT_REPAIR)
def repair_conjuncts(doc: Doc) -> Doc:
    for tok in doc:
        partner = finite_partner(tok)
        if partner is None:
            continue
        old = tok.head
        cc = [c for c in old.children if c.dep_ == "cc" and c.i < tok.i]
        tok.head = partner
        if cc:
            cc[-1].head = partner
    return doc


def finite_partner(tok: Token) -> Token | None:
    """The verb a past-tense conjunct of an embedded bare infinitive really goes with, or None: the nearest verb
    above with a subject of its own whose clause is past and active ("had agreed to lay down arms and released
    hostages": "agreed"; none past a passive), climbing past one that is present or modal ("it
    will be hard for X to receive ... and criticised": past "will be" to "has claimed"). Not a verb whose past is
    spelled as its base ("put", "set", "cut": the tag may be wrong)."""
    if tok.dep_ != "conj" or tok.tag_ != "VBD" or tok.lower_ == tok.lemma_.lower():
        return None
    head = tok.head
    if head.tag_ != "VB" or head.dep_ not in _EMBEDDED:
        return None
    cur = head
    for _ in range(6):
        if cur.dep_ not in _CLIMB or cur.head.i == cur.i:
            return None
        cur = cur.head
        if not any(c.dep_ in _SUBJECTS for c in cur.children):
            continue
        if not any(c.dep_ == "nsubj" for c in cur.children):
            return None  # a passive ("had been told to find the killers and arrested"): left as parsed
        if _past(cur):
            return cur
        if not _present_or_modal(cur):
            return None
    return None


def _auxes(verb: Token) -> set[str]:
    return {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}


def _past(verb: Token) -> bool:
    """"said", "has claimed", "had agreed", "were sent", "were planning"."""
    aux = _auxes(verb)
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and bool(aux & _PAST_AUX)) or (
        verb.tag_ == "VBG" and bool(aux & {"was", "were"}))


def _present_or_modal(verb: Token) -> bool:
    """"will be", "would continue", "is", "can defend": no past verb is coordinated with it."""
    aux = {c for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return verb.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("MD", "VBZ", "VBP") for a in aux)
