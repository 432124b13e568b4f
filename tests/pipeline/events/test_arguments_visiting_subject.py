""""Visiting Russian Prime Minister X gave a warning to Y" is parsed with "Visiting" as the subject clause and X as
its object: X is the one who acts. Giving, delivering or sounding a warning is a threat (130). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from communique.api import extract
from communique.config import Settings

_ALL = Settings(min_confidence=0.0)


@pytest.mark.parametrize(("sentence", "etype", "actor", "recipient"), [
    ("Visiting Russian Prime Minister Viktor Chernomyrdin gave a thinly veiled warning to Slovakia on Monday that "
     "its drive towards NATO membership could affect its relations with Moscow.", "THREATEN", "RUS", "SVK"),
    ("Visiting Chinese Premier Li Peng signed three agreements with Malaysia on Monday.", "SUPPORT", "CHN", "MYS"),
])
def test_arguments_visiting_guest_is_the_subject(sentence: str, etype: str, actor: str, recipient: str) -> None:
    events = [e for e in extract(sentence, published="1997-04-28", settings=_ALL) if e.event_type == etype]
    assert events
    assert [a.country for a in events[0].actors] == [actor]
    assert recipient in [r.country for r in events[0].recipients]


def test_triggers_delivered_warning_is_a_threat() -> None:
    text = "Russia on Monday delivered a stern warning to Georgia over its troop build-up."
    codes = [(e.event_type, e.cameo) for e in extract(text, published="1997-04-28", settings=_ALL)]
    assert ("THREATEN", "130") in codes


def test_arguments_visiting_a_place_is_no_guest() -> None:
    events = extract("Visiting Moscow helped Modi strengthen ties with Russia.", published="1997-04-28",
                     settings=_ALL)
    assert not any(a.country == "RUS" and a.kind == "country" for e in events for a in e.actors)
