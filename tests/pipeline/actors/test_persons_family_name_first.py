"""A lone name that opens the full name of the one titled person of the article (family name first, "Lim" of "Lim
Kit Siang") is that person, though the knowledge base knows a place spelled so; a place's own name stays the place.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.api import extract
from communique.config import Settings

_ALL = Settings(min_confidence=0.0)


@pytest.mark.parametrize("text", [
    "Opposition leader Lim Kit Siang on Friday called on the Ruritanian trade minister to resign. "
    "Lim also accused the minister of lying to parliament.",
    "Opposition leader Lim Kit Siang on Friday urged the government to hold new elections. "
    "Lim accused the prime minister of corruption on Saturday.",
])
def test_persons_family_name_first_is_the_person_not_a_place(text: str) -> None:
    events = [e for e in extract(text, published="2024-03-02", settings=_ALL) if e.event_type == "ACCUSE"]
    assert events and [a.name for a in events[0].actors] == ["Lim Kit Siang"], \
        [(a.name, a.country, a.resolution) for e in events for a in e.actors]
    assert "PER" not in {a.country for e in events for a in e.actors}


def test_persons_place_own_name_is_not_a_family_name() -> None:
    # "Baghdad Radio" may be read as a person's name; "Baghdad" alone is still the capital
    text = "Government troops clashed with rebels near Baghdad Radio station. Baghdad accused the rebels of attacks."
    events = [e for e in extract(text, published="2024-03-02", settings=_ALL) if e.event_type == "ACCUSE"]
    assert events and [a.country for a in events[0].actors] == ["IRQ"], \
        [(a.name, a.country, a.resolution) for e in events for a in e.actors]
