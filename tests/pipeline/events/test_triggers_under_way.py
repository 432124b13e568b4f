"""Talks "under way" are talks going on: the noun reports the event as "took place" does, with the parties of its
"between" phrase. Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.api import extract
from communique.config import Settings

_ALL = Settings(min_confidence=0.0)


@pytest.mark.parametrize(("text", "countries"), [
    ("Talks were under way between the Sri Lankan government and the Tamil Tiger rebels on Monday.", {"LKA"}),
    ("Talks between Sudan and Chad are underway in Tripoli.", {"SDN", "TCD"}),
])
def test_triggers_talks_under_way_are_a_meeting(text: str, countries: set[str]) -> None:
    meetings = [e for e in extract(text, published="2005-11-08", settings=_ALL) if e.event_type == "CONSULT"]
    assert meetings and {a.country for a in meetings[0].actors} == countries


def test_triggers_other_work_under_way_is_no_event() -> None:
    assert not extract("Preparations were under way for the summit.", published="2005-11-08", settings=_ALL)
