"""A seat of government stands for its government ("the Kremlin said" is Russia's government, "the Pentagon" the
US military), as an actor and inside a title ("State Department spokesman X" is American); a rank word before a role
only ranks it ("deputy spokesman" is a spokesman, not a lawmaker). Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.api import extract
from communique.config import Settings

_ALL = Settings(min_confidence=0.0)


def _first_actor(text: str) -> tuple[str | None, str | None, str | None]:
    events = extract(text, published="2024-05-02", settings=_ALL)
    assert events
    a = events[0].actors[0]
    return a.id, a.country, a.sector


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Kremlin on Tuesday accused NATO of provoking a new arms race.", ("country:RUS", "RUS", "GOV")),
    ("The Pentagon on Tuesday accused Iran of arming the militants.", ("country:USA", "USA", "MIL")),
    ("The State Department urged Syria to crack down on the militants.", ("country:USA", "USA", "GOV")),
])
def test_organisations_seat_of_government_is_the_state(sentence: str, expected: tuple[str, str, str]) -> None:
    assert _first_actor(sentence) == expected


@pytest.mark.parametrize(("sentence", "country", "sector"), [
    ("State Department spokesman Adam Ereli on Monday urged Syria to crack down on the militants.", "USA", "GOV"),
    ("In Washington, State Department deputy spokesman Adam Ereli urged Syria to crack down on the militants.",
     "USA", "GOV"),
    ("Opposition deputy Jean Dupont urged the government to resign.", None, "OPP"),
])
def test_organisations_seat_and_rank_in_a_title(sentence: str, country: str | None, sector: str) -> None:
    _, got_country, got_sector = _first_actor(sentence)
    assert (got_country, got_sector) == (country, sector)


@pytest.mark.parametrize("sentence", [
    "South Africa's deputy president on Monday accused Israel of genocide.",
    "Germany's deputy chancellor on Monday criticized China's trade practices.",
])
def test_coref_mentions_deputy_is_not_the_principal(sentence: str) -> None:
    """A deputy has an office of his own: not the holder of the office the word after "deputy" names."""
    events = extract(sentence, published="2024-03-13", settings=_ALL)
    assert events and all(a.kind != "person" or a.id is None for a in events[0].actors)
    assert events[0].actors[0].sector == "GOV"


def test_organisations_lowercase_seat_words_are_no_seat() -> None:
    events = extract("Officials in the south block of the building met the envoy.", published="2024-03-13",
                     settings=_ALL)
    assert not any(a.id == "country:IND" for e in events for a in e.actors)
