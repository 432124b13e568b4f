"""Sentence checks of event finding: whether a sentence has a verb (read from the Doc's part-of-speech index) and
whether it is social-media residue (the long pattern tried only where it can match)."""

from __future__ import annotations

import pytest

from communique.pipeline.events.prose import has_finite_verb
from communique.pipeline.nlp import parse_text, sentences
from tests.helpers.spy import spy_pattern


@pytest.mark.parametrize("text", [
    "Armenia-Azerbaijan conflict", "The ministers met in Geneva.", "Talks in Geneva", "He is here.",
    "Armenia and Azerbaijan held talks in Geneva on Monday and signed an agreement.",
])
def test_prose_has_finite_verb_as_the_tokens_say(text: str) -> None:
    for sent in sentences(parse_text(text)):
        assert has_finite_verb(sent) == any(t.pos_ in {"VERB", "AUX"} for t in sent)


@pytest.mark.parametrize("text", [
    "Read more at https://example.com/story", "Follow www.example.org for updates.", "See pic.twitter.com/abc",
    "PIC.TWITTER.COM shows it", "WWW.EXAMPLE.COM", "the t.co/xyz link", "\u2014 Jane Doe (@jdoe) May 3, 2024",
    "The ministers met in Geneva on Monday.", "Prices rose 2/3 of a point.", "Email: press@example.org",
])
def test_prose_social_residue_as_the_full_pattern(text: str) -> None:
    from communique.pipeline.events.prose import SOCIAL_RESIDUE, _social_residue

    assert _social_residue(text) == (SOCIAL_RESIDUE.search(text) is not None)


def test_prose_social_residue_tries_the_full_pattern_only_with_a_slash_or_at(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from communique.pipeline.events import prose

    searched = spy_pattern(monkeypatch, prose, "SOCIAL_RESIDUE", "search")
    assert prose.skip_sentence("The ministers met in Geneva on Monday.") is None
    assert searched == []
    assert prose.skip_sentence("Read it at https://example.com/story today") == "social-residue"
    assert len(searched) == 1
