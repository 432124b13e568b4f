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
