"""Trigger finding over the spaCy parse: verbs whose reading depends on their complements.

Sentences are written for these tests; none come from the evaluation sets.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from communique.lexicon import get_lexicon
from communique.pipeline.events.triggers import find_triggers

ALLOW_TABLE = [
    # sentence, is "allow" a CONCEDE trigger
    ("Jordan will allow up to 5,000 Syrian refugees who have stayed in Lebanon for years to return home.", True),
    ("Greece will allow about 300 Albanian workers who have lived in Athens since the war to stay.", True),
    ("Chile allowed the observers to enter the prison.", True),
    ("The rules allow flexibility.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), ALLOW_TABLE)
def test_triggers_allow_needs_a_party_and_its_complement(nlp: Language, sentence: str, expected: bool) -> None:
    """"allow X to do": yielding to X, also when the parser hung the complement inside X's relative clause."""
    sent = next(iter(nlp(sentence).sents))
    found = [t for t in find_triggers(sent, get_lexicon()) if t.head.lemma_ == "allow" and t.kind == "verb"]
    assert bool(found) is expected
    if found:
        assert found[0].plover.event_type == "CONCEDE"
