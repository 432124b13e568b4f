"""Where a visit goes or an event happens, read through a place noun to the place's name ("in the Turkish capital
Ankara"); talks on a topic "with X" are with X; a news conference told with X is the speaker's meeting with X.
Sentences written for these tests."""

from __future__ import annotations

from communique.api import extract
from communique.config import Settings

_ALL = Settings(min_confidence=0.0)


def _consults(text: str, published: str = "2024-05-01") -> list[tuple[list[str | None], list[str | None]]]:
    return [([a.country for a in e.actors], [r.country for r in e.recipients])
            for e in extract(text, published=published, settings=_ALL) if e.event_type == "CONSULT"]


def test_location_visit_to_capital_named_in_apposition() -> None:
    got = _consults("Italian President Ivo Marn arrived in the Turkish capital Ankara on Monday for a state visit.")
    assert got == [(["ITA"], ["TUR"])]


def test_participants_talks_on_a_topic_with_a_party() -> None:
    got = _consults("A Pakistani military chief arrived on Wednesday for talks on military cooperation with Egypt.")
    assert got and "EGY" in got[0][0] + got[0][1], got  # partners in talks: either side


def test_participants_news_conference_told_with_a_party() -> None:
    got = _consults("Italian President Ivo Marn told a joint news conference with Turkish President Ola Brandt "
                    "that the talks had gone well.")
    assert got and got[0][0] == ["ITA"] and "TUR" in got[0][1], got
