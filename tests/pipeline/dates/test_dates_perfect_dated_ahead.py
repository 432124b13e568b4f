"""A present perfect with a day just ahead of publication announces it ("have called a general shutdown on May 3":
the shutdown is planned for May 3 of this year, not last year's May 3); calling a strike or shutdown is a protest
(CAMEO 143). Sentences written for these tests (published 1997-04-29)."""

from __future__ import annotations

import pytest

from communique.api import extract
from communique.config import Settings

_ALL = Settings(min_confidence=0.0)


def _events(text: str) -> list:
    return extract(text, published="1997-04-29", settings=_ALL)


def test_dates_present_perfect_dated_ahead_is_planned() -> None:
    text = ("India's main opposition Bharatiya Janata Party has called a general shutdown on May 3 in Bihar to demand "
            "the minister's ouster.")
    protests = [e for e in _events(text) if e.event_type == "PROTEST"]
    assert protests and (protests[0].status, protests[0].date) == ("planned", "1997-05-03")


@pytest.mark.parametrize(("text", "date"), [
    ("Israel has met Syria on April 20.", "1997-04-20"),  # a perfect with a past day is still that day
    ("Israel met Syria on May 3.", None),  # a simple past ahead of publication is last year's: background
])
def test_dates_perfect_ahead_leaves_other_days(text: str, date: str | None) -> None:
    consults = [e for e in _events(text) if e.event_type == "CONSULT"]
    assert [e.date for e in consults] == ([date] if date else [])
