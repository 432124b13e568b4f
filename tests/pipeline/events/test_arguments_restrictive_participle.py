"""A participle that only tells which ones are meant ("states seeking membership of the alliance", "soldiers
visiting the island") is no act of its noun; one set off by a comma ("the ministers, meeting in Oslo, ...") is, and
so are acts of force and protest told so ("rebels attacking the town", "students protesting the law"). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers.pipeline import candidates


def _triggered(text: str, word: str) -> bool:
    return any(e.trigger is not None and word in e.trigger.text for e in candidates(text))


@pytest.mark.parametrize(("text", "word", "event"), [
    ("The premier warned that Balkan states seeking membership of the alliance would harm their ties with Moscow.",
     "seeking", False),
    ("A new accord will cover crimes committed by foreign soldiers visiting the island on leave.", "visiting",
     False),
    ("The Nordic foreign ministers, meeting in Oslo on Friday, agreed to send more aid to Ukraine.", "meeting",
     True),
    ("Rebels attacking the town were pushed back by government troops on Sunday.", "attacking", True),  # force
])
def test_arguments_restrictive_participle_is_no_act(text: str, word: str, event: bool) -> None:
    assert _triggered(text, word) is event


def test_arguments_crowd_named_by_its_protest_still_protests() -> None:
    events = candidates("Thousands of Kenyan students protesting the new fees blocked a road in Nairobi on Monday.")
    assert any(e.event_type == "PROTEST" for e in events)
