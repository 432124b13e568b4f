"""Headlines: a line with no closing stop whose verb is a bare past tense or participle of a conflictive act
("Opposition leader detained in Harare", "Lineman arrested on suspicion of drunk driving") is a reduced passive,
as headlines write them: its subject is who was acted on, not the doer. The parse is relabelled (subject ->
passive subject) before triggers are read, so every later step sees the passive."""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ...lexicon.words import word_set
from ..nlp import sentences

_STOPS = frozenset('.!?"\'”’:;')
_MAX_TOKENS = 16
_ACTIVE_DEPS = frozenset({"aux", "auxpass", "dobj", "dative", "ccomp", "xcomp", "nsubjpass", "attr", "acomp",
                          "npadvmod", "advcl", "prt"})
_OTHER_SIDE_PREPS = frozenset({"with", "against", "at", "into", "of", "on"})  # "clashed with police", "charged
# into the crowd": the other side is named, the line is active
HEADLINE_PASSIVE_VERBS = word_set("events/headline_passive_verbs")


def headline_line(sent: SpacySpan) -> bool:
    """A short line that ends without a stop and is not the tail of a longer sentence."""
    words = [t for t in sent if not t.is_space]
    return 2 < len(words) <= _MAX_TOKENS and words[-1].text[-1:] not in _STOPS and words[0].text[:1].isupper()


def headline_participle(verb: Token) -> bool:
    """A verb of the list in a headline line ("Schenectady man charged in crash", parsed as a noun with a
    participle): the participle is passive there, not the line's finite verb."""
    return verb.lemma_.lower() in HEADLINE_PASSIVE_VERBS and headline_line(verb.sent)


def passive_headlines(sdoc: Doc) -> None:
    """Relabel the subject of each headline's bare past participle (of the list) as its passive subject."""
    for sent in sentences(sdoc):
        root = sent.root
        if root.pos_ != "VERB" or root.tag_ not in ("VBN", "VBD") or not headline_line(sent):
            continue
        if bare_passive(root):
            for child in root.children:
                if child.dep_ == "nsubj":
                    child.dep_ = "nsubjpass"


def bare_passive(verb: Token) -> bool:
    """A headline verb of the list with a subject, no object, no other side after a preposition and a single
    subject ("Sunni and Shiite militias clashed" names both sides)."""
    if verb.lemma_.lower() not in HEADLINE_PASSIVE_VERBS:
        return False
    deps = {c.dep_ for c in verb.children}
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and not deps & _ACTIVE_DEPS and not any(
        c.dep_ == "prep" and c.lower_ in _OTHER_SIDE_PREPS for c in verb.children) and not any(
        c.dep_ == "conj" for s in subjects for c in s.children)


__all__ = ["bare_passive", "headline_line", "headline_participle", "passive_headlines"]
