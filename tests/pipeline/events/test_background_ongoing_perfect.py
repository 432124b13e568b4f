"""A perfect progressive told after the lead with no date of its own ("the Palestinians have been pushing for X")
is an activity going on for a while: the story's context, not a new act. Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.api import extract
from communique.config import Settings

_ALL = Settings(min_confidence=0.0)
_LEAD = "Ruritania and Norland held talks in Geneva on Monday. "


@pytest.mark.parametrize(("text", "etype", "kept"), [
    (_LEAD + "The Norland government has been pressing Ruritania for the return of the refugees.", "REQUEST", False),
    (_LEAD + "Washington has been criticising Ruritania's treatment of the opposition.", "ACCUSE",
     False),
    (_LEAD + "Since Friday the Norland government has been pressing Ruritania for the return of the refugees.",
     "REQUEST", True),
    (_LEAD + "The Norland government has pressed Ruritania for the return of the refugees.", "REQUEST", True),
    ("The Norland government has been pressing Ruritania for the return of the refugees, officials said on "
     "Monday.", "REQUEST", True),
])
def test_background_ongoing_perfect_is_context(text: str, etype: str, kept: bool) -> None:
    events = [e for e in extract(text, published="2005-12-17", settings=_ALL) if e.event_type == etype]
    assert bool(events) is kept, [(e.event_type, e.rule) for e in events]


def test_background_past_perfect_progressive_is_the_scene() -> None:
    text = (_LEAD + "More than 10,000 people had been marching through the capital to protest the government's "
            "economic policies in a general strike.")
    assert any(e.event_type == "PROTEST" for e in extract(text, published="2005-12-17", settings=_ALL))


@pytest.mark.parametrize(("text", "etype"), [
    ("Fierce fighting broke out in Mogadishu on Sunday. Government troops have been shelling militia positions in "
     "the north of the city, residents said.", "ASSAULT"),
    ("The Iraqi prime minister arrived in Tehran on Saturday. He has been holding talks with Iranian President "
     "Mahmoud Ahmadinejad on security, state television said.", "CONSULT"),
])
def test_background_ongoing_fight_or_talks_stay_news(text: str, etype: str) -> None:
    assert any(e.event_type == etype for e in extract(text, published="2005-12-17", settings=_ALL))
