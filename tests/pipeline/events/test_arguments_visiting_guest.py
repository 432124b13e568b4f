""""talks with visiting President X": the parser reads "visiting" as a gerund with X as its object; X is the
partner of the talks, and no one visits X. Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.api import extract
from communique.config import Settings

_ALL = Settings(min_confidence=0.0)


@pytest.mark.parametrize("text", [
    "Chinese President Hu Jintao held talks with visiting Kenyan President Mwai Kibaki in Beijing on Sunday.",
    "Chinese President Hu Jintao met with visiting Kenyan President Mwai Kibaki in Beijing on Sunday.",
    "Israeli Prime Minister Ariel Sharon began a meeting with visiting Kenyan President Mwai Kibaki on Monday.",
    "Chinese President Hu Jintao discussed trade with visiting Kenyan President Mwai Kibaki on Sunday.",
])
def test_arguments_visiting_guest_is_the_partner(text: str) -> None:
    events = extract(text, published="2005-11-20", settings=_ALL)
    assert [e.cameo for e in events] == ["040"], [(e.cameo, e.rule) for e in events]
    assert "KEN" in {a.country for a in events[0].actors + events[0].recipients}


def test_arguments_visiting_guest_only_after_words_of_talks() -> None:
    """"spent Saturday with visiting X" says nothing of talks: "visiting" keeps its own reading."""
    events = extract("Bush spent Saturday with visiting Chinese President Hu Jintao at his Texas ranch.",
                     published="2005-11-20", settings=_ALL)
    assert events


def test_arguments_visiting_a_place_stays_a_visit() -> None:
    events = extract("The Kenyan president met reporters on Sunday after visiting Beijing.", published="2005-11-20",
                     settings=_ALL)
    assert "042" in [e.cameo for e in events]
