"""An event noun inside a role noun's phrase names a standing post ("the top US envoy to talks between X and Y"),
not news of the talks; talks held are still an event. Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.api import extract
from communique.config import Settings


@pytest.mark.parametrize(("text", "talks"), [
    ("The top US envoy to talks between North and South Korea returned to Washington on Saturday.", 0),
    ("Talks between North and South Korea opened in Beijing on Saturday.", 1),
])
def test_triggers_event_noun_in_a_title_is_no_event(text: str, talks: int) -> None:
    got = [e for e in extract(text, published="2024-05-04", settings=Settings(min_confidence=0.0))
           if e.event_type == "CONSULT" and e.trigger and "talks" in e.trigger.text.lower()]
    assert len(got) == talks
