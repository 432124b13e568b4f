"""Event finding reads whether a sentence has a verb from the Doc's part-of-speech index."""

from __future__ import annotations

import pytest

from communique.pipeline.events.status import has_finite_verb
from communique.pipeline.nlp import parse_text, sentences


@pytest.mark.parametrize("text", [
    "Armenia-Azerbaijan conflict", "The ministers met in Geneva.", "Talks in Geneva", "He is here.",
    "Armenia and Azerbaijan held talks in Geneva on Monday and signed an agreement.",
])
def test_status_has_finite_verb_as_the_tokens_say(text: str) -> None:
    for sent in sentences(parse_text(text)):
        assert has_finite_verb(sent) == any(t.pos_ in {"VERB", "AUX"} for t in sent)
