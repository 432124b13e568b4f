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
    """The verb a past-tense conjunct of an embedded bare infinitive really goes with, or None. Not a verb whose
    past is spelled as its base ("put", "set", "cut": the tag may be wrong)."""
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
        if cur.tag_ == "VBD" and any(c.dep_ in _SUBJECTS for c in cur.children):
            return cur
        if cur.tag_ == "VBN" and any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in cur.children) and any(
                c.dep_ in _SUBJECTS for c in cur.children):
            return cur  # "has claimed ... and criticised"
    return None
