"""A named person's accusation, demand, rejection or threat crosses borders as often as not: the speaker takes no
country from the state organ addressed; unnamed domestic groups still do. Sentences written for these tests."""

from __future__ import annotations

from communique.api import extract
from communique.config import Settings

_ALL = Settings(min_confidence=0.0)


def _actors(text: str, event_type: str) -> list[tuple[str, str | None]]:
    return [(a.name, a.country) for e in extract(text, published="2024-05-01", settings=_ALL)
            if e.event_type == event_type for a in e.actors]


def test_context_fill_named_speaker_takes_no_country_from_addressee() -> None:
    got = _actors("Consul General Ivo Marn called on Beijing on Tuesday to be more transparent about its army.",
                  "REQUEST")
    assert got and all(country != "CHN" for _, country in got), got


def test_context_fill_unnamed_domestic_group_still_takes_it() -> None:
    got = _actors("Striking teachers accused the Kenyan government of breaking its promises on Monday.", "ACCUSE")
    assert got and all(country == "KEN" for _, country in got), got
