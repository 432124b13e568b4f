"""Headlines: a line with no closing stop whose verb is a bare past tense or participle of a conflictive act
("Opposition leader detained in Harare", "Lineman arrested on suspicion of drunk driving") is a reduced passive,
as headlines write them: its subject is who was acted on, not the doer. The parse is relabelled (subject ->
passive subject) before triggers are read, so every later step sees the passive."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from ...lexicon import Lexicon
from ..nlp import sentences

_STOPS = frozenset('.!?"\'”’:;')
_MAX_TOKENS = 16
_ACTIVE_DEPS = frozenset({"aux", "auxpass", "dobj", "dative", "ccomp", "xcomp", "nsubjpass", "attr", "acomp"})
_ACTED_ON_ROLES = frozenset({"recipient", "dobj"})
_FIRST_CONFLICT_ROOT = "11"  # CAMEO roots 11 (disapprove) to 20 (mass violence): acts done to someone


def headline_line(sent: SpacySpan) -> bool:
    """A short line that ends without a stop and is not the tail of a longer sentence."""
    words = [t for t in sent if not t.is_space]
    return 2 < len(words) <= _MAX_TOKENS and words[-1].text[-1:] not in _STOPS and words[0].text[:1].isupper()


def passive_headlines(sdoc: Doc, lex: Lexicon) -> None:
    """Relabel the subject of each headline's bare conflictive past participle as its passive subject."""
    for sent in sentences(sdoc):
        root = sent.root
        if root.pos_ != "VERB" or root.tag_ not in ("VBN", "VBD") or not headline_line(sent):
            continue
        deps = {c.dep_ for c in root.children}
        if "nsubj" not in deps or deps & _ACTIVE_DEPS:
            continue
        entry = lex.verbs.get(root.lemma_.lower())
        if entry is None or entry.cameo[:2] < _FIRST_CONFLICT_ROOT or entry.object_role not in _ACTED_ON_ROLES:
            continue
        for child in root.children:
            if child.dep_ == "nsubj":
                child.dep_ = "nsubjpass"


__all__ = ["headline_line", "passive_headlines"]
