"""A body named with its acronym in brackets before a title ("UN High Commissioner for Refugees (UNHCR) spokesman
X", "Lord's Resistance Army (LRA) leader Y") gives the person the body's country and sector, as the acronym alone
does. Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.api import extract
from communique.config import Settings

_ALL = Settings(min_confidence=0.0)


@pytest.mark.parametrize(("text", "name", "country"), [
    ("UN High Commissioner for Refugees (UNHCR) spokesman Paul Rasmussen on Monday urged Zaire to let the refugees "
     "go home.", "Paul Rasmussen", "UNO"),
    ("The Lord's Resistance Army (LRA) leader Joseph Okello on Monday threatened to attack Ugandan towns.",
     "Joseph Okello", "UGA"),
])
def test_coref_acronym_title_gives_the_body(text: str, name: str, country: str) -> None:
    events = extract(text, published="1997-04-07", settings=_ALL)
    actors = [a for e in events for a in e.actors if a.name == name]
    assert actors and actors[0].country == country, [(a.name, a.country) for e in events for a in e.actors]
