""""Talks between X and visiting Y": the participle marks Y as the guest, one of the talks' parties (the parser
often reads it as a verb with Y as its object), and is no visit of its own. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers.pipeline import candidates


@pytest.mark.parametrize("text", [
    "The talks between Putin and visiting Indian Prime Minister Manmohan Singh focused on energy.",
    "Chinese President Hu Jintao will travel to Washington next year, officials close to the talks between Hu and "
    "visiting US President George W. Bush said on Sunday.",
])
def test_noun_phrases_guest_in_between_is_a_party_of_the_talks(text: str) -> None:
    events = candidates(text, published="2005-11-20")
    talks = [e for e in events if (e.rule or "").startswith("noun:talk")]
    assert talks and len({a.country for a in talks[0].actors}) == 2
    assert not [e for e in events if (e.rule or "").startswith("verb:visit")]
