"""A journey home is no visit (CAMEO 042): "left for home" names no host; a journey to another place still is one.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.api import extract
from communique.config import Settings

_ALL = Settings(min_confidence=0.0)


@pytest.mark.parametrize(("text", "visits"), [
    ("The Chinese delegation left for home on Tuesday after three days of talks.", 0),
    ("The Chinese delegation left for Tokyo on Tuesday.", 1),
    ("The Chinese premier flew on Tuesday to the home of the Saudi king in Jeddah.", 1),  # someone's home
])
def test_triggers_journey_home_is_no_visit(text: str, visits: int) -> None:
    got = [e for e in extract(text, published="2024-05-01", settings=_ALL) if e.cameo == "042"]
    assert len(got) == visits


@pytest.mark.parametrize(("text", "visits"), [
    ("On Tuesday, Ruritania flew more than 100 pilgrims to Saudi Arabia for the hajj.", 0),  # carries others
    ("The French president left Paris for Berlin on Tuesday.", 1),  # the object is the place left
    ("The king left Dhaka for Riyadh on Monday on his way to the summit.", 1),
    ("The French president flew to Berlin on Tuesday for talks.", 1),
    ("The Chinese president flew 13 hours to Washington for the summit.", 1),  # the journey's length
    ("The envoy flew thousands of miles to Kabul on Thursday.", 1),
])
def test_triggers_journey_carrying_others_is_no_visit(text: str, visits: int) -> None:
    got = [e for e in extract(text, published="2024-05-01", settings=_ALL) if e.cameo == "042"]
    assert len(got) == visits


@pytest.mark.parametrize("text", [
    "The United States flew 3,000 troops to Kuwait on Monday.",
    "The US Air Force flew two B-52 bombers to Guam on Monday.",
])
def test_triggers_journey_flying_troops_is_deployment(text: str) -> None:
    got = [e.cameo for e in extract(text, published="2024-05-01", settings=_ALL)]
    assert got == ["154"]
