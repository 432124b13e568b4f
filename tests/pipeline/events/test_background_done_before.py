"""A past perfect with "already" and no date of its own ("had already imposed") tells an act done before the news:
background, no event. The present perfect ("has already expelled") reports the latest act, and a dated act stays.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.api import extract
from communique.config import Settings

_ALL = Settings(min_confidence=0.0)


@pytest.mark.parametrize("text", [
    "Norwegian Foreign Minister Karl Brandt said through a spokesman that Norway had already imposed a number of "
    "sanctions on Myanmar.",
    "China said on Monday that Norland had already imposed sanctions on the Ruritanian oil industry.",
])
def test_background_done_before_is_no_event(text: str) -> None:
    events = [e for e in extract(text, published="2024-03-02", settings=_ALL) if e.status == "occurred"]
    assert not events, [(e.event_type, e.rule) for e in events]


@pytest.mark.parametrize("text", [
    "The United States on Monday protested China's plans to dissolve the legislature.",
    "Britain has already protested to China on Sunday over the plans to dissolve the legislature.",
    "The United States has already protested China's plans to dissolve the legislature, a spokesman said.",
])
def test_background_done_before_keeps_dated_or_simple_acts(text: str) -> None:
    events = [e for e in extract(text, published="2024-03-02", settings=_ALL) if e.event_type == "ACCUSE"]
    assert events, "the protest was dropped"
