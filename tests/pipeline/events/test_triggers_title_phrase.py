"""An event noun inside a singular role noun's phrase names one person's standing post ("the top EU envoy to talks
between X and Y"), not news of the talks; talks held, or delegates to them, are still the event. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from tests.helpers.pipeline import candidates


@pytest.mark.parametrize(("text", "talks"), [
    ("The top EU envoy to talks between Serbia and Kosovo returned to Brussels on Saturday.", 0),
    ("Talks between Serbia and Kosovo opened in Brussels on Saturday.", 1),
    ("Delegates to Monday's talks between Armenia and Azerbaijan in Geneva said progress was made.", 1),
])
def test_triggers_event_noun_in_a_title_is_no_event(text: str, talks: int) -> None:
    got = [e for e in candidates(text, "2024-05-04")
           if e.event_type == "CONSULT" and e.trigger and "talks" in e.trigger.text.lower()]
    assert len(got) == talks
