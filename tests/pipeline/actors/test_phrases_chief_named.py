""""The head of <body>, <Name>, ...": the chief named in apposition is the actor, with the body's country and
sector, wherever the parser hung the name. Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.api import extract
from communique.config import Settings

_ALL = Settings(min_confidence=0.0)


@pytest.mark.parametrize("text, name, country", [
    ("The head of the UN mission in Kosovo, Soren Jessen-Petersen, met Serbian President Boris Tadic on Monday.",
     "Soren Jessen-Petersen", "UNO"),
    ("The head of the Organization for Security and Cooperation in Europe (OSCE) mission to Serbia, Peter Holm, "
     "met Serbian President Boris Tadic on Monday.", "Peter Holm", "IGO"),
])
def test_phrases_chief_named_in_apposition(text: str, name: str, country: str) -> None:
    actors = [a for e in extract(text, published="2005-11-07", settings=_ALL) for a in e.actors]
    assert any(a.name == name and a.country == country for a in actors), [(a.name, a.country) for a in actors]


def test_phrases_chief_without_a_name_stays_the_office() -> None:
    text = "The head of the UN mission met Serbian President Boris Tadic on Monday."
    actors = [a for e in extract(text, published="2005-11-07", settings=_ALL) for a in e.actors]
    assert any(a.country == "UNO" and a.id is None for a in actors)
